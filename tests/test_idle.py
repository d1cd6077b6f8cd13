"""Idle reset: a countdown, then the attract screen; a touch starts a fresh visit."""

from __future__ import annotations

import pytest
from qt_helpers import find, tap

from kiosk.services.idle import IdlePhase, IdlePolicy
from kiosk.ui.kiosk_view_model import KioskViewModel


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_policy_never_goes_under_30_seconds_and_warns_for_20():
    assert IdlePolicy(timeout=5).timeout == 30
    policy = IdlePolicy()
    assert policy.timeout == 90
    assert policy.phase_at(10) == (IdlePhase.ACTIVE, 80)
    assert policy.phase_at(70.5) == (IdlePhase.WARNING, 20)
    assert policy.phase_at(89.2) == (IdlePhase.WARNING, 1)
    assert policy.phase_at(90) == (IdlePhase.ATTRACT, 0)


@pytest.fixture
def clocked(qapp, library, monkeypatch):
    """A fake clock for the idle timer; the view model's timers need the application (without
    ``qapp`` these tests passed only after another test had created one)."""
    clock = FakeClock()
    monkeypatch.setattr("kiosk.ui.idle_view_model._now", clock)
    return clock


def test_idle_visit_counts_down_then_resets_everything(clocked, library):
    vm = KioskViewModel(library)
    vm.setLanguage("ru")
    vm.display.setTextSize(2)
    vm.display.setHighContrast(True)
    vm.openPack(1)
    vm.begin()
    vm.openSources()
    clocked.now += 71
    vm.idle.tick()
    assert (vm.idle.phase, vm.idle.secondsLeft) == ("warning", 19)
    assert vm.screen == "panel"  # still readable underneath the countdown
    clocked.now += 20
    vm.idle.tick()
    assert vm.screen == "attract"
    assert (vm.language, vm.display.textSizeStep, vm.display.highContrast) == ("en", 0, False)
    assert not vm.sourcesOpen
    vm.idle.noteActivity()
    assert vm.screen == "home" and vm.idle.phase == "active"


def test_one_tap_during_the_countdown_continues_the_visit(clocked, library):
    vm = KioskViewModel(library)
    vm.openPack(1)
    vm.begin()
    clocked.now += 75
    vm.idle.tick()
    vm.idle.noteActivity()
    clocked.now += 60
    vm.idle.tick()
    assert vm.screen == "panel" and vm.idle.phase == "active"


def test_touch_on_attract_screen_starts_at_home_without_tapping_through(kiosk_ui, qtbot):
    window, vm = kiosk_ui.window, kiosk_ui.view_model
    vm.idle.show_attract()
    attract = find(window, "attractScreen")
    qtbot.waitUntil(lambda: attract.property("visible"))
    # Touch exactly where a pack tile sits on the home screen: it must not open the pack.
    tile = find(window, "packTile_beta")
    tap(window, tile)
    qtbot.waitUntil(lambda: vm.screen == "home")
    qtbot.wait(100)
    assert vm.screen == "home"


def test_countdown_is_visible_and_continue_button_keeps_the_visit(clocked, kiosk_ui, qtbot):
    window, vm = kiosk_ui.window, kiosk_ui.view_model
    vm.openPack(1)
    clocked.now += 80
    vm.idle.tick()
    warning = find(window, "idleWarning")
    qtbot.waitUntil(lambda: warning.property("visible"))
    assert "10 seconds" in find(window, "idleCountdown").property("text")
    # The touch that dismisses the countdown must not also press what lies beneath it.
    tap(window, find(window, "continueButton"))
    qtbot.waitUntil(lambda: not warning.property("visible"))
    qtbot.wait(100)
    assert vm.screen == "pack"


def test_attract_screen_highlights_the_topic_whose_cover_shows(kiosk_ui, qtbot):
    window, vm = kiosk_ui.window, kiosk_ui.view_model
    vm.idle.show_attract()
    attract = find(window, "attractScreen")
    qtbot.waitUntil(lambda: attract.property("visible"))
    rows = vm.packs.rows()

    def shown() -> list[str]:
        found = []
        for index in range(len(rows)):
            item = find(window, f"attractHighlight_{index}", within="attractScreen")
            if item.property("visible"):
                found.append(item.property("title"))
        return found

    assert shown() == [rows[0].title]
    attract.setProperty("coverIndex", 1)  # what its 20 s timer does
    qtbot.waitUntil(lambda: shown() == [rows[1].title])
