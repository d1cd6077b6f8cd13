"""Build the Qt Quick side of the kiosk: fonts, image provider, view model and window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication, QWindow
from PySide6.QtQml import QQmlApplicationEngine

from kiosk.paths import assets_dir
from kiosk.services.idle import IdlePolicy
from kiosk.services.library import ContentLibrary
from kiosk.services.settings import KioskSettings
from kiosk.ui.content_watcher import ContentWatcher
from kiosk.ui.kiosk_lock import KioskLock
from kiosk.ui.kiosk_view_model import KioskViewModel
from kiosk.ui.qml_engine import load_main, new_engine
from kiosk.ui.translations import InterfaceLanguage

if TYPE_CHECKING:
    from PySide6.QtQml import QQmlError
    from PySide6.QtQuick import QQuickWindow

log = logging.getLogger(__name__)
# A starting kiosk installs its event filters after its first frame, or after this long if its
# window is never drawn (see build_ui).
EVENT_FILTERS_AT_LATEST_MS = 5000


def load_fonts(folder: Path | None = None) -> list[str]:
    """Register the bundled fonts so the kiosk never depends on the system's."""
    families: set[str] = set()
    for font in sorted((folder or assets_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id < 0:
            log.warning("font %s could not be loaded", font.name)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


# Identity, not field-by-field equality, and no generated repr: each method a dataclass
# generates is compiled when a starting kiosk imports it (about 0.4 ms each).
@dataclass(eq=False, repr=False)
class KioskUi:
    """Everything that must stay alive while the window is shown."""

    engine: QQmlApplicationEngine
    view_model: KioskViewModel
    # A QQuickWindow; typed by PySide as a plain QWindow when the window was made before
    # PySide6.QtQuick was imported (a starting kiosk: see add_image_providers).
    window: QQuickWindow
    qml_warnings: list[str] = field(default_factory=list)
    interface: InterfaceLanguage | None = None
    lock: KioskLock | None = None
    watcher: ContentWatcher | None = None

    def close(self) -> None:
        """Delete the engine before the objects it binds to (a PySide trap)."""
        if self.lock is not None:
            self.lock.allow_close = True
        self.window.close()
        self.view_model.idle.stop()  # no idle reset may run for a window that is gone
        if self.watcher is not None:
            self.watcher.stop()
        if self.interface is not None:
            self.interface.remove()
        shiboken6.delete(self.engine)


class IncubationFlusher(QObject):
    """Finishes every delegate Qt is still building asynchronously, on demand.

    The panel list builds the pages beside the current one ahead of time, asynchronously,
    so that Next and Back show a page that already exists (bench/touch.py: text panels p95
    about 25 ms without, 12 ms with). If its rows were replaced while such a page was half
    built, Qt would cancel it at a row number that no longer exists and warn "DelegateModel::
    cancel: index out range" (QTBUG-46487). So before the rows change, the half-built pages
    are finished: nothing is pending, nothing is cancelled. A child of the engine, so the
    connection ends with it.
    """

    def __init__(self, engine: QQmlApplicationEngine) -> None:
        super().__init__(engine)
        self._engine = engine

    @Slot()
    def finish(self) -> None:
        controller = self._engine.incubationController()
        for _ in range(200):  # each round builds for up to 50 ms; a page takes far less
            if controller is None or controller.incubatingObjectCount() == 0:
                return
            controller.incubateFor(50)
        log.warning("delegates were still being built after 10 s; rows replaced anyway")


def build_ui(
    library: ContentLibrary,
    *,
    language: str | None = None,
    reduced_motion: bool = False,
    idle_policy: IdlePolicy | None = None,
    idle_reset: bool = True,
    settings: KioskSettings | None = None,
    settings_path: Path | None = None,
    kiosk_mode: bool = False,
    watch_content: bool = False,
    watch_interval_ms: int = 2000,
    preview: bool = False,
    size: tuple[int, int] = (1920, 1080),
    parent: QObject | None = None,
    defer_screens: bool = False,
    engine: QQmlApplicationEngine | None = None,
) -> KioskUi:
    """Create the engine and the main window (not yet shown).

    With ``defer_screens``, only the home screen (and the staff corner and problems banner)
    is made now; the other screens are made just after the window's first frame, so a
    starting kiosk shows its home screen sooner. Its image providers
    (:func:`add_image_providers`) and its event filters (idle time, kiosk lock; after 5 s at
    the latest) are added just after that first frame too. ``kiosk run`` uses it; everything
    that drives the UI at once (tests, screenshots, benches of taps) does not.

    ``engine``: one from :func:`kiosk.ui.qml_engine.new_engine`, made earlier so that it
    compiles the window's QML while the caller does other work; by default a new one.
    """
    app = QGuiApplication.instance()
    if app is None:
        raise RuntimeError("create a QGuiApplication first")
    load_fonts()
    view_model = KioskViewModel(
        library,
        language=language,
        reduced_motion=reduced_motion,
        idle_policy=idle_policy,
        idle_reset=idle_reset,
        settings=settings,
        settings_path=settings_path,
        parent=parent,
    )
    if engine is None:
        engine = new_engine()
    warnings: list[str] = []
    engine.warnings.connect(lambda errors: warnings.extend(_describe(e) for e in errors))
    if not defer_screens:
        add_image_providers(engine, library)
    engine.setInitialProperties(
        {
            "viewModel": view_model,
            "width": size[0],
            "height": size[1],
            "deferScreens": defer_screens,
        }
    )
    load_main(engine)
    roots = engine.rootObjects()
    if not roots:
        raise RuntimeError("the kiosk's QML did not load: " + "; ".join(warnings))
    window = roots[0]
    assert isinstance(window, QWindow)
    if defer_screens:
        _add_image_providers_after_first_frame(engine, library, window)
    flusher = IncubationFlusher(engine)
    view_model.panels.rowsAboutToBeReplaced.connect(flusher.finish)
    lock = KioskLock(window)

    def install_event_filters() -> None:
        window.installEventFilter(view_model.idle)
        if kiosk_mode:
            window.installEventFilter(lock)

    if defer_screens:
        # Python event filters make PySide build its QEvent class at the first event (about
        # 5 ms); a window with nothing on screen yet has no visitor to watch or lock out. After
        # 5 s in any case: a window that is never drawn (a display switched off at night)
        # must still be locked.
        after_frame(window, install_event_filters, at_latest_ms=EVENT_FILTERS_AT_LATEST_MS)
    else:
        install_event_filters()
    view_model.staff.exitRequested.connect(lambda: _exit(lock, window))
    watcher = (
        ContentWatcher(library, interval_ms=watch_interval_ms, parent=window)
        if watch_content
        else None
    )
    if watcher is not None:
        watcher.staged.connect(
            view_model.apply_content_now if preview else view_model.content_staged
        )
    interface = InterfaceLanguage(engine, lambda: view_model.language)
    interface.apply(view_model.language)
    view_model.languageChanged.connect(interface.follow_language)
    return KioskUi(
        engine=engine,
        view_model=view_model,
        window=window,
        qml_warnings=warnings,
        interface=interface,
        lock=lock,
        watcher=watcher,
    )


def add_image_providers(engine: QQmlApplicationEngine, library: ContentLibrary) -> None:
    """The ``image://pack``, ``image://map`` and ``image://qr`` schemes.

    Imported here, not with this module: they need PySide6.QtQuick (its Python module, 8 ms
    to import, and 2 ms more for QtOpenGL) and the image pipeline, and a starting kiosk's first
    frame shows no image (the covers come in the next one)."""
    from kiosk.ui.image_provider import PackImageProvider
    from kiosk.ui.map_provider import MapImageProvider
    from kiosk.ui.qr_provider import QrImageProvider

    engine.addImageProvider("pack", PackImageProvider(library))
    engine.addImageProvider("map", MapImageProvider(library))
    engine.addImageProvider("qr", QrImageProvider())


def after_frame(
    window: QWindow,
    task: Callable[[], object],
    shows: Callable[[], bool] = lambda: True,
    at_latest_ms: int | None = None,
) -> None:
    """Run ``task`` once, on the event loop's turn after the first frame that ``shows()``
    something (by default the next frame); with ``at_latest_ms``, after that long if no such
    frame has come (a window that is never drawn: a display switched off at night). Not
    inside the ``frameSwapped`` emission itself: that would hold up whatever else waits on
    that frame."""
    done = False

    def run() -> None:
        nonlocal done
        if not done:
            done = True
            task()

    def swapped() -> None:
        if shows():
            window.frameSwapped.disconnect(swapped)  # type: ignore[attr-defined]
            QTimer.singleShot(0, window, run)

    window.frameSwapped.connect(swapped)  # type: ignore[attr-defined]
    if at_latest_ms is not None:
        QTimer.singleShot(at_latest_ms, window, run)


def _add_image_providers_after_first_frame(
    engine: QQmlApplicationEngine, library: ContentLibrary, window: QWindow
) -> None:
    """Add the image providers after the first frame, then tell the window (``imagesReady``),
    which draws the covers in its next frame."""

    def add() -> None:
        try:
            add_image_providers(engine, library)
        finally:
            window.setProperty("imagesReady", True)

    after_frame(window, add)


def _exit(lock: KioskLock, window: QWindow) -> None:
    lock.allow_close = True
    window.close()
    app = QGuiApplication.instance()
    if app is not None:
        app.quit()


def _describe(error: QQmlError) -> str:
    return error.toString()
