"""Memory: resident memory after start, after every panel once, after 5,000 more navigations.

The kiosk UI over the bundled content (fixtures if it has no valid pack), reduced motion. A
navigation is a view-model step (next panel; at a pack's end, home and into the next pack)
followed by the frame that shows it, so everything a visitor's tap builds is built. Each
navigation also counts as a touch for the idle timer, as a real tap does through the window's
event filter: otherwise, 90 s into the run, the kiosk decides nobody is there and shows the
attract screen, whose full-screen cover decode once added ~14 MB at that moment, whatever the
number of navigations (measured: a step from 209.3 to 223.1 MB at 88-89 s, flat before and
after; with the touches, 208.7-209.0 MB over 10,000 navigations). The attract screen is the
soak's business (tests/soak.py), not this figure's.

The growth from "every panel visited" to the end is the figure: a leak shows there. One visit
of every panel fills the caches a navigation uses (measured: the samples are flat from the first
one on), and ``rss_samples_mb`` (every ``--sample-every`` navigations, read as the loop runs,
without collecting garbage) shows the curve, so a step or a slope is visible, not just the end.
"""

from __future__ import annotations

import argparse
import gc
from typing import Any

from bench.common import FrameClock, content_dir, emit, rss_mb


def _settled_rss(app: Any, ui: Any, clock: FrameClock) -> float:
    """RSS once Python's and the QML engine's garbage collectors have run."""
    clock.settle(app)
    gc.collect()
    ui.engine.collectGarbage()
    clock.settle(app)
    return rss_mb()


def measure(navigations: int, sample_every: int = 250) -> dict[str, object]:
    from kiosk.services.library import ContentLibrary
    from kiosk.ui.engine import build_ui
    from kiosk.ui.qt_app import application

    app = application()
    content, content_name = content_dir()
    library = ContentLibrary(content)
    library.reload()
    ui = build_ui(library, reduced_motion=True)
    vm = ui.view_model
    attract_screens = 0

    def attract_started() -> None:
        nonlocal attract_screens
        attract_screens += 1

    vm.idle.attractStarted.connect(attract_started)
    clock = FrameClock(ui.window)
    ui.window.show()
    clock.wait_until(app, lambda: True, 0, timeout_s=30.0)
    clock.settle(app)
    after_start = rss_mb()

    def step(action) -> None:  # type: ignore[no-untyped-def]
        frames = clock.frames
        vm.idle.noteActivity()  # the touch this navigation stands for
        action()
        clock.wait_until(app, lambda: True, frames, timeout_s=2.0)

    panels = 0
    for pack in range(vm.packs.rowCount()):
        step(lambda pack=pack: vm.openPack(pack))
        step(vm.begin)
        for _ in range(vm.panelCount - 1):
            step(vm.next)
            panels += 1
        step(vm.goHome)
    after_visit = _settled_rss(app, ui, clock)
    done, pack = 0, 0
    samples: list[float] = []
    while done < navigations:
        if vm.screen != "panel" or vm.panelIndex >= vm.panelCount - 1:
            pack = (pack + 1) % vm.packs.rowCount()
            step(vm.goHome)
            step(lambda pack=pack: vm.openPack(pack))
            step(vm.begin)
        else:
            step(vm.next)
        done += 1
        if sample_every > 0 and done % sample_every == 0:
            samples.append(round(rss_mb(), 1))
    after_navigation = _settled_rss(app, ui, clock)
    warnings = len(ui.qml_warnings)
    ui.close()
    return {
        "content": content_name,
        "panels_visited": panels + vm.packs.rowCount(),
        "navigations": done,
        "rss_after_start_mb": round(after_start, 1),
        "rss_after_every_panel_mb": round(after_visit, 1),
        "rss_after_navigations_mb": round(after_navigation, 1),
        "growth_mb": round(after_navigation - after_visit, 1) + 0.0,  # never "-0.0"
        "sample_every": sample_every,
        "rss_samples_mb": samples,
        "attract_screens": attract_screens,
        "qml_warnings": warnings,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--navigations", type=int, default=5000)
    parser.add_argument(
        "--sample-every", type=int, default=250, help="navigations between RSS samples (0: none)"
    )
    args = parser.parse_args()
    emit(measure(args.navigations, args.sample_every))


if __name__ == "__main__":
    main()
