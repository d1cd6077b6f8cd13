"""`kiosk run` makes only the home screen before its first frame (a shorter cold start) and
the other screens right after it; the kiosk then works as if they had been there all along."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from qt_helpers import _matches, find, tap

from kiosk.ui import engine
from kiosk.ui.engine import build_ui


def test_other_screens_are_made_right_after_the_first_frame(qapp, library, qtbot):
    ui = build_ui(library, reduced_motion=True, defer_screens=True)
    root = ui.window.contentItem()
    try:
        assert _matches(root, "homeScreen")
        assert not _matches(root, "panelScreen") and not _matches(root, "sourcesSheet")
        ui.window.show()
        qtbot.waitUntil(lambda: bool(_matches(root, "panelScreen")), timeout=3000)
        assert _matches(root, "sourcesSheet") and _matches(root, "staffOverlay")
        vm = ui.view_model
        vm.openPack(0)
        vm.begin()
        qtbot.waitUntil(lambda: find(ui.window, "panelScreen").isVisible())
        tap(ui.window, find(ui.window, "homeButton", within="panelScreen"))
        qtbot.waitUntil(lambda: vm.screen == "home")
    finally:
        warnings = list(ui.qml_warnings)
        ui.close()
    assert warnings == []


def test_the_first_frame_has_every_tile_and_the_next_its_covers(qapp, library, qtbot):
    """The covers are decoration, drawn one frame after the first (a shorter cold start);
    they must then all be there, decoded."""
    ui = build_ui(library, reduced_motion=True, defer_screens=True)
    # The home screen's tiles only: the pack screen, made a frame or two after the covers,
    # has a "packCover" of its own.
    root = find(ui.window, "homeScreen")
    at_first_frame: list[list[bool]] = []

    def swapped() -> None:
        if not at_first_frame:
            covers = _matches(root, "packCover")
            at_first_frame.append([not c.property("source").isEmpty() for c in covers])

    ui.window.frameSwapped.connect(swapped)
    try:
        ui.window.show()
        qtbot.waitUntil(lambda: bool(at_first_frame), timeout=3000)
        assert len(at_first_frame[0]) == len(library.packs) and not any(at_first_frame[0])

        def all_drawn() -> bool:
            covers = _matches(root, "packCover")
            return len(covers) == len(library.packs) and all(
                c.property("progress") == 1.0 and c.property("implicitWidth") > 0 for c in covers
            )

        qtbot.waitUntil(all_drawn, timeout=3000)
    finally:
        ui.window.frameSwapped.disconnect(swapped)
        warnings = list(ui.qml_warnings)
        ui.close()
    assert warnings == []


def test_the_event_filters_come_with_the_first_frame(qapp, library, qtbot):
    """A starting kiosk adds its idle counter and kiosk lock right after its first frame (they
    make PySide build its QEvent class): from then on a close request is refused and a touch
    keeps the visit going."""
    ui = build_ui(library, reduced_motion=True, defer_screens=True, kiosk_mode=True)
    try:
        ui.window.show()
        qtbot.waitUntil(lambda: bool(_matches(ui.window.contentItem(), "panelScreen")))
        ui.window.close()
        qtbot.wait(50)
        assert ui.window.isVisible()
        ui.view_model.idle.show_attract()
        tap(ui.window, find(ui.window, "homeScreen"))
        qtbot.waitUntil(lambda: ui.view_model.idle.phase == "active")
    finally:
        warnings = list(ui.qml_warnings)
        ui.close()
    assert warnings == []


def test_a_window_never_drawn_is_locked_after_5_s(qapp, library, qtbot, monkeypatch):
    """A display switched off at night may never draw the window: its event filters come
    after 5 s anyway (50 ms here), and the kiosk lock then refuses a close request."""
    monkeypatch.setattr(engine, "EVENT_FILTERS_AT_LATEST_MS", 50)
    ui = build_ui(library, reduced_motion=True, defer_screens=True, kiosk_mode=True)
    try:
        before = QCloseEvent()
        QCoreApplication.sendEvent(ui.window, before)
        assert before.isAccepted()  # no lock yet
        qtbot.wait(200)
        after = QCloseEvent()
        QCoreApplication.sendEvent(ui.window, after)
        assert not after.isAccepted()
    finally:
        warnings = list(ui.qml_warnings)
        ui.close()
    assert warnings == []


def test_after_frame_runs_its_task_once_when_the_timeout_comes_first(qapp, library, qtbot):
    """The heartbeat and the event filters each start once, whether the frame or the
    timeout comes first (two heartbeats would write the state file twice as often)."""
    ui = build_ui(library, reduced_motion=True)
    runs: list[int] = []
    try:
        engine.after_frame(ui.window, lambda: runs.append(1), at_latest_ms=0)
        qtbot.wait(50)
        assert runs == [1]  # the timeout, before any frame
        ui.window.show()
        qtbot.waitExposed(ui.window)
        qtbot.wait(200)  # frames come; the task does not run again
        assert runs == [1]
    finally:
        warnings = list(ui.qml_warnings)
        ui.close()
    assert warnings == []
