"""``kiosk run``: the kiosk itself, full screen and locked by default."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication

from kiosk.services.atomic import remove_leftovers
from kiosk.services.idle import IdlePolicy
from kiosk.services.library import ContentLibrary
from kiosk.services.logs import setup_logging
from kiosk.services.settings import load_settings, state_dir
from kiosk.services.state import state_path, write_state
from kiosk.services.systemd import notify, watchdog_interval_ms
from kiosk.ui.heap import GuiThreadCollector, freeze_long_lived, refreeze
from kiosk.ui.qml_engine import new_engine
from kiosk.ui.qt_app import application, no_mouse_from_touch
from kiosk.ui.qt_logging import route_qt_messages_to_log
from kiosk.versions import version_text

if TYPE_CHECKING:
    from kiosk.ui.engine import KioskUi

log = logging.getLogger("kiosk")
IMAGE_MEMO_FILE = "image-checks.json"  # images that passed their check (kiosk.content.image_checks)
CONTENT_CACHE_FILE = (
    "content-cache.bin"  # the last validated content (kiosk.services.content_cache)
)
HEARTBEAT_AT_LATEST_MS = 5000
# bench/ sets this to time a cold start: print the monotonic clock at the first frame and quit.
FIRST_FRAME_ENV = "KIOSK_BENCH_FIRST_FRAME"


class RunOptions(NamedTuple):
    """Command-line options; each one given overrides the settings file. (A named tuple:
    made before the kiosk's first frame, see ``kiosk.ui.rows``.)"""

    settings: str | None = None
    content: str | None = None
    language: str | None = None
    windowed: bool = False
    classroom: bool | None = None
    reduced_motion: bool | None = None
    idle_timeout: int | None = None
    log_folder: str | None = None


def _after_home_screen(
    ui: KioskUi, task: Callable[[], object], at_latest_ms: int | None = None
) -> None:
    """Run ``task`` once, on the event loop's turn after the home screen is drawn whole: its
    first frame has every word and tile, the next one its covers (``Main.qml``,
    ``coversReady``). What a starting kiosk needs, but not before visitors see it. With
    ``at_latest_ms``, after that long if the home screen has not been drawn by then."""
    from kiosk.ui.engine import after_frame

    after_frame(
        ui.window,
        task,
        shows=lambda: bool(ui.window.property("coversReady")),
        at_latest_ms=at_latest_ms,
    )


def _start_heartbeat_after_home_screen(ui: KioskUi, library: ContentLibrary) -> None:
    """Once the home screen shows (the kiosk is then ready, and its first frame is not kept
    waiting for a state file's fsync), start the heartbeat; after 5 s in any case, so that a
    window that is never drawn (a display switched off at night) does not read as a hung
    kiosk to systemd's watchdog."""
    _after_home_screen(
        ui, lambda: _start_heartbeat(ui, library), at_latest_ms=HEARTBEAT_AT_LATEST_MS
    )


def _start_heartbeat(ui: KioskUi, library: ContentLibrary) -> None:
    """State file every 30 s and on content changes; systemd READY and watchdog pings."""
    started = time.time()
    for leftover in remove_leftovers(state_path()):
        log.info("removed %s, left by a writer that was killed", leftover.name)

    def beat() -> None:
        try:
            write_state(library, started)
        except OSError as error:
            log.warning("state file not written: %s", error)

    timer = QTimer(ui.window)
    timer.setInterval(30_000)
    timer.timeout.connect(beat)
    timer.start()
    ui.view_model.contentChanged.connect(beat)
    beat()
    notify("READY=1")
    interval = watchdog_interval_ms()
    if interval is not None:
        watchdog = QTimer(ui.window)
        watchdog.setInterval(interval)
        watchdog.timeout.connect(lambda: notify("WATCHDOG=1"))
        watchdog.start()


def _report_first_frame(ui: KioskUi) -> None:
    """Print ``first-frame <time.monotonic()>`` when the window first renders, and
    ``home-complete <time>`` at the first frame with the home screen's covers (deferred past
    the first frame, see ``Main.qml``); then quit."""
    frames = 0

    def swapped() -> None:
        nonlocal frames
        now = time.monotonic()
        frames += 1
        if frames == 1:
            print(f"first-frame {now:.6f}", flush=True)
        if ui.window.property("coversReady"):
            print(f"home-complete {now:.6f}", flush=True)
            ui.window.frameSwapped.disconnect(swapped)
            QTimer.singleShot(0, ui.window, lambda: _exit_app())

    ui.window.frameSwapped.connect(swapped)


def _freeze_heap_after_home_screen(ui: KioskUi) -> GuiThreadCollector:
    """Start-up's objects out of the cycle collector's way (:mod:`kiosk.ui.heap`), once the
    home screen shows whole, so the one collection it takes delays neither its first frame nor
    its covers; again after each content change. From then on, collections run only on the
    GUI thread."""

    _after_home_screen(ui, freeze_long_lived)
    ui.view_model.contentChanged.connect(refreeze)
    return GuiThreadCollector(ui.window)


def hide_pointer(app: QGuiApplication) -> None:
    """No mouse pointer over the kiosk: on a touch screen it only shows where the last finger
    was (X11 moves it there), and a visitor must not see one. Windowed and classroom runs,
    where a mouse is used, keep theirs."""
    from PySide6.QtCore import Qt  # not before the home screen shows: see _finish_start
    from PySide6.QtGui import QCursor

    app.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))


def _finish_start(app: QGuiApplication, hide_the_pointer: bool) -> None:
    """The touch and pointer set-up, done once the home screen shows whole: each names an enum
    of PySide's ``Qt`` namespace, whose first use builds all of them (about 40 ms, a tenth of a
    cold start). A touch in those first frames' time, or a pointer seen for it, is harmless."""
    no_mouse_from_touch()
    if hide_the_pointer:
        hide_pointer(app)


def _exit_app() -> None:
    app = QCoreApplication.instance()
    if app is not None:
        app.quit()


def run_kiosk(options: RunOptions) -> int:
    loaded = load_settings(
        Path(options.settings) if options.settings else None, cache_dir=state_dir()
    )
    settings = loaded.settings
    overrides = {
        "content": Path(options.content) if options.content else None,
        "language": options.language,
        "classroom": options.classroom,
        "reduced_motion": options.reduced_motion,
        "idle_timeout": options.idle_timeout,
        "log_folder": Path(options.log_folder) if options.log_folder else None,
    }
    for key, value in overrides.items():
        if value is not None:
            setattr(settings, key, value)
    log_file = setup_logging(settings.log_dir())
    log.info("starting: %s; settings %s; log %s", version_text(), loaded.path, log_file)
    for problem in loaded.problems:
        log.error("setting ignored (its default is used): %s", problem)
        print(f"kiosk: {problem}", file=sys.stderr)
    app = application(touch_setup_now=False)  # see _finish_start
    route_qt_messages_to_log()
    # Main.qml compiles on the engine's loader thread while this thread imports the rest of
    # the UI, reads the content and registers the fonts (kiosk.ui.qml_engine); so the UI's
    # modules are imported only now.
    engine = new_engine(compile_ahead=True)
    from kiosk.ui.engine import build_ui

    library = ContentLibrary(
        settings.content_dir(),
        pack_order=list(settings.pack_order),
        hidden=set(settings.hidden_packs),
        image_memo_path=state_dir() / IMAGE_MEMO_FILE,
        content_cache_path=state_dir() / CONTENT_CACHE_FILE,
    )
    result = library.reload()
    for pack in result.packs:
        for problem in pack.errors:
            log.error("pack not shown: %s", problem)
    log.info("showing %d packs from %s", len(library.packs), settings.content_dir())
    if not library.all_packs:
        print(
            f"kiosk: no valid packs in {settings.content_dir()}; run 'kiosk validate "
            f"{settings.content_dir()}' to see why",
            file=sys.stderr,
        )
        return 1
    classroom = settings.classroom
    ui = build_ui(
        library,
        language=settings.language if options.language or loaded.path.is_file() else None,
        reduced_motion=settings.reduced_motion,
        idle_policy=IdlePolicy(timeout=settings.idle_timeout),
        idle_reset=not classroom,
        settings=settings,
        settings_path=loaded.path,
        kiosk_mode=not (classroom or options.windowed),
        watch_content=True,
        defer_screens=True,
        engine=engine,
    )
    for warning in ui.qml_warnings:
        log.warning("QML: %s", warning)
    _start_heartbeat_after_home_screen(ui, library)
    collector = _freeze_heap_after_home_screen(ui)
    if os.environ.get(FIRST_FRAME_ENV):
        _report_first_frame(ui)
    fullscreen = not (options.windowed or classroom)
    _after_home_screen(ui, lambda: _finish_start(app, hide_the_pointer=fullscreen))
    if fullscreen:
        ui.window.showFullScreen()
    else:
        ui.window.show()
    code = app.exec()
    log.info("stopped with code %d", code)
    collector.stop()
    ui.close()
    return code
