"""Decode pack images with Pillow, safely and no larger than the screen needs.

Decoding happens here rather than in Qt so that EXIF orientation is honoured, JPEGs are
decoded at reduced size (``draft``) and Pillow's decompression-bomb limits apply.

Two caches keep a decoded image from being decoded again:

* an in-memory LRU of the last few images (what the screen is likely to ask for again);
* a persistent disk cache of downscaled decodes (``~/.cache/kiosk/images``, or
  ``$XDG_CACHE_HOME/kiosk/images``), so a photograph of many megapixels is decoded once per
  file version and size, not once per start or per visit. An entry is keyed by the file's
  path, size and modification time and by the size asked for; it is raw pixels behind a small
  header with a checksum, written atomically and evicted oldest-first when the folder grows
  past its bound. An entry that cannot be read or does not check out is deleted and the image
  is decoded again: a broken cache costs time, never a crash.
"""

from __future__ import annotations

import contextlib
import logging
import os
import struct
import tempfile
import threading
import time
import warnings
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Pillow is imported when an image is decoded, not when the kiosk starts
    from PIL import Image

log = logging.getLogger(__name__)

MAX_EDGE = 3840
PLACEHOLDER_COLOUR = (44, 44, 50)
DISK_CACHE_BYTES = 512 * 1024 * 1024
# Sources smaller than this decode about as fast as their cache entry would be read back.
DISK_MIN_SOURCE_PIXELS = 1_000_000
RESAMPLE = "LANCZOS"  # a name in PIL.Image.Resampling

# EXIF orientation -> the transpose that shows the image upright (as ImageOps.exif_transpose),
# by its name in PIL.Image.Transpose.
_ORIENTATION = 0x0112
_TRANSPOSE = {
    2: "FLIP_LEFT_RIGHT",
    3: "ROTATE_180",
    4: "FLIP_TOP_BOTTOM",
    5: "TRANSPOSE",
    6: "ROTATE_270",
    7: "TRANSVERSE",
    8: "ROTATE_90",
}
_SWAPS_AXES = frozenset({5, 6, 7, 8})

# Disk entry: magic, format version, mode, width, height, CRC-32 of the pixels; then pixels.
_MAGIC = b"KIMG"
_ENTRY_VERSION = 1
_HEADER = struct.Struct("<4sBBIII")
_MODES = {1: "RGB", 2: "RGBA"}
_MODE_CODES = {mode: code for code, mode in _MODES.items()}
_SUFFIX = ".img"
_TEMP_PREFIX = ".tmp-"
_STALE_TEMP_SECONDS = 3600.0

MemoryKey = tuple[Path, int, int, int, int]


def default_cache_dir() -> Path | None:
    """``$XDG_CACHE_HOME/kiosk/images``, else ``~/.cache/kiosk/images`` (None if no home)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if base and os.path.isabs(base):
        return Path(base) / "kiosk" / "images"
    try:
        return Path.home() / ".cache" / "kiosk" / "images"
    except RuntimeError:  # no HOME and no password entry: run without a disk cache
        return None


@dataclass
class CacheStats:
    """What the caches did, for tests and the benchmark (no timing involved)."""

    memory_hits: int = 0
    disk_hits: int = 0
    decodes: int = 0
    disk_writes: int = 0
    disk_errors: int = 0
    evictions: int = 0


@dataclass(frozen=True)
class Pixels:
    """An image read back from the disk cache: 8-bit RGB or RGBA rows, without Pillow.

    A kiosk that starts on unchanged content finds its pack covers here; the home screen's
    first frame then needs no Pillow at all (importing it costs about 15 ms of a start).
    It offers what :func:`kiosk.ui.image_provider.to_qimage` reads from a Pillow image.
    """

    mode: str
    width: int
    height: int
    data: bytes | memoryview

    @property
    def size(self) -> tuple[int, int]:
        return self.width, self.height

    def tobytes(self) -> bytes | memoryview:
        return self.data

    def to_image(self) -> Image.Image:
        """The same pixels as a Pillow image."""
        from PIL import Image

        return Image.frombytes(self.mode, self.size, self.data)


def fitted_size(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """``size`` scaled down (never up) to fit inside ``box``, keeping its aspect ratio."""
    width, height = size
    scale = min(box[0] / width, box[1] / height, 1.0)
    return max(1, round(width * scale)), max(1, round(height * scale))


class DiskCache:
    """Downscaled decodes on disk, bounded in total size, safe against broken entries."""

    def __init__(self, folder: Path, max_bytes: int, stats: CacheStats) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self._stats = stats
        self._lock = threading.Lock()
        self._total: int | None = None  # bytes in the folder, as far as this process knows

    @staticmethod
    def key(path: Path, info: os.stat_result, width: int, height: int) -> str:
        """The entry name for ``path`` (this size and modification time) fitted in a box."""
        material = "\0".join(
            (
                os.path.abspath(path),
                str(info.st_size),
                str(info.st_mtime_ns),
                f"{width}x{height}",
                str(_ENTRY_VERSION),
            )
        )
        import hashlib  # on the first image, after the first frame: not on the start path

        return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()[:40]

    def _entry(self, key: str) -> Path:
        return self.folder / f"{key}{_SUFFIX}"

    def get(self, key: str) -> Pixels | None:
        """The cached image, or None if there is none or it does not check out."""
        entry = self._entry(key)
        try:
            with open(entry, "rb") as handle:
                data = handle.read()
        except FileNotFoundError:
            return None
        except OSError as error:
            self._reject(entry, f"unreadable: {error}")
            return None
        image = self._parse(data)
        if image is None:
            self._reject(entry, "damaged")
            return None
        with contextlib.suppress(OSError):
            os.utime(entry)  # recently used: evicted last
        self._stats.disk_hits += 1
        return image

    @staticmethod
    def _parse(data: bytes) -> Pixels | None:
        if len(data) < _HEADER.size:
            return None
        magic, version, mode_code, width, height, crc = _HEADER.unpack_from(data)
        mode = _MODES.get(mode_code)
        if magic != _MAGIC or version != _ENTRY_VERSION or mode is None:
            return None
        if not (0 < width <= MAX_EDGE and 0 < height <= MAX_EDGE):
            return None
        pixels = memoryview(data)[_HEADER.size :]
        if len(pixels) != width * height * len(mode) or zlib.crc32(pixels) != crc:
            return None
        return Pixels(mode, width, height, pixels)  # a view of the file's bytes: no copy

    def _reject(self, entry: Path, reason: str) -> None:
        self._stats.disk_errors += 1
        log.warning("image cache entry %s %s; decoding the image again", entry.name, reason)
        with contextlib.suppress(OSError):
            entry.unlink()

    def put(self, key: str, image: Image.Image) -> None:
        """Store ``image`` atomically, then evict the oldest entries beyond the bound."""
        mode_code = _MODE_CODES.get(image.mode)
        if mode_code is None:
            return
        pixels = image.tobytes()
        header = _HEADER.pack(
            _MAGIC, _ENTRY_VERSION, mode_code, image.width, image.height, zlib.crc32(pixels)
        )
        size = len(header) + len(pixels)
        if size > self.max_bytes:
            return
        temp = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=_SUFFIX, dir=self.folder)
            with os.fdopen(fd, "wb") as handle:
                handle.write(header)
                handle.write(pixels)
            os.replace(temp, self._entry(key))
            temp = None
        except OSError as error:
            self._stats.disk_errors += 1
            log.warning("image cache not written (%s); images are still shown", error)
            return
        finally:
            if temp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
        self._stats.disk_writes += 1
        with self._lock:
            if self._total is not None:
                self._total += size
            if self._total is None or self._total > self.max_bytes:
                self._total = self._evict()

    def _evict(self) -> int:
        """Delete the least recently used entries until the folder fits; return its size."""
        entries: list[tuple[float, int, str]] = []
        now = time.time()
        try:
            with os.scandir(self.folder) as found:
                for item in found:
                    try:
                        info = item.stat(follow_symlinks=False)
                    except OSError:
                        continue
                    if item.name.startswith(_TEMP_PREFIX):
                        if now - info.st_mtime > _STALE_TEMP_SECONDS:  # left by a crash
                            with contextlib.suppress(OSError):
                                os.unlink(item.path)
                        continue
                    if item.name.endswith(_SUFFIX) and item.is_file(follow_symlinks=False):
                        entries.append((info.st_mtime, info.st_size, item.path))
        except OSError:
            return 0
        total = sum(size for _, size, _ in entries)
        for _, size, path in sorted(entries):
            if total <= self.max_bytes:
                break
            with contextlib.suppress(OSError):
                os.unlink(path)
                self._stats.evictions += 1
            total -= size
        return total


class ImageLoader:
    """Loads images to at most a requested size, through an in-memory LRU and a disk cache.

    ``cache_dir`` is where downscaled decodes are kept (default: :func:`default_cache_dir`);
    ``disk_cache_bytes`` bounds that folder (0 turns the disk cache off). Only sources of at
    least ``disk_min_pixels`` pixels are written to disk: smaller ones decode about as fast.
    """

    def __init__(
        self,
        cache_entries: int = 24,
        *,
        cache_dir: Path | None = None,
        disk_cache_bytes: int = DISK_CACHE_BYTES,
        disk_min_pixels: int = DISK_MIN_SOURCE_PIXELS,
    ) -> None:
        self._cache: OrderedDict[MemoryKey, Image.Image | Pixels] = OrderedDict()
        self._cache_entries = cache_entries
        self._lock = threading.Lock()
        self.stats = CacheStats()
        folder = cache_dir if cache_dir is not None else default_cache_dir()
        self._disk = (
            DiskCache(folder, disk_cache_bytes, self.stats)
            if folder is not None and disk_cache_bytes > 0
            else None
        )
        self._disk_min_pixels = disk_min_pixels

    @property
    def cache_dir(self) -> Path | None:
        """The disk cache's folder, or None when there is no disk cache."""
        return self._disk.folder if self._disk is not None else None

    def load(self, path: Path, width: int, height: int) -> Image.Image:
        """The image at ``path`` fitted inside ``width`` x ``height`` (0 means no limit)."""
        image = self.load_pixels(path, width, height)
        return image.to_image() if isinstance(image, Pixels) else image

    def load_pixels(self, path: Path, width: int, height: int) -> Image.Image | Pixels:
        """As :meth:`load`, but an image found in the disk cache comes back as
        :class:`Pixels`, so that showing it needs no Pillow."""
        width = min(width or MAX_EDGE, MAX_EDGE)
        height = min(height or MAX_EDGE, MAX_EDGE)
        info = path.stat()
        key = (path, width, height, info.st_mtime_ns, info.st_size)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                self.stats.memory_hits += 1
                return cached
        disk_key = DiskCache.key(path, info, width, height) if self._disk else ""
        image: Image.Image | Pixels | None = self._disk.get(disk_key) if self._disk else None
        if image is None:
            image, source_pixels = self._decode(path, width, height)
            self.stats.decodes += 1
            if self._disk is not None and source_pixels >= self._disk_min_pixels:
                self._disk.put(disk_key, image)
        with self._lock:
            self._cache[key] = image
            while len(self._cache) > self._cache_entries:
                self._cache.popitem(last=False)
        return image

    @staticmethod
    def _decode(path: Path, width: int, height: int) -> tuple[Image.Image, int]:
        """Decode ``path`` upright and fitted in the box; also return the source's pixels.

        The JPEG decoder is asked for the smallest scale that still covers the final size
        (worked out after orientation), and the image is turned upright only once it is small.
        """
        from PIL import Image

        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as source:
                source_pixels = source.width * source.height
                orientation = source.getexif().get(_ORIENTATION, 1)
                swap = orientation in _SWAPS_AXES
                upright = (source.height, source.width) if swap else source.size
                target = fitted_size(upright, (width, height))
                stored = (target[1], target[0]) if swap else target
                source.draft("RGB", stored)
                image = _eight_bit(source)
                if image.size != stored:
                    resample = Image.Resampling[RESAMPLE]
                    image = image.resize(stored, resample, reducing_gap=2.0)
                transpose = _TRANSPOSE.get(orientation)
                if transpose is not None:
                    image = image.transpose(Image.Transpose[transpose])
                mode = "RGBA" if image.mode in {"RGBA", "LA", "P", "PA"} else "RGB"
                if image.mode != mode or image is source:
                    image = image.convert(mode)  # also leaves the file's own object behind
                return image, source_pixels

    @staticmethod
    def placeholder(width: int, height: int) -> Image.Image:
        """A neutral grey block shown instead of an image that cannot be decoded."""
        from PIL import Image

        return Image.new("RGB", (max(width, 16), max(height, 9)), PLACEHOLDER_COLOUR)


_SIXTEEN_BIT_GREY = frozenset({"I;16", "I;16B", "I;16L", "I;16N", "I"})


def _eight_bit(image: Image.Image) -> Image.Image:
    """16-bit greyscale scaled to 8 bits: a plain ``convert("RGB")`` clips every value above
    255, so mid-grey (32768 of 65535) would show as white."""
    if image.mode not in _SIXTEEN_BIT_GREY:
        return image
    return image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
