"""Memory: resident memory after start, after every panel once, after 5,000 more navigations.

The kiosk UI over the bundled content (fixtures if it has no valid pack), reduced motion. A
navigation is a view-model step (next panel; at a pack's end, home and into the next pack)
followed by the frame that shows it, so everything a visitor's tap builds is built. The
growth from "every panel visited" (caches full) to the end is the figure: a leak shows there.
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


def measure(navigations: int) -> dict[str, object]:
    from kiosk.services.library import ContentLibrary
    from kiosk.ui.engine import build_ui
    from kiosk.ui.qt_app import application

    app = application()
    content, content_name = content_dir()
    library = ContentLibrary(content)
    library.reload()
    ui = build_ui(library, reduced_motion=True)
    vm = ui.view_model
    clock = FrameClock(ui.window)
    ui.window.show()
    clock.wait_until(app, lambda: True, 0, timeout_s=30.0)
    clock.settle(app)
    after_start = rss_mb()

    def step(action) -> None:  # type: ignore[no-untyped-def]
        frames = clock.frames
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
    while done < navigations:
        if vm.screen != "panel" or vm.panelIndex >= vm.panelCount - 1:
            pack = (pack + 1) % vm.packs.rowCount()
            step(vm.goHome)
            step(lambda pack=pack: vm.openPack(pack))
            step(vm.begin)
        else:
            step(vm.next)
        done += 1
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
        "growth_mb": round(after_navigation - after_visit, 1),
        "qml_warnings": warnings,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--navigations", type=int, default=5000)
    emit(measure(parser.parse_args().navigations))


if __name__ == "__main__":
    main()
