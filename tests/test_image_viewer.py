"""Tap an image to see it full screen; pinch or the zoom buttons enlarge it; Close returns."""

from __future__ import annotations

from qt_helpers import centre, find, pinch, tap


def open_viewer(kiosk_ui, qtbot):
    window, vm = kiosk_ui.window, kiosk_ui.view_model
    vm.openPack(1)
    vm.begin()
    image = find(window, "panelImage", within="panel_first")
    tap(window, image)
    qtbot.waitUntil(lambda: vm.imageOpen)
    viewer = find(window, "imageViewer")
    qtbot.waitUntil(lambda: viewer.property("visible"))
    return window, vm, viewer


def test_tapping_a_panel_image_opens_it_full_screen(kiosk_ui, qtbot):
    window, vm, _viewer = open_viewer(kiosk_ui, qtbot)
    assert vm.viewerImageUrl == "image://pack/alpha/cover.png"
    photo = find(window, "viewerImage")
    assert photo.width() == 1920
    tap(window, find(window, "closeImageButton"))
    qtbot.waitUntil(lambda: not vm.imageOpen)


def test_pinch_apart_zooms_in(kiosk_ui, qtbot):
    window, _vm, viewer = open_viewer(kiosk_ui, qtbot)
    assert viewer.property("zoom") == 1.0
    pinch(window, centre(find(window, "viewerImage")), start=100, end=300)
    qtbot.waitUntil(lambda: viewer.property("zoom") > 2.0)


def test_zoom_buttons_work_without_a_double_tap_and_stay_in_bounds(kiosk_ui, qtbot):
    window, _vm, viewer = open_viewer(kiosk_ui, qtbot)
    zoom_in = find(window, "zoomInButton")
    for _ in range(6):
        tap(window, zoom_in)
    assert viewer.property("zoom") == 5.0
    tap(window, find(window, "zoomOutButton"))
    assert abs(viewer.property("zoom") - 5.0 / 1.5) < 1e-6
