"""Decode pack images with Pillow, safely and no larger than the screen needs.

Decoding happens here rather than in Qt so that EXIF orientation is honoured, JPEGs are
decoded at reduced size (``draft``) and Pillow's decompression-bomb limits apply.
"""

from __future__ import annotations

import warnings
from collections import OrderedDict
from pathlib import Path

from PIL import Image, ImageOps

MAX_EDGE = 3840
PLACEHOLDER_COLOUR = (44, 44, 50)


class ImageLoader:
    """Loads images to at most a requested size, keeping a small in-memory LRU cache."""

    def __init__(self, cache_entries: int = 24) -> None:
        self._cache: OrderedDict[tuple[Path, int, int, float], Image.Image] = OrderedDict()
        self._cache_entries = cache_entries

    def load(self, path: Path, width: int, height: int) -> Image.Image:
        """The image at ``path`` fitted inside ``width`` x ``height`` (0 means no limit)."""
        width = min(width or MAX_EDGE, MAX_EDGE)
        height = min(height or MAX_EDGE, MAX_EDGE)
        key = (path, width, height, path.stat().st_mtime)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        image = self._decode(path, width, height)
        self._cache[key] = image
        while len(self._cache) > self._cache_entries:
            self._cache.popitem(last=False)
        return image

    @staticmethod
    def _decode(path: Path, width: int, height: int) -> Image.Image:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as source:
                source.draft("RGB", (width, height))
                image = ImageOps.exif_transpose(source)
                image.thumbnail((width, height), Image.Resampling.LANCZOS)
                mode = "RGBA" if image.mode in {"RGBA", "LA", "P"} else "RGB"
                return image.convert(mode)

    @staticmethod
    def placeholder(width: int, height: int) -> Image.Image:
        """A neutral grey block shown instead of an image that cannot be decoded."""
        return Image.new("RGB", (max(width, 16), max(height, 9)), PLACEHOLDER_COLOUR)
