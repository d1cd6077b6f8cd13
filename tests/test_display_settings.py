"""Text size, high contrast and reduced motion, chosen with synthetic touch."""

from __future__ import annotations

from PySide6.QtGui import QColor
from qt_helpers import find, tap


def open_display_sheet(window, vm, qtbot, within="homeScreen"):
    tap(window, find(window, "displayButton", within=within))
    qtbot.waitUntil(lambda: vm.settingsOpen)


def test_larger_text_reflows_the_panel_without_clipping(kiosk_ui, qtbot):
    window, vm = kiosk_ui.window, kiosk_ui.view_model
    vm.openPack(1)
    vm.begin()
    body = find(window, "panelBody")
    qtbot.waitUntil(lambda: body.height() > 0)
    standard = (body.property("font").pixelSize(), body.height())
    open_display_sheet(window, vm, qtbot, within="panelScreen")
    tap(window, find(window, "textLargest"))
    qtbot.waitUntil(lambda: vm.display.textSizeStep == 2)
    qtbot.waitUntil(lambda: body.property("font").pixelSize() == 45)
    assert standard[0] == 30
    assert body.height() > standard[1]
    # Not clipped: the text column can scroll to every line of the body.
    scroller = find(window, "panelText")
    assert scroller.property("contentHeight") >= body.height()


def test_high_contrast_switches_to_white_on_black(kiosk_ui, qtbot):
    window, vm = kiosk_ui.window, kiosk_ui.view_model
    open_display_sheet(window, vm, qtbot)
    tap(window, find(window, "contrastHigh"))
    qtbot.waitUntil(lambda: vm.display.highContrast)
    qtbot.wait(50)
    assert window.color() == QColor("#000000")
    title = find(window, "exhibitTitle")
    assert title.property("color") == QColor("#FFFFFF")


def test_reduced_motion_makes_sheets_and_pages_move_instantly(kiosk_ui, qtbot):
    window, vm = kiosk_ui.window, kiosk_ui.view_model
    vm.display.setReducedMotion(False)
    vm.openPack(1)
    vm.begin()
    pages = find(window, "panelPages")
    assert pages.property("highlightMoveDuration") == 250
    open_display_sheet(window, vm, qtbot, within="panelScreen")
    tap(window, find(window, "motionReduced"))
    qtbot.waitUntil(lambda: vm.display.reducedMotion)
    assert pages.property("highlightMoveDuration") == 0


def test_a_new_visit_resets_every_display_choice_and_the_language(kiosk_ui, qtbot):
    vm = kiosk_ui.view_model
    vm.display.setTextSize(2)
    vm.display.setHighContrast(True)
    vm.setLanguage("ru")
    vm.openPack(1)
    vm.begin()
    vm.openSources()
    vm.startNewVisit()
    assert (vm.display.textSizeStep, vm.display.highContrast, vm.language) == (0, False, "en")
    assert vm.screen == "home" and not vm.sourcesOpen and not vm.settingsOpen
