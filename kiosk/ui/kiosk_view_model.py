"""The one view model behind every screen: where the visitor is and what they see.

Navigation rules live here, not in QML: which screen follows which, clamping panel
indexes, what a tapped citation or glossary mark opens.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.content.localize import localized
from kiosk.content.richtext import RenderStyle
from kiosk.services.idle import IdlePolicy
from kiosk.services.library import ContentLibrary, LoadedPack
from kiosk.services.settings import KioskSettings
from kiosk.ui.display_settings import DisplaySettings
from kiosk.ui.idle_view_model import IdleViewModel
from kiosk.ui.list_models import PackListModel, PanelListModel, SourceListModel
from kiosk.ui.present import Presenter, qr_url
from kiosk.ui.rows import SourceRow
from kiosk.ui.staff_view_model import StaffViewModel

LANGUAGE_NAMES = {
    "en": "English",
    "ru": "Русский",
    "uk": "Українська",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pl": "Polski",
}


ATTRACT_PROMPTS = {
    "en": "Touch to begin",
    "ru": "Коснитесь экрана, чтобы начать",
    "uk": "Торкніться екрана, щоб почати",
    "de": "Zum Starten berühren",
}


class Screen(StrEnum):
    ATTRACT = "attract"
    HOME = "home"
    PACK = "pack"
    PANEL = "panel"


class KioskViewModel(QObject):
    """Exposes the library and the visitor's position to QML."""

    contentChanged = Signal()
    languageChanged = Signal()
    screenChanged = Signal()
    packChanged = Signal()
    positionChanged = Signal()
    sheetChanged = Signal()
    glossaryChanged = Signal()
    settingsChanged = Signal()
    viewerChanged = Signal()
    problemsChanged = Signal()

    def __init__(
        self,
        library: ContentLibrary,
        language: str | None = None,
        reduced_motion: bool = False,
        idle_policy: IdlePolicy | None = None,
        idle_reset: bool = True,
        settings: KioskSettings | None = None,
        settings_path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._rotation = (settings or KioskSettings()).rotation
        self._staff = StaffViewModel(
            library,
            settings or KioskSettings(),
            settings_path,
            self._content_changed_by_staff,
            self,
        )
        self._idle = IdleViewModel(idle_policy, enabled=idle_reset, parent=self)
        self._idle.attractStarted.connect(self._show_attract)
        self._idle.visitStarted.connect(self._leave_attract)
        self._library = library
        self._exhibit_language = library.exhibit.language if library.exhibit else "en"
        self._language = language or self._exhibit_language
        self._display = DisplaySettings(reduced_motion, self)
        self._display.paletteChanged.connect(self._refresh_packs)
        self._settings_open = False
        self._viewer_open = False
        self._viewer_index = 0
        self._revealed: list[str] = []
        self._problems: list[str] = []
        self._screen = Screen.HOME
        self._pack_index = -1
        self._panel_index = 0
        self._sources_open = False
        self._highlighted = ""
        self._glossary: tuple[str, str] | None = None
        self._packs = PackListModel(self)
        self._panels = PanelListModel(self)
        self._sources = SourceListModel(self)
        # Source rows by (panel, highlighted source) for the pack they were made from: Next
        # and Back refresh the sheet's rows inside the tap, and formatting every citation
        # again took about half a millisecond of it.
        self._source_rows_pack: LoadedPack | None = None
        self._source_rows: dict[tuple[int, str], list[SourceRow]] = {}
        self._refresh_packs()

    # -- helpers -------------------------------------------------------------------------

    def _presenter(self, loaded: LoadedPack) -> Presenter:
        palette = self._display.palette
        return Presenter(
            loaded.pack,
            self._language,
            RenderStyle(link_colour=palette.citation, text_colour=palette.text),
        )

    def _current(self) -> LoadedPack | None:
        packs = self._library.packs
        return packs[self._pack_index] if 0 <= self._pack_index < len(packs) else None

    def _refresh_packs(self) -> None:
        self._packs.set_rows([self._presenter(p).pack_row() for p in self._library.packs])
        self._refresh_pack()

    def _refresh_pack(self) -> None:
        current = self._current()
        self._panels.set_rows(self._presenter(current).panel_rows() if current else [])
        self._refresh_sources()
        self.packChanged.emit()
        self.positionChanged.emit()

    def _refresh_sources(self) -> None:
        current = self._current()
        if current is not self._source_rows_pack:  # another pack, or the content reloaded
            self._source_rows_pack, self._source_rows = current, {}
        key = (self._panel_index, self._highlighted)
        rows = self._source_rows.get(key)
        if rows is None:
            rows = (
                self._presenter(current).source_rows(self._panel_index, self._highlighted)
                if current
                else []
            )
            self._source_rows[key] = rows
        self._sources.set_rows(rows)

    def _set_screen(self, screen: Screen) -> None:
        if screen != self._screen:
            self._screen = screen
            self.screenChanged.emit()

    def _close_overlays(self) -> None:
        if self._sources_open:
            self._sources_open = False
            self._highlighted = ""
            self.sheetChanged.emit()
        if self._glossary is not None:
            self._glossary = None
            self.glossaryChanged.emit()
        if self._settings_open:
            self._settings_open = False
            self.settingsChanged.emit()
        if self._viewer_open:
            self._viewer_open = False
            self.viewerChanged.emit()

    # -- exhibit ----------------------------------------------------------------------------

    def _exhibit_text(self, name: str) -> str:
        exhibit = self._library.exhibit
        value = getattr(exhibit, name) if exhibit else ""
        return localized(value, self._language, self._exhibit_language)

    @Property(str, notify=languageChanged)
    def exhibitTitle(self) -> str:
        return self._exhibit_text("title")

    @Property(str, notify=languageChanged)
    def exhibitTagline(self) -> str:
        return self._exhibit_text("tagline")

    @Property(QObject, constant=True)
    def packs(self) -> PackListModel:
        return self._packs

    @Property(QObject, constant=True)
    def panels(self) -> PanelListModel:
        return self._panels

    @Property(QObject, constant=True)
    def sources(self) -> SourceListModel:
        return self._sources

    @Property(QObject, constant=True)
    def display(self) -> DisplaySettings:
        return self._display

    @Property(int, constant=True)
    def rotation(self) -> int:
        """Degrees the whole interface is turned, for screens mounted on their side."""
        return self._rotation

    @Property(QObject, constant=True)
    def staff(self) -> StaffViewModel:
        return self._staff

    def _content_changed_by_staff(self) -> None:
        self._close_overlays()
        self._pack_index = -1
        self._refresh_packs()
        self.contentChanged.emit()
        self._set_screen(Screen.HOME)

    @Property(QObject, constant=True)
    def idle(self) -> IdleViewModel:
        return self._idle

    @Property(list, notify=contentChanged)
    def attractPrompts(self) -> list[str]:
        """ "Touch to begin" in every language the exhibit offers."""
        codes = self.available_languages()
        return [ATTRACT_PROMPTS[c] for c in codes if c in ATTRACT_PROMPTS] or [
            ATTRACT_PROMPTS["en"]
        ]

    def _show_attract(self) -> None:
        self.startNewVisit()
        self._set_screen(Screen.ATTRACT)
        self.apply_new_content()

    def apply_new_content(self) -> bool:
        """Swap in staged content; only when nobody is inside a pack."""
        if self._screen not in {Screen.ATTRACT, Screen.HOME} or not self._library.has_staged:
            return False
        self._library.apply_staged()
        self._pack_index = -1
        self._panel_index = 0
        self._refresh_packs()
        self.contentChanged.emit()
        self.languageChanged.emit()  # exhibit title and language list may have changed
        return True

    @Slot()
    def apply_content_now(self) -> None:
        """Preview: show the new version at once, keeping the visitor's place if it exists."""
        if not self._library.has_staged:
            return
        pack = self._current()
        pack_id, panel = (pack.pack.id if pack else None), self._panel_index
        screen = self._screen
        self._library.apply_staged()
        ids = [p.pack.id for p in self._library.packs]
        self._pack_index = ids.index(pack_id) if pack_id in ids else -1
        self._panel_index = min(panel, max(self.panelCount - 1, 0)) if self._pack_index >= 0 else 0
        self._refresh_packs()
        self.contentChanged.emit()
        self.positionChanged.emit()
        if self._pack_index < 0 and screen is not Screen.HOME:
            self._set_screen(Screen.HOME)

    @Property(list, notify=problemsChanged)
    def problems(self) -> list[str]:
        """The validator's problems (shown on screen by ``kiosk preview``)."""
        return list(self._problems)

    def set_problems(self, lines: list[str]) -> None:
        if lines != self._problems:
            self._problems = list(lines)
            self.problemsChanged.emit()

    @Slot()
    def content_staged(self) -> None:
        """New content is ready: show it now if no one is using the kiosk, else at attract."""
        if self._screen is Screen.ATTRACT or (
            self._screen is Screen.HOME and not self._idle.enabled
        ):
            self.apply_new_content()

    def _leave_attract(self) -> None:
        if self._screen is Screen.ATTRACT:
            self._set_screen(Screen.HOME)

    # -- full-screen image viewer ----------------------------------------------------------

    def _current_panel_row(self):  # type: ignore[no-untyped-def]
        rows = self._panels.rows()
        return rows[self._panel_index] if 0 <= self._panel_index < len(rows) else None

    @Property(bool, notify=viewerChanged)
    def imageOpen(self) -> bool:
        return self._viewer_open

    def _viewer_text(self, key: str) -> str:
        row = self._current_panel_row()
        if row is None or not self._viewer_open or self._viewer_index >= len(row.images):
            return ""
        return str(row.images[self._viewer_index][key])

    @Property(str, notify=viewerChanged)
    def viewerImageUrl(self) -> str:
        return self._viewer_text("url")

    @Property(str, notify=viewerChanged)
    def viewerImageAlt(self) -> str:
        return self._viewer_text("alt")

    @Property(str, notify=viewerChanged)
    def viewerCaption(self) -> str:
        return self._viewer_text("caption")

    @Property(str, notify=viewerChanged)
    def viewerCredit(self) -> str:
        return self._viewer_text("credit")

    @Slot(int)
    def openImage(self, index: int) -> None:
        """Show image ``index`` of the current panel full screen (a covered one stays covered)."""
        row = self._current_panel_row()
        if self._screen is not Screen.PANEL or row is None or not 0 <= index < len(row.images):
            return
        image = row.images[index]
        if image["sensitive"] and image["url"] not in self._revealed:
            return
        self._close_overlays()
        self._viewer_index = index
        self._viewer_open = True
        self.viewerChanged.emit()

    @Property(list, notify=viewerChanged)
    def revealedImages(self) -> list[str]:
        """Sensitive images the visitor chose to see in this visit."""
        return list(self._revealed)

    @Slot(str)
    def revealImage(self, url: str) -> None:
        if url and url not in self._revealed:
            self._revealed.append(url)
            self.viewerChanged.emit()

    @Slot()
    def closeImage(self) -> None:
        self._close_overlays()

    @Property(bool, notify=settingsChanged)
    def settingsOpen(self) -> bool:
        return self._settings_open

    @Slot()
    def openSettings(self) -> None:
        self._close_overlays()
        self._settings_open = True
        self.settingsChanged.emit()

    @Slot()
    def closeSettings(self) -> None:
        self._close_overlays()

    @Slot()
    def startNewVisit(self) -> None:
        """A fresh start for the next visitor: home, default language and display, no sheets."""
        self._close_overlays()
        self._revealed.clear()
        self.viewerChanged.emit()
        self._display.reset()
        self.setLanguage(self._exhibit_language)
        self._pack_index = -1
        self._panel_index = 0
        self._refresh_pack()
        self._set_screen(Screen.HOME)

    # -- language ---------------------------------------------------------------------------

    def available_languages(self) -> list[str]:
        codes: set[str] = {self._exhibit_language}
        for loaded in self._library.packs:
            codes.add(loaded.pack.language)
            title = loaded.pack.title
            if isinstance(title, dict):
                codes.update(title)
        return sorted(codes, key=lambda c: (c != self._exhibit_language, c))

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self._language

    @Property(str, notify=languageChanged)
    def nextLanguageName(self) -> str:
        """The name (in its own language) of the language one tap on the switch gives."""
        codes = self.available_languages()
        if len(codes) < 2:
            return ""
        index = codes.index(self._language) if self._language in codes else -1
        code = codes[(index + 1) % len(codes)]
        return LANGUAGE_NAMES.get(code, code)

    @Slot()
    def cycleLanguage(self) -> None:
        codes = self.available_languages()
        if len(codes) > 1:
            index = codes.index(self._language) if self._language in codes else -1
            self.setLanguage(codes[(index + 1) % len(codes)])

    @Slot(str)
    def setLanguage(self, code: str) -> None:
        if code == self._language:
            return
        self._language = code
        self._refresh_packs()
        self.languageChanged.emit()

    # -- navigation -------------------------------------------------------------------------

    @Property(str, notify=screenChanged)
    def screen(self) -> str:
        return str(self._screen)

    @Property(int, notify=packChanged)
    def packIndex(self) -> int:
        return self._pack_index

    @Property(int, notify=positionChanged)
    def panelIndex(self) -> int:
        return self._panel_index

    @Property(int, notify=packChanged)
    def panelCount(self) -> int:
        current = self._current()
        return len(current.pack.panels) if current else 0

    def _pack_text(self, name: str) -> str:
        current = self._current()
        if current is None:
            return ""
        return self._presenter(current).text(getattr(current.pack, name))

    @Property(str, notify=packChanged)
    def packTitle(self) -> str:
        return self._pack_text("title")

    @Property(str, notify=packChanged)
    def packSummary(self) -> str:
        return self._pack_text("summary")

    @Property(str, notify=packChanged)
    def packAdvisory(self) -> str:
        return self._pack_text("advisory")

    @Property(str, notify=packChanged)
    def packAccent(self) -> str:
        current = self._current()
        return current.pack.accent if current else "#E0474C"

    @Property(str, notify=packChanged)
    def packCoverUrl(self) -> str:
        current = self._current()
        return self._presenter(current).pack_row().cover_url if current else ""

    @Property(str, notify=packChanged)
    def packCoverAlt(self) -> str:
        current = self._current()
        return self._presenter(current).pack_row().cover_alt if current else ""

    @Property(str, notify=packChanged)
    def packReadMore(self) -> str:
        current = self._current()
        return (current.pack.read_more or "") if current else ""

    @Property(str, notify=packChanged)
    def packReadMoreQr(self) -> str:
        return qr_url(self.packReadMore)

    @Slot(int)
    def openPack(self, index: int) -> None:
        if not 0 <= index < len(self._library.packs):
            return
        self._close_overlays()
        self._pack_index = index
        self._panel_index = 0
        self._refresh_pack()
        self.positionChanged.emit()
        self._set_screen(Screen.PACK)

    @Slot()
    def begin(self) -> None:
        if self._current() is not None:
            self.goToPanel(0)

    @Slot(int)
    def goToPanel(self, index: int) -> None:
        if self._current() is None:
            return
        index = max(0, min(index, self.panelCount - 1))
        if index != self._panel_index:
            self._close_overlays()
            self._panel_index = index
            self._refresh_sources()
            self.positionChanged.emit()
        self._set_screen(Screen.PANEL)

    @Slot()
    def next(self) -> None:
        self.goToPanel(self._panel_index + 1)

    @Slot()
    def previous(self) -> None:
        self.goToPanel(self._panel_index - 1)

    @Slot()
    def backToPack(self) -> None:
        self._close_overlays()
        self._set_screen(Screen.PACK if self._current() else Screen.HOME)

    @Slot()
    def goHome(self) -> None:
        self._close_overlays()
        self._set_screen(Screen.HOME)

    # -- sources and glossary ---------------------------------------------------------------

    @Property(int, notify=positionChanged)
    def sourceCount(self) -> int:
        current = self._current()
        if current is None or not 0 <= self._panel_index < len(current.pack.panels):
            return 0
        return len(current.pack.panels[self._panel_index].sources)

    @Property(bool, notify=sheetChanged)
    def sourcesOpen(self) -> bool:
        return self._sources_open

    @Property(str, notify=sheetChanged)
    def highlightedSource(self) -> str:
        return self._highlighted

    @Slot()
    def openSources(self) -> None:
        self._open_sources("")

    def _open_sources(self, highlighted: str) -> None:
        if self._screen is not Screen.PANEL:
            return
        self._highlighted = highlighted
        self._refresh_sources()
        self._sources_open = True
        self.sheetChanged.emit()

    @Slot()
    def closeSources(self) -> None:
        self._close_overlays()

    @Slot(str)
    def activateLink(self, link: str) -> None:
        """A tapped mark in panel text: ``cite:ID`` opens the sources, ``term:ID`` a definition.

        Anything else is ignored: the kiosk never opens links.
        """
        kind, _, target = link.partition(":")
        current = self._current()
        if kind == "cite" and current:
            self._open_sources(target)
        elif kind == "term" and current:
            entry = self._presenter(current).glossary_entry(target)
            if entry:
                self._glossary = entry
                self.glossaryChanged.emit()

    @Property(bool, notify=glossaryChanged)
    def glossaryOpen(self) -> bool:
        return self._glossary is not None

    @Property(str, notify=glossaryChanged)
    def glossaryTerm(self) -> str:
        return self._glossary[0] if self._glossary else ""

    @Property(str, notify=glossaryChanged)
    def glossaryDefinition(self) -> str:
        return self._glossary[1] if self._glossary else ""

    @Slot()
    def closeGlossary(self) -> None:
        if self._glossary is not None:
            self._glossary = None
            self.glossaryChanged.emit()
