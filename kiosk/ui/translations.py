"""Switch the interface's own words (buttons, headings) with the visitor's language.

Content text comes from the packs' language maps; interface text goes through Qt's
translation system: ``qsTr`` in QML, ``kiosk/i18n/kiosk_<lang>.ts`` compiled to ``.qm``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator
    from PySide6.QtQml import QQmlEngine

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
SOURCE_LANGUAGE = "en"


def ui_languages() -> set[str]:
    """Languages the interface is fully translated into (English is the source)."""
    return {SOURCE_LANGUAGE} | {p.stem.removeprefix("kiosk_") for p in I18N_DIR.glob("*.qm")}


class InterfaceLanguage(QObject):
    """Installs the translator for one language at a time and re-translates the QML.

    A child of the engine it re-translates: when the engine is deleted, so is this object, and
    Qt drops every connection to its slots. A view model that outlives its window (a test's
    leftover, whose idle timer later starts a new visit and resets the language) can then never
    reach a deleted engine.
    """

    def __init__(self, engine: QQmlEngine, current: Callable[[], str] | None = None) -> None:
        super().__init__(engine)
        self._engine = engine
        self._current = current or (lambda: self.language)
        self._translator: QTranslator | None = None
        self.language = SOURCE_LANGUAGE

    def remove(self) -> None:
        """Take this window's translator off the application (the app outlives windows)."""
        app = QCoreApplication.instance()
        if app is not None and self._translator is not None:
            app.removeTranslator(self._translator)
        self._translator = None

    @Slot(str)
    def apply(self, code: str) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        had_translator = self._translator is not None
        self.remove()
        base = code.split("-")[0]
        if base != SOURCE_LANGUAGE:
            from PySide6.QtCore import QTranslator  # not for English, the source language

            translator = QTranslator()
            if translator.load(f"kiosk_{base}", str(I18N_DIR)):
                app.installTranslator(translator)
                self._translator = translator
        self.language = code
        if had_translator or self._translator is not None:
            # Not when nothing changed: English, the source language, at start (re-evaluating
            # every translated binding of the just-made window).
            self._engine.retranslate()

    @Slot()
    def follow_language(self) -> None:
        """Connected to the view model's ``languageChanged``: apply the language it now has."""
        self.apply(self._current())
