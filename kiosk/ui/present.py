"""Turn validated packs into the rows the screens show, in the visitor's language.

Pure functions of their inputs (no Qt), so what a visitor will read is easy to test.
"""

from __future__ import annotations

from urllib.parse import quote

from kiosk.content.citation import format_citation
from kiosk.content.dates import format_date
from kiosk.content.localize import LocalTextValue, localized
from kiosk.content.markup import RenderStyle, render_html
from kiosk.content.models import ImageRef, Pack, TextPanel, TimelinePanel
from kiosk.ui.rows import PackRow, PanelRow, SourceRow

IMAGE_SCHEME = "image://pack/"


def image_url(pack_id: str, src: str) -> str:
    return f"{IMAGE_SCHEME}{quote(pack_id, safe='')}/{quote(src, safe='/')}"


class Presenter:
    """Localizes one pack's texts for one language."""

    def __init__(self, pack: Pack, language: str, style: RenderStyle | None = None) -> None:
        self.pack = pack
        self.language = language
        self.style = style or RenderStyle()
        terms = {term.id: term.term for term in pack.glossary}
        self._term_style = RenderStyle(
            link_colour=self.style.link_colour,
            text_colour=self.style.text_colour,
            term_words=lambda term_id: self.text(terms.get(term_id, term_id)),
        )

    def text(self, value: LocalTextValue | None) -> str:
        return localized(value, self.language, self.pack.language)

    def pack_row(self) -> PackRow:
        pack = self.pack
        return PackRow(
            pack_id=pack.id,
            title=self.text(pack.title),
            summary=self.text(pack.summary),
            accent=pack.accent,
            cover_url=image_url(pack.id, pack.cover.src),
            cover_alt=self.text(pack.cover.alt),
            panel_count=len(pack.panels),
            has_advisory=pack.advisory is not None,
        )

    def panel_rows(self) -> list[PanelRow]:
        return [self._panel_row(panel) for panel in self.pack.panels]

    def _panel_row(self, panel: TextPanel | TimelinePanel) -> PanelRow:
        numbers = {source_id: i + 1 for i, source_id in enumerate(panel.sources)}
        image: ImageRef | None = panel.image if isinstance(panel, TextPanel) else None
        events = []
        if isinstance(panel, TimelinePanel):
            events = [
                {
                    "date": format_date(event.date, self.language),
                    "title": self.text(event.title),
                    "text": self._html(event.text, numbers) if event.text else "",
                }
                for event in panel.events
            ]
        body = panel.body if isinstance(panel, TextPanel) else None
        return PanelRow(
            panel_id=panel.id,
            kind=panel.kind,
            title=self.text(panel.title),
            body_html=self._html(body, numbers) if body else "",
            image_url=image_url(self.pack.id, image.src) if image else "",
            image_alt=self.text(image.alt) if image else "",
            image_caption=self.text(image.caption) if image else "",
            image_credit=self._credit(image) if image else "",
            intro=self.text(panel.intro) if isinstance(panel, TimelinePanel) else "",
            events=events,
            source_count=len(panel.sources),
        )

    def _html(self, value: LocalTextValue, numbers: dict[str, int]) -> str:
        return render_html(self.text(value), numbers, self._term_style)

    def _credit(self, image: ImageRef) -> str:
        return f"{self.text(image.credit)} · {image.licence}"

    def source_rows(self, panel_index: int, highlighted: str = "") -> list[SourceRow]:
        if not 0 <= panel_index < len(self.pack.panels):
            return []
        by_id = {source.id: source for source in self.pack.sources}
        panel = self.pack.panels[panel_index]
        return [
            SourceRow(
                number=number,
                source_id=source_id,
                citation=format_citation(by_id[source_id]),
                url=by_id[source_id].url or "",
                highlighted=source_id == highlighted,
            )
            for number, source_id in enumerate(panel.sources, start=1)
            if source_id in by_id
        ]

    def glossary_entry(self, term_id: str) -> tuple[str, str] | None:
        term = next((t for t in self.pack.glossary if t.id == term_id), None)
        if term is None:
            return None
        return self.text(term.term), self.text(term.definition)
