"""``kiosk screenshot`` waits for the images a screen shows, and usage errors are quiet."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageStat

FIXTURES = Path(__file__).parent / "fixtures" / "content"


def run_screenshot(tmp_path: Path, content: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "user-cache"))  # no cached decodes
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "screenshot", "--content", str(content), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def slow_cover(path: Path) -> None:
    """A large, hard-to-compress cover: seconds to decode, so an early grab misses it."""
    rng = random.Random(7)
    small = Image.new("RGB", (480, 270))
    small.putdata([(rng.randrange(90, 256), rng.randrange(60, 200), 40) for _ in range(480 * 270)])
    big = small.resize((3840, 2160), Image.Resampling.BICUBIC)
    noise = Image.effect_noise((3840, 2160), 60).convert("RGB")
    Image.blend(big, noise, 0.3).save(path, compress_level=9)


def test_attract_screenshot_waits_for_the_cover(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES, content)
    for pack in ("alpha", "beta"):
        slow_cover(content / pack / "cover.png")
    out = tmp_path / "attract.png"
    completed = run_screenshot(tmp_path, content, "--screen", "attract", "--out", str(out))
    assert completed.returncode == 0, completed.stderr
    assert "QML" not in completed.stderr, completed.stderr
    image = Image.open(out).convert("RGB")
    top = image.crop((0, 0, 1920, 450))  # above the title: nothing but the cover
    assert len(top.getcolors(maxcolors=1 << 20) or []) > 200, "the cover is missing"
    assert max(ImageStat.Stat(top).stddev) > 5, "the top of the attract screen is flat"
