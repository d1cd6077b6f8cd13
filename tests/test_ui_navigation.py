"""A visitor's path through the kiosk, driven by synthetic touch and mouse input."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from qt_helpers import _matches, click, find, swipe, tap


def test_tapping_a_tile_opens_that_pack(kiosk_ui, qtbot):
    window, vm = kiosk_ui.window, kiosk_ui.view_model
    tap(window, find(window, "packTile_alpha"))
    qtbot.waitUntil(lambda: vm.screen == "pack")
    assert vm.packTitle == "Alpha pack"
    assert find(window, "packTitle").property("text") == "Alpha pack"


def test_begin_then_next_and_back_buttons_move_between_panels(kiosk_ui, qtbot):
    window, vm = kiosk_ui.window, kiosk_ui.view_model
    vm.openPack(1)  # alpha: exhibit order is beta, alpha
    tap(window, find(window, "beginButton", within="packScreen"))
    qtbot.waitUntil(lambda: vm.screen == "panel")
    assert vm.panelIndex == 0
    tap(window, find(window, "nextButton", within="panelScreen"))
    qtbot.waitUntil(lambda: vm.panelIndex == 1)
    click(window, find(window, "nextButton", within="panelScreen"))
    qtbot.waitUntil(lambda: vm.panelIndex == 2)
    label = find(window, "positionLabel")
    qtbot.waitUntil(lambda: label.property("text") == "3 of 3")
    # Next on the last panel does nothing; Back goes back once per tap (never twice).
    tap(window, find(window, "nextButton", within="panelScreen"))
    assert vm.panelIndex == 2
    tap(window, find(window, "previousButton", within="panelScreen"))
    qtbot.waitUntil(lambda: vm.panelIndex == 1)
    qtbot.wait(100)
    assert vm.panelIndex == 1


def test_swiping_left_shows_the_next_panel_and_right_the_previous(kiosk_ui, qtbot):
    window, vm = kiosk_ui.window, kiosk_ui.view_model
    vm.openPack(1)
    vm.begin()
    pages = find(window, "panelPages")
    qtbot.waitUntil(lambda: pages.property("count") == 3)
    y = int(pages.mapToScene(pages.boundingRect().center()).y())
    swipe(window, QPoint(1500, y), QPoint(300, y))
    qtbot.waitUntil(lambda: vm.panelIndex == 1, timeout=3000)
    swipe(window, QPoint(300, y), QPoint(1500, y))
    qtbot.waitUntil(lambda: vm.panelIndex == 0, timeout=3000)


def test_sources_button_opens_the_full_citations_and_close_hides_them(kiosk_ui, qtbot):
    window, vm = kiosk_ui.window, kiosk_ui.view_model
    vm.openPack(1)
    vm.begin()
    button = find(window, "sourcesButton", within="panelScreen")
    assert button.property("label") == "Sources (2)"
    tap(window, button)
    qtbot.waitUntil(lambda: vm.sourcesOpen)
    entry = find(window, "source_service2004", within="sourcesSheet")
    assert entry.property("citation").startswith("Service, Robert. <i>Stalin: A Biography.")
    tap(window, find(window, "closeSourcesButton"))
    qtbot.waitUntil(lambda: not vm.sourcesOpen)


def test_home_button_returns_to_the_home_screen_from_a_panel(kiosk_ui, qtbot):
    window, vm = kiosk_ui.window, kiosk_ui.view_model
    vm.openPack(0)
    vm.begin()
    qtbot.waitUntil(lambda: find(window, "panelScreen").property("visible"))
    tap(window, find(window, "homeButton", within="panelScreen"))
    qtbot.waitUntil(lambda: vm.screen == "home")


def test_language_button_switches_content_text(kiosk_ui, qtbot):
    window, vm = kiosk_ui.window, kiosk_ui.view_model
    button = find(window, "languageButton", within="homeScreen")
    assert button.property("label") == "Русский"
    tap(window, button)
    qtbot.waitUntil(lambda: vm.language == "ru")
    assert find(window, "packTile_alpha").property("title") == "Пакет альфа"
    assert button.property("label") == "English"


def test_a_panel_without_an_image_lists_its_works_and_each_opens_its_entry(kiosk_ui, qtbot):
    window, vm = kiosk_ui.window, kiosk_ui.view_model
    vm.openPack(1)  # alpha
    vm.begin()
    vm.goToPanel(2)  # "third": text, no image, one source
    note = find(window, "sourceNote_wp-stalinism", within="panel_third")
    qtbot.waitUntil(lambda: note.isVisible())
    assert note.height() >= 72  # a touch target, not just a line of small print
    tap(window, note)
    qtbot.waitUntil(lambda: vm.sourcesOpen)
    assert vm.highlightedSource == "wp-stalinism"


def test_a_panel_with_an_image_shows_the_image_not_the_list(kiosk_ui, qtbot):
    window, vm = kiosk_ui.window, kiosk_ui.view_model
    vm.openPack(1)
    vm.begin()  # "first" has an image beside its text
    page = find(window, "panel_first")
    qtbot.wait(50)
    assert find(window, "panelImage", within="panel_first").isVisible()
    assert not [item for item in _matches(page, "sourceNotes") if item.isVisible()]


def test_a_closed_sources_sheet_builds_no_entries(kiosk_ui, qtbot):
    """Its rows follow the current panel; built while closed, every Next would make each entry
    and its QR code again, inside the frame that shows the next panel."""
    window, vm = kiosk_ui.window, kiosk_ui.view_model
    vm.openPack(1)
    vm.begin()
    sheet_list = find(window, "sourcesList")
    qtbot.wait(50)
    assert vm.sources.rowCount() > 0 and sheet_list.property("count") == 0
    vm.openSources()
    qtbot.waitUntil(lambda: sheet_list.property("count") == vm.sources.rowCount())
    vm.closeSources()
    qtbot.waitUntil(lambda: not find(window, "sourcesSheet").isVisible())
    qtbot.waitUntil(lambda: sheet_list.property("count") == 0)
