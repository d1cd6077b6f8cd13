"""``kiosk screenshot`` renders real screens, not blank or error pages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from kiosk.content.loader import load_content

FIXTURES = Path(__file__).parent / "fixtures" / "content"
BUNDLED = Path(__file__).parent.parent / "content"
BACKGROUND = (0x16, 0x16, 0x1A)


def shoot(tmp_path: Path, *args: str, content: Path = FIXTURES) -> Image.Image:
    out = tmp_path / "shot.png"
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk",
            "screenshot",
            "--content",
            str(content),
            "--out",
            str(out),
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert "QML" not in completed.stderr, completed.stderr
    return Image.open(out).convert("RGB")


def hex_rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def colour_count(image: Image.Image) -> int:
    return len(image.getcolors(maxcolors=1 << 20) or [])


def has_colour(image: Image.Image, colour: tuple[int, int, int], at_least: int = 500) -> bool:
    counts = {rgb: n for n, rgb in image.getcolors(maxcolors=1 << 20) or []}
    return counts.get(colour, 0) >= at_least


def test_home_screen_shows_a_tile_per_pack(tmp_path):
    image = shoot(tmp_path)
    assert image.size == (1920, 1080)
    assert image.getpixel((5, 5)) == BACKGROUND
    assert colour_count(image) > 500  # covers, type and gradients, not a flat error page
    for accent in ("#D08C4A", "#5C9BD1"):  # each tile's accent bar
        assert has_colour(image, hex_rgb(accent)), accent


def test_panel_screen_shows_text_image_and_way_to_sources(tmp_path):
    image = shoot(tmp_path, "--screen", "panel", "--pack", "alpha", "--panel", "first")
    assert colour_count(image) > 500
    # The Sources button is outlined in the pack's accent; the position dot is filled with it.
    assert has_colour(image, hex_rgb("#D08C4A"), at_least=300)


def test_sources_screen_dims_the_panel_under_the_sheet(tmp_path):
    panel = shoot(tmp_path, "--screen", "panel", "--pack", "alpha")
    sheet = shoot(tmp_path, "--screen", "sources", "--pack", "alpha")
    top_panel = panel.crop((0, 0, 1920, 300))
    top_sheet = sheet.crop((0, 0, 1920, 300))
    brightness = [ImageStat.Stat(img.convert("L")).mean[0] for img in (top_panel, top_sheet)]
    assert brightness[1] < brightness[0] * 0.7, brightness
    assert sheet.getpixel((960, 900)) == (0x20, 0x20, 0x26)  # the sheet's surface


def test_portrait_layout_renders(tmp_path):
    image = shoot(tmp_path, "--size", "1080x1920")
    assert image.size == (1080, 1920)
    assert has_colour(image, hex_rgb("#5C9BD1"))


def test_unknown_pack_is_a_usage_error(tmp_path):
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk",
            "screenshot",
            "--content",
            str(FIXTURES),
            "--out",
            str(tmp_path / "x.png"),
            "--screen",
            "pack",
            "--pack",
            "nope",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 2
    assert "no pack 'nope'" in completed.stderr


@pytest.mark.skipif(not (BUNDLED / "exhibit.yaml").exists(), reason="exhibit not written yet")
def test_bundled_exhibit_home_screen_has_every_pack(tmp_path):
    result = load_content(BUNDLED)
    assert result.ok
    image = shoot(tmp_path, content=BUNDLED)
    for pack in result.shown_packs():
        assert has_colour(image, hex_rgb(pack.accent)), pack.id
