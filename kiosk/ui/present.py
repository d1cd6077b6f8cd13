"""Turn validated packs into the rows the screens show, in the visitor's language.

Pure functions of their inputs (no Qt), so what a visitor will read is easy to test.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from kiosk.content.citation import format_citation, format_short_citation
from kiosk.content.dates import format_date
from kiosk.content.localize import LocalTextValue, localized
from kiosk.content.richtext import RenderStyle, escape_html
from kiosk.ui.rows import PackRow, PanelRow, SourceRow

if TYPE_CHECKING:  # packs are models, or records of them from the content cache
    from kiosk.content.models import ChartPanel, ImageRef, MapPanel, Pack, Panel

IMAGE_SCHEME = "image://pack/"
MAX_QR_URL = 600


# Quotation marks as each language prints them; others get English curly quotes.
QUOTATION_MARKS = {
    "ru": ("«", "»"),
    "uk": ("«", "»"),
    "be": ("«", "»"),
    "de": ("„", "“"),
    "pl": ("„", "”"),
    "fr": ("« ", " »"),
}


def quoted(text: str, language: str) -> str:
    """``text`` in the quotation marks of ``language``."""
    opening, closing = QUOTATION_MARKS.get(language.split("-")[0], ("“", "”"))
    return f"{opening}{text}{closing}"


def qr_url(address: str) -> str:
    """The ``image://qr/`` URL for a QR code of ``address`` (empty if it is not http(s))."""
    if not address.startswith(("https://", "http://")) or len(address) > MAX_QR_URL:
        return ""
    return "image://qr/" + quote(address, safe="")


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

    def _panel_row(self, panel: Panel) -> PanelRow:
        numbers = {source_id: i + 1 for i, source_id in enumerate(panel.sources)}
        image: ImageRef | None = getattr(panel, "image", None)
        refs = getattr(panel, "images", None) or ([image] if image else [])
        images = [self._image(ref) for ref in refs]
        events = [
            {
                "date": format_date(event.date, self.language),
                "title": self.text(event.title),
                "text": self._html(event.text, numbers) if event.text else "",
            }
            for event in getattr(panel, "events", ())
        ]
        body = getattr(panel, "body", None)
        intro = getattr(panel, "intro", None)
        main = images[0] if image else {}
        return PanelRow(
            panel_id=panel.id,
            kind=panel.kind,
            title=self.text(panel.title),
            body_html=self._html(body, numbers) if body else "",
            image_url=main.get("url", ""),
            image_alt=main.get("alt", ""),
            image_caption=main.get("caption", ""),
            image_credit=main.get("credit", ""),
            image_sensitive=main.get("sensitive", False),
            image_sensitive_note=main.get("sensitiveNote", ""),
            intro=self._html(intro, numbers) if intro else "",
            events=events,
            source_count=len(panel.sources),
            images=images,
            **self._kind_fields(panel, numbers),
            read_more=panel.read_more or "",
            source_notes=self._source_notes(panel),
        )

    def _source_notes(self, panel: Panel) -> list[dict[str, Any]]:
        by_id = {source.id: source for source in self.pack.sources}
        return [
            {
                "number": number,
                "sourceId": source_id,
                "text": format_short_citation(by_id[source_id]),
            }
            for number, source_id in enumerate(panel.sources, start=1)
            if source_id in by_id
        ]

    def _shown_language(self, value: LocalTextValue) -> str:
        """The language ``value`` is shown in: the visitor's, or the pack's as a fallback."""
        if isinstance(value, dict) and self.language in value:
            return self.language
        return self.pack.language

    def _kind_fields(self, panel: Panel, numbers: dict[str, int]) -> dict[str, Any]:
        """The fields only some kinds of panel fill; the others' empty (fresh lists and maps
        for each row: a row is a named tuple, which has no per-row defaults)."""
        fields: dict[str, Any] = {
            "quote": "",
            "speaker": "",
            "date_label": "",
            "context_html": "",
            "questions": [],
            "chart": {},
            "map_data": {},
        }
        # by kind, not class: a panel from the content cache is a record (kiosk.content.records)
        if panel.kind == "quote":
            fields.update(
                quote=quoted(self.text(panel.quote), self._shown_language(panel.quote)),
                speaker=self.text(panel.speaker),
                date_label=format_date(panel.date, self.language),
                context_html=self._html(panel.context, numbers) if panel.context else "",
            )
        elif panel.kind == "questions":
            fields["questions"] = [
                {"question": self.text(q.question), "answer": self._html(q.answer, numbers)}
                for q in panel.questions
            ]
        elif panel.kind == "chart":
            fields["chart"] = self._chart(panel, numbers)
        elif panel.kind == "map":
            fields["map_data"] = self._map(panel, numbers)
        return fields

    def _image(self, image: ImageRef) -> dict[str, Any]:
        return {
            "url": image_url(self.pack.id, image.src),
            "alt": self.text(image.alt),
            "caption": self.text(image.caption),
            "credit": self._credit(image),
            "sensitive": image.sensitive,
            "sensitiveNote": self.text(image.sensitive_note),
        }

    def _chart(self, panel: ChartPanel, numbers: dict[str, int]) -> dict[str, Any]:
        chart = panel.chart
        values = [v for s in chart.series for v in s.values if v is not None]
        return {
            "type": chart.type,
            "unit": self.text(chart.unit),
            "categories": [str(c) for c in chart.categories],
            "series": [{"name": self.text(s.name), "values": list(s.values)} for s in chart.series],
            "max": max(values, default=0.0),
            "note": self._html(chart.note, numbers) if chart.note else "",
        }

    def _map(self, panel: MapPanel, numbers: dict[str, int]) -> dict[str, Any]:
        # The world's outlines: imported with the first map, not at the kiosk's start.
        from kiosk.content.geo import HISTORICAL_STATES, Projection, countries, label_point_of

        projection = Projection.for_region(panel.region)
        known = countries()
        labels = []
        for group in panel.groups:
            for name in group.countries:
                if name in HISTORICAL_STATES:  # labelled once, over all its modern parts
                    parts = [known[p] for p in HISTORICAL_STATES[name] if p in known]
                    point = label_point_of(parts) if parts else None
                else:
                    point = known[name].label_point() if name in known else None
                if point is not None:
                    x, y = projection.to_unit(*point)
                    if 0.04 <= x <= 0.96 and 0.04 <= y <= 0.96:
                        labels.append({"text": name, "x": x, "y": y})
        return {
            "url": f"image://map/{quote(self.pack.id, safe='')}/{quote(panel.id, safe='')}",
            "aspect": projection.aspect,
            "labels": labels,
            "legend": [{"label": self.text(g.label), "colour": g.colour} for g in panel.groups],
            "note": self._html(panel.note, numbers) if panel.note else "",
        }

    def _html(self, value: LocalTextValue, numbers: dict[str, int]) -> str:
        # The Markdown renderer: imported with the first panel, not before the home screen.
        from kiosk.content.markup import render_html

        return render_html(self.text(value), numbers, self._term_style)

    def _credit(self, image: ImageRef) -> str:
        return f"{self.text(image.credit)} · {image.licence}"

    def source_rows(self, panel_index: int, highlighted: str = "") -> list[SourceRow]:
        if not 0 <= panel_index < len(self.pack.panels):
            return []
        by_id = {source.id: source for source in self.pack.sources}
        panel = self.pack.panels[panel_index]
        rows = [
            SourceRow(
                number=number,
                source_id=source_id,
                citation=format_citation(by_id[source_id]),
                url=by_id[source_id].url or "",
                highlighted=source_id == highlighted,
                qr_url=qr_url(by_id[source_id].url or ""),
            )
            for number, source_id in enumerate(panel.sources, start=1)
            if source_id in by_id
        ]
        if panel.read_more:
            rows.insert(
                0,
                SourceRow(
                    number=0,
                    source_id="read-more",
                    citation=escape_html(panel.read_more),
                    url=panel.read_more,
                    highlighted=False,
                    qr_url=qr_url(panel.read_more),
                ),
            )
        return rows

    def glossary_entry(self, term_id: str) -> tuple[str, str] | None:
        term = next((t for t in self.pack.glossary if t.id == term_id), None)
        if term is None:
            return None
        return self.text(term.term), self.text(term.definition)
