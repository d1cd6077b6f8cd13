"""Country outlines from the bundled Natural Earth TopoJSON, projected for a region.

Pure Python so the validator can check country names and the map renderer can draw them
without Qt. The file is read once per process.
"""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kiosk.paths import assets_dir

Ring = list[tuple[float, float]]  # (longitude, latitude)

# Longitude and latitude bounds of each map region.
REGIONS: dict[str, tuple[float, float, float, float]] = {
    "europe": (-11.0, 34.0, 50.0, 71.0),
    "eurasia": (-12.0, 8.0, 150.0, 75.0),
    "world": (-170.0, -58.0, 190.0, 84.0),
}


# Historical states of 1939–1991 as the modern countries that cover the same ground. The
# match is approximate (borders moved), which is why map panels carry a note on borders.
HISTORICAL_STATES: dict[str, tuple[str, ...]] = {
    "Soviet Union": (
        "Russia",
        "Ukraine",
        "Belarus",
        "Estonia",
        "Latvia",
        "Lithuania",
        "Moldova",
        "Georgia",
        "Armenia",
        "Azerbaijan",
        "Kazakhstan",
        "Uzbekistan",
        "Turkmenistan",
        "Kyrgyzstan",
        "Tajikistan",
    ),
    "Yugoslavia": (
        "Slovenia",
        "Croatia",
        "Bosnia and Herz.",
        "Serbia",
        "Montenegro",
        "Kosovo",
        "Macedonia",
    ),
    "Czechoslovakia": ("Czechia", "Slovakia"),
}


def expand(names: list[str]) -> list[str]:
    """Modern country names for a list that may include historical states."""
    result: list[str] = []
    for name in names:
        result.extend(HISTORICAL_STATES.get(name, (name,)))
    return result


@dataclass(frozen=True)
class Country:
    name: str
    polygons: tuple[tuple[Ring, ...], ...]  # each polygon: outer ring, then holes

    def label_point(self) -> tuple[float, float]:
        """Where to put the country's name: the centroid of its largest polygon.

        The centroid, not the centre of the bounding box: for a country with a long coast
        or a bent shape (Albania, Croatia) the box's centre lies over a neighbour.
        """
        return _centroid(self.largest_ring())

    def largest_ring(self) -> Ring:
        return max((p[0] for p in self.polygons), key=_ring_area)


def label_point_of(parts: list[Country]) -> tuple[float, float]:
    """A label point for several countries together (a historical state such as
    Czechoslovakia): the area-weighted centroid of their largest polygons."""
    rings = [part.largest_ring() for part in parts]
    weights = [_ring_area(ring) for ring in rings]
    total = sum(weights) or 1.0
    points = [_centroid(ring) for ring in rings]
    return (
        sum(w * x for w, (x, _) in zip(weights, points, strict=True)) / total,
        sum(w * y for w, (_, y) in zip(weights, points, strict=True)) / total,
    )


def _ring_area(ring: Ring) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(ring)))


def _centroid(ring: Ring) -> tuple[float, float]:
    """The centroid of a closed ring (the shoelace formula); its mean point if degenerate."""
    twice_area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in itertools.pairwise(ring):
        cross = x1 * y2 - x2 * y1
        twice_area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if abs(twice_area) < 1e-12:
        return sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)
    return cx / (3 * twice_area), cy / (3 * twice_area)


def _decode_arcs(topology: dict) -> list[Ring]:
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[Ring]) -> Ring:
    ring: Ring = []
    for index in indexes:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points if not ring else points[1:])
    return _unwrap(ring)


def _unwrap(ring: Ring) -> Ring:
    """Keep longitudes continuous where a ring crosses the 180th meridian (eastern Russia)."""
    unwrapped: Ring = []
    offset = 0.0
    previous = None
    for lon, lat in ring:
        if previous is not None:
            if lon + offset - previous > 180:
                offset -= 360
            elif previous - (lon + offset) > 180:
                offset += 360
        previous = lon + offset
        unwrapped.append((previous, lat))
    return unwrapped


def _outlines_file() -> Path:
    return assets_dir() / "maps" / "countries-50m.json"


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """The names of the bundled outlines, without decoding a single border.

    The validator only needs the names, and decoding every outline of the world costs a
    tenth of a second on each start of the kiosk.
    """
    topology = json.loads(_outlines_file().read_text())
    return frozenset(
        name
        for geometry in topology["objects"]["countries"]["geometries"]
        if (name := geometry.get("properties", {}).get("name"))
        and geometry["type"] in {"Polygon", "MultiPolygon"}
    )


@lru_cache(maxsize=1)
def countries(path: Path | None = None) -> dict[str, Country]:
    """Every country in the bundled outlines, by its Natural Earth name."""
    topology = json.loads((path or _outlines_file()).read_text())
    arcs = _decode_arcs(topology)
    found: dict[str, Country] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name")
        if not name or geometry["type"] not in {"Polygon", "MultiPolygon"}:
            continue
        parts = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        polygons = tuple(tuple(_ring(r, arcs) for r in polygon) for polygon in parts)
        found[name] = Country(name, polygons)
    return found


@dataclass(frozen=True)
class Projection:
    """Equirectangular, squeezed by the cosine of the region's middle latitude."""

    west: float
    south: float
    east: float
    north: float

    @classmethod
    def for_region(cls, region: str) -> Projection:
        return cls(*REGIONS[region])

    @property
    def aspect(self) -> float:
        """Width over height of the region as drawn."""
        squeeze = math.cos(math.radians((self.south + self.north) / 2))
        return (self.east - self.west) * squeeze / (self.north - self.south)

    def to_unit(self, lon: float, lat: float) -> tuple[float, float]:
        """(0, 0) is the region's top-left corner, (1, 1) its bottom-right."""
        if lon < self.west - 180:
            lon += 360
        return (
            (lon - self.west) / (self.east - self.west),
            (self.north - lat) / (self.north - self.south),
        )
