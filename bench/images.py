"""Images: a 24-megapixel JPEG in a pack, from asking for its panel to its first frame on screen.

A generated pack holds copies of one 6000x4000 JPEG, each on its own text panel with three
text-only panels after it, so nothing near the page a trial starts from has an image (were
pages ever built ahead, they could not decode the next trial's image early). Each trial jumps
from a text panel to the next image panel with the view model's ``goToPanel`` and stops the
clock at the first frame on which that panel's image is ready.

* cold: a file never shown, an empty disk cache (this run's temporary XDG_CACHE_HOME);
* cached: the same files again in a new process with the same XDG_CACHE_HOME, so they come
  from the kiosk's disk cache, as after a restart (Qt's pixmap cache and the in-memory LRU
  are empty);
* revisit: the same files again in that process (in-memory LRU and Qt's pixmap cache).

Baseline: Pillow's plain open, ``draft("RGB", size)`` and ``resize(size, LANCZOS)`` to the
same size the kiosk shows, the least work that turns the file into those pixels.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PIL import Image

from bench.common import FrameClock, emit, ratio, summary
from bench.packs import make_image, pack_yaml
from bench.touch import _find, _ready

SOURCE_SIZE = (6000, 4000)
STRIDE = 4


def make_photo_pack(folder: Path, copies: int) -> tuple[Path, list[int]]:
    """A pack whose panel 4k shows copy k of a 24 MP JPEG; panels 4k+1 to 4k+3 are text."""
    pack = folder / "photos"
    pack.mkdir(parents=True)
    make_image(pack / "cover.png", (640, 400))
    source = make_image(folder / "source.jpg", SOURCE_SIZE, quality=90)
    names: list[str] = []
    for number in range(copies):
        names.append(f"photo-{number}.jpg")
        shutil.copyfile(source, pack / names[-1])
    text = pack_yaml("photos", STRIDE * copies, [])
    # pack_yaml puts images on the first panels; place them on every STRIDE-th instead.
    blocks = text.split("  - id: panel-")
    for number, name in enumerate(names):
        index = STRIDE * number + 1
        blocks[index] = blocks[index].replace(
            "    sources:",
            "    image: {src: "
            + name
            + ", alt: A photograph, credit: bench, licence: CC0 1.0}\n    sources:",
        )
    (pack / "pack.yaml").write_text("  - id: panel-".join(blocks), encoding="utf-8")
    return folder, [STRIDE * number for number in range(copies)]


def _build(app: Any, content: Path) -> tuple[Any, Any, list[Any]]:
    import kiosk.ui.engine as engine_module
    import kiosk.ui.image_provider as provider_module
    from kiosk.services.library import ContentLibrary
    from kiosk.ui.image_provider import PackImageProvider

    providers: list[Any] = []

    class Recording(PackImageProvider):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            providers.append(self)

    library = ContentLibrary(content)
    library.reload()
    # build_ui imports the provider class when it adds the providers (add_image_providers).
    saved = provider_module.PackImageProvider
    provider_module.PackImageProvider = Recording  # type: ignore[misc]
    try:
        ui = engine_module.build_ui(library, reduced_motion=True)
    finally:
        provider_module.PackImageProvider = saved  # type: ignore[misc]
    clock = FrameClock(ui.window)
    ui.window.show()
    clock.wait_until(app, lambda: True, 0, timeout_s=30.0)
    ui.view_model.openPack(0)
    ui.view_model.begin()
    clock.settle(app)
    return ui, clock, providers


def _show(app: Any, ui: Any, clock: FrameClock, panel: int) -> tuple[float, tuple[int, int]]:
    """Milliseconds from ``goToPanel(panel)`` to the first frame with its image ready."""
    vm = ui.view_model
    vm.goToPanel(max(0, panel - STRIDE + 1))  # a text page: nothing near it has an image
    clock.settle(app)
    frames = clock.frames
    started = time.perf_counter()
    vm.goToPanel(panel)
    pages = _find(ui.window.contentItem(), "panelPages")

    def shown() -> bool:
        current = pages.property("currentItem")
        image = _find(current, "panelImage") if current is not None else None
        return vm.panelIndex == panel and image is not None and _ready(image)

    done = clock.wait_until(app, shown, frames, timeout_s=20.0)
    current = pages.property("currentItem")
    image = _find(current, "panelImage")
    size = (int(image.property("implicitWidth")), int(image.property("implicitHeight")))
    return (done - started) * 1000, size


def pillow_baseline(path: Path, size: tuple[int, int], draft: bool = True) -> float:
    started = time.perf_counter()
    with Image.open(path) as image:
        if draft:
            image.draft("RGB", size)
        image.resize(size, Image.Resampling.LANCZOS)
    return (time.perf_counter() - started) * 1000


def _pass(app: Any, content: Path, panels: list[int]) -> dict[str, Any]:
    ui, clock, providers = _build(app, content)
    _show(app, ui, clock, panels[0])  # warm-up: first decode, lazy imports
    first, shown_size = [], (0, 0)
    for panel in panels[1:]:
        elapsed, shown_size = _show(app, ui, clock, panel)
        first.append(elapsed)
    stats = dict(vars(providers[-1]._loader.stats))
    again = [_show(app, ui, clock, panel)[0] for panel in panels[1:]]
    ui.close()
    return {"first": first, "again": again, "size": shown_size, "stats": stats}


def measure(copies: int) -> dict[str, Any]:
    from kiosk.ui.qt_app import application

    app = application()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-images-") as tmp:
        content, panels = make_photo_pack(Path(tmp), copies + 1)
        cold = _pass(app, content, panels)
        restarted = subprocess.run(
            [sys.executable, "-m", "bench.images", "--cached-pass", str(content)],
            capture_output=True,
            text=True,
            check=True,
        )
        cached = json.loads(restarted.stdout.strip().splitlines()[-1])
        shown_size = tuple(cold["size"])
        photo = content / "photos" / "photo-0.jpg"
        baseline = [pillow_baseline(photo, shown_size) for _ in panels[1:]]
        no_draft = [pillow_baseline(photo, shown_size, draft=False) for _ in range(2)]
    cold_s, cached_s, base_s = summary(cold["first"]), summary(cached["first"]), summary(baseline)
    return {
        "source": f"{SOURCE_SIZE[0]}x{SOURCE_SIZE[1]} JPEG",
        "shown_size": list(shown_size),
        "cold": cold_s,
        "cached": cached_s,
        "revisit": summary(cold["again"] + cached["again"]),
        "pillow_draft_resize": base_s,
        "pillow_resize_without_draft": summary(no_draft),
        "cold_ratio": ratio(cold_s["median_ms"], base_s["median_ms"]),
        "cached_ratio": ratio(cached_s["median_ms"], base_s["median_ms"]),
        "loader_stats_cold_pass": cold["stats"],
        "loader_stats_cached_pass": cached["stats"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=8)
    parser.add_argument("--cached-pass", metavar="CONTENT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cached_pass:  # the second process: same disk cache, nothing in memory
        from kiosk.ui.qt_app import application

        content = Path(args.cached_pass)
        copies = len(list((content / "photos").glob("photo-*.jpg")))
        result = _pass(application(), content, [STRIDE * n for n in range(copies)])
        print(json.dumps(result), flush=True)
        return
    emit(measure(args.copies))


if __name__ == "__main__":
    main()
