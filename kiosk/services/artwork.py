"""Original abstract cover artwork: slanted bands of colour on a dark ground.

Abstract on purpose: nothing in it may pass for a historical photograph, and Soviet
iconography is never used as decoration. The same pack id and accent always give the same
image, so covers can be regenerated at any time.
"""

from __future__ import annotations

import hashlib
import random

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 1600, 900
GROUND = (22, 22, 26)


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    digits = hex_colour.lstrip("#")
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def make_cover(pack_id: str, accent: str) -> Image.Image:
    """Draw one cover; the same id and accent always give the same image."""
    seed = int(hashlib.sha256(pack_id.encode()).hexdigest()[:8], 16)
    rng = random.Random(seed)
    colour = _rgb(accent)
    image = Image.new("RGB", (WIDTH, HEIGHT), GROUND)
    draw = ImageDraw.Draw(image)
    slant = rng.uniform(0.35, 0.7) * HEIGHT
    x = -slant
    while x < WIDTH + slant:
        band = rng.uniform(40, 220)
        shade = _mix(GROUND, colour, rng.choice([0.12, 0.2, 0.3, 0.45, 0.7]))
        draw.polygon(
            [(x, HEIGHT), (x + band, HEIGHT), (x + band + slant, 0), (x + slant, 0)], fill=shade
        )
        x += band + rng.uniform(10, 90)
    image = image.filter(ImageFilter.GaussianBlur(2))
    shade = Image.linear_gradient("L").rotate(90).resize((WIDTH, HEIGHT))
    dark = Image.new("RGB", (WIDTH, HEIGHT), GROUND)
    return Image.composite(image, dark, shade.point(lambda v: 60 + v * 0.75))
