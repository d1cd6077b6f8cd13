"""Every button on every screen is a large, named touch target."""

from __future__ import annotations

import pytest
from PySide6.QtQuick import QQuickItem

MIN_TARGET = 72  # px at 1080p


def visible_buttons(item: QQuickItem) -> list[QQuickItem]:
    found = []
    for child in item.childItems():
        if not child.isVisible():
            continue
        if child.metaObject().className().startswith("KioskButton"):
            found.append(child)
        found.extend(visible_buttons(child))
    return found


@pytest.mark.parametrize("screen", ["home", "pack", "panel", "sources"])
def test_buttons_are_at_least_72px_and_labelled(kiosk_ui, qtbot, screen):
    vm = kiosk_ui.view_model
    if screen != "home":
        vm.openPack(1)
    if screen in {"panel", "sources"}:
        vm.begin()
    if screen == "sources":
        vm.openSources()
    qtbot.wait(50)
    buttons = visible_buttons(kiosk_ui.window.contentItem())
    assert len(buttons) >= (1 if screen == "home" else 2)
    for button in buttons:
        assert button.height() >= MIN_TARGET and button.width() >= MIN_TARGET
        assert button.property("label").strip(), button.objectName()
