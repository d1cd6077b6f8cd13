"""`kiosk run` makes only the home screen before its first frame (a shorter cold start) and
the other screens right after it; the kiosk then works as if they had been there all along."""

from __future__ import annotations

from qt_helpers import _matches, find, tap

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
