"""One kiosk start-up in this process: content load plus UI to the first frame, and memory.

Used by :mod:`bench.scaling` to show that start-up time and resident memory do not grow with
images that are in the content but not on screen. The clock starts after the imports (they
do not depend on content; the validator's, which the kiosk imports only when it validates,
are imported first too) and stops at the home screen's first ``frameSwapped``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench.common import FrameClock, emit, rss_mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", required=True)
    parser.add_argument("--image-memo", help="the kiosk's memory of checked images (a file)")
    args = parser.parse_args()
    content = Path(args.content)
    memo = Path(args.image_memo) if args.image_memo else None

    # The validator's libraries too: the kiosk imports them when it first validates, and
    # what this probe compares is the cost of content, not of imports.
    import kiosk.content.loader  # noqa: F401
    from kiosk.services.library import ContentLibrary
    from kiosk.ui.engine import build_ui
    from kiosk.ui.qt_app import application

    app = application()
    rss_before = rss_mb()
    started = time.perf_counter()
    library = ContentLibrary(content, image_memo_path=memo)
    library.reload()
    loaded = time.perf_counter()
    ui = build_ui(library, reduced_motion=True)
    clock = FrameClock(ui.window)
    ui.window.show()
    first = clock.wait_until(app, lambda: True, 0, timeout_s=60.0)
    clock.settle(app)
    images = sum(len(p.images) for p in library.packs)
    emit(
        {
            "start_ms": round((first - started) * 1000, 1),
            "load_ms": round((loaded - started) * 1000, 1),
            "ui_to_first_frame_ms": round((first - loaded) * 1000, 1),
            "rss_mb": round(rss_mb(), 1),
            "rss_growth_from_app_mb": round(rss_mb() - rss_before, 1),
            "image_files": images,
            "images_decoded": library.image_checks.decoded,
        }
    )
    ui.close()


if __name__ == "__main__":
    main()
