"""Content scaling: validate-and-load time against the number of panels and of images.

A content folder of N generated text panels is loaded with ``kiosk.content.loader.load_content``
(what ``kiosk run`` and ``kiosk validate`` do: YAML with positions, pydantic, whole-pack checks,
image checks). The loader's hardening limits cap one ``pack.yaml`` at 20,000 YAML values and
300,000 characters of text, about 1,000 short panels, so panels are split into packs of at most
:data:`PANELS_PER_PACK` (the bundled packs have about 10). Cost per panel should stay flat.

Then the start-up that matters to images: a child builds the kiosk UI over a folder with 1,000
images and over one with 10, and reports time to the first frame of the home screen and resident
memory. Neither should grow with images nobody has looked at yet.
"""

from __future__ import annotations

import argparse
import gc
import tempfile
import time
from pathlib import Path

from bench.common import emit, summary
from bench.packs import make_pack

PANELS_PER_PACK = 100


def make_content(folder: Path, panels: int, images: int = 0, image_size=(2400, 1600)) -> Path:
    """A content folder of ``panels`` panels in packs of at most PANELS_PER_PACK, the first
    ``images`` panels with their own image."""
    folder.mkdir(parents=True, exist_ok=True)
    left_panels, left_images, number = panels, images, 0
    while left_panels > 0:
        count = min(PANELS_PER_PACK, left_panels)
        with_images = min(count, left_images)
        make_pack(folder, f"gen-{number:03d}", count, with_images, image_size, png_every=10)
        left_panels -= count
        left_images -= with_images
        number += 1
    return folder


def time_load(folder: Path, repeats: int) -> dict[str, float]:
    """Median and p95 of ``load_content`` over the folder (every pack must be valid)."""
    from kiosk.content.loader import load_content

    samples = []
    for _ in range(repeats):
        gc.collect()
        started = time.perf_counter()
        result = load_content(folder)
        samples.append((time.perf_counter() - started) * 1000)
        if not result.ok:
            bad = [str(p) for r in result.packs for p in r.errors][:3]
            raise RuntimeError(f"generated content did not validate: {bad}")
    return summary(samples)


def measure(sizes: list[int], images: int, repeats: int) -> dict[str, object]:
    from bench.common import run_measure

    rows: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-scale-") as tmp:
        root = Path(tmp)
        load_content_warm(root)
        for size in sizes:
            folder = make_content(root / f"panels-{size}", size)
            stats = time_load(folder, repeats if size <= 1000 else max(3, repeats // 2))
            rows[str(size)] = {
                **stats,
                "s": round(stats["median_ms"] / 1000, 3),
                "us_per_panel": round(stats["median_ms"] * 1000 / size, 1),
            }
        many = make_content(root / f"images-{images}", images, images)
        few = make_content(root / "images-10", images, 10)
        image_stats = time_load(many, max(3, repeats // 2))
        few_stats = time_load(few, max(3, repeats // 2))
        # As the kiosk starts: the first start checks every image and remembers those that
        # passed; later starts decode only images that changed.
        memo_many, memo_few = root / "memo-many.json", root / "memo-few.json"
        first_many = run_measure(
            "start_probe", ["--content", str(many), "--image-memo", str(memo_many)]
        )
        start_many = run_measure(
            "start_probe", ["--content", str(many), "--image-memo", str(memo_many)]
        )
        run_measure("start_probe", ["--content", str(few), "--image-memo", str(memo_few)])
        start_few = run_measure(
            "start_probe", ["--content", str(few), "--image-memo", str(memo_few)]
        )
    return {
        "panels": rows,
        "panels_per_pack": PANELS_PER_PACK,
        f"load_{images}_images": {
            **image_stats,
            "us_per_image": round(
                (image_stats["median_ms"] - few_stats["median_ms"]) * 1000 / images, 1
            ),
        },
        f"load_{images}_panels_10_images": few_stats,
        "first_start_with_images": {"images": images, **first_many},
        "start_with_images": {"images": images, **start_many},
        "start_with_10_images": {"images": 10, **start_few},
    }


def load_content_warm(root: Path) -> None:
    """Import and warm every lazily built table (country names, markdown parser) first."""
    folder = make_content(root / "warm", 10, 2)
    time_load(folder, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000,5000")
    parser.add_argument("--images", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    sizes = [int(part) for part in args.sizes.split(",")]
    emit(measure(sizes, args.images, args.repeats))


if __name__ == "__main__":
    main()
