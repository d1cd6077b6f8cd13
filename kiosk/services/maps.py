"""Draw a map region with highlighted countries, as an image without any text on it.

Labels and the legend are drawn by QML on top, so text stays text (readable by screen
readers, sharp at any size, translated with the rest of the screen).
"""

from __future__ import annotations

from collections.abc import Iterable

from PIL import Image, ImageDraw

from kiosk.content.geo import Projection, countries

LAND = (58, 58, 66)
BORDER = (22, 22, 26)
SEA = (22, 22, 26)
SUPERSAMPLE = 2


def _rgb(colour: str) -> tuple[int, int, int]:
    digits = colour.lstrip("#")
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def render_map(
    region: str, highlights: dict[str, str], width: int, sea: str | None = None
) -> Image.Image:
    """The region ``width`` pixels wide; ``highlights`` maps country name to ``#RRGGBB``."""
    projection = Projection.for_region(region)
    height = max(1, round(width / projection.aspect))
    big = (width * SUPERSAMPLE, height * SUPERSAMPLE)
    image = Image.new("RGB", big, _rgb(sea) if sea else SEA)
    draw = ImageDraw.Draw(image)
    outline = max(1, SUPERSAMPLE)
    for name, country in countries().items():
        fill = _rgb(highlights[name]) if name in highlights else LAND
        for polygon in country.polygons:
            for ring_index, ring in enumerate(polygon):
                points = list(_project(ring, projection, big))
                if len(points) < 3:
                    continue
                colour = fill if ring_index == 0 else (_rgb(sea) if sea else SEA)
                draw.polygon(points, fill=colour, outline=BORDER, width=outline)
    return image.resize((width, height), Image.Resampling.LANCZOS)


def _project(
    ring: Iterable[tuple[float, float]], projection: Projection, size: tuple[int, int]
) -> Iterable[tuple[float, float]]:
    w, h = size
    for lon, lat in ring:
        x, y = projection.to_unit(lon, lat)
        yield x * w, y * h
