"""The short monkey test: thousands of random taps, swipes and pinches with idle resets,
then no crash, no QML warning, and flat memory after warm-up. The long run:
``python tests/soak.py --minutes 30`` (see docs/robustness.md)."""

from __future__ import annotations

from pathlib import Path

from soak import run_soak

FIXTURES = Path(__file__).parent / "fixtures" / "content"


def test_random_touch_input_never_warns_and_memory_stays_flat(qapp):
    report = run_soak(FIXTURES, events=6000, seed=7)
    assert report.events == 6000
    assert report.qml_warnings == []
    assert {"home", "pack", "panel"} <= set(report.screens_seen)
    assert report.growth_mb < 8.0, report
