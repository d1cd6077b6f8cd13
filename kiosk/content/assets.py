"""Resolve files a pack refers to, refusing anything that would read outside the pack folder.

Every file is opened the same careful way (:func:`open_regular`): without blocking, then checked
to be a regular file, so a FIFO named ``cover.png`` cannot hang the validator and a device cannot
be read. Images are decoded once here, the way the kiosk will decode them, so that a truncated
JPEG is an error at validation time rather than a grey placeholder in front of visitors.
"""

from __future__ import annotations

import os
import stat
import warnings
from itertools import islice
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import BinaryIO

from PIL import Image, UnidentifiedImageError

from kiosk.content.problems import shorten

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp"})
IMAGE_FORMATS = frozenset({"PNG", "JPEG", "WEBP"})
_SUFFIX_FORMAT = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WEBP"}
MAX_IMAGE_BYTES = 64 * 1024 * 1024
MAX_IMAGE_SIDE = 20_000
# Pillow's own decompression-bomb threshold, which the kiosk's decoder also enforces; fixed here
# so that a change to Pillow's global cannot widen what the validator accepts.
MAX_IMAGE_PIXELS = 89_478_485
# The kiosk decodes JPEGs at reduced size for screens up to 4K (kiosk/services/images.py).
DECODE_EDGE = 3840
# Modes Pillow converts faithfully to RGB/RGBA. 16-bit and float greyscale ("I;16", "I", "F")
# are clipped to white by a plain ``convert("RGB")``, so they are refused.
SHOWN_MODES = frozenset(
    {"1", "L", "LA", "La", "P", "PA", "RGB", "RGBA", "RGBa", "RGBX", "CMYK", "YCbCr"}
)
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


class AssetProblem(ValueError):
    """A file reference that cannot be used; the message says why and what to do."""


def _quoted(relative: str) -> str:
    return repr(shorten(relative, 80))


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def open_regular(path: Path, shown: str) -> BinaryIO:
    """Open ``path`` for reading only if it is a regular file, without ever blocking.

    ``O_NONBLOCK`` makes opening a FIFO return at once instead of waiting for a writer; the
    ``fstat`` on the open descriptor then refuses anything but a regular file, with no window
    in which the name could be swapped for something else.
    """
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except IsADirectoryError:
        raise AssetProblem(f"{shown} is a folder, not a file") from None
    except FileNotFoundError:
        raise AssetProblem(f"{shown} does not exist") from None
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise AssetProblem(f"cannot read {shown} ({reason})") from None
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise AssetProblem(f"{shown} is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise AssetProblem(f"{shown} is {_special_kind(mode)}, not a file; replace it")
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def resolve_inside(pack_dir: Path, relative: str) -> Path:
    """Return the real path of ``relative`` inside ``pack_dir``, or raise :class:`AssetProblem`.

    The check is made on the fully resolved path, so a symbolic link that leads out of the
    pack is refused just like ``../`` or an absolute path. Names the operating system cannot
    follow (a NUL character, a link loop, a name too long) are refused too, never raised.
    """
    shown = _quoted(relative)
    if "\x00" in relative:
        raise AssetProblem(f"{shown} contains a NUL character; write the file's name")
    if "\\" in relative or PureWindowsPath(relative).drive or PurePosixPath(relative).is_absolute():
        raise AssetProblem(
            f"{shown} is not a relative path; write the file's path inside the pack "
            "folder with '/' separators, e.g. images/cover.png"
        )
    if ".." in PurePosixPath(relative).parts:
        raise AssetProblem(f"{shown} leaves the pack folder; keep images inside the pack")
    try:
        root = pack_dir.resolve()
        candidate = (pack_dir / relative).resolve()
    except (OSError, RuntimeError) as error:  # RuntimeError: a symlink loop (Python < 3.13)
        reason = getattr(error, "strerror", None) or "a link that points to itself"
        raise AssetProblem(f"{shown} cannot be followed ({reason})") from None
    if not candidate.is_relative_to(root):
        raise AssetProblem(
            f"{shown} leads outside the pack folder (through a link); copy the file into "
            "the pack instead"
        )
    try:
        mode = candidate.stat().st_mode
    except FileNotFoundError:
        raise AssetProblem(
            f"image file {shown} does not exist in the pack{_siblings(candidate.parent)}"
        ) from None
    except OSError as error:
        raise AssetProblem(f"{shown} cannot be read ({error.strerror})") from None
    if stat.S_ISDIR(mode):
        raise AssetProblem(f"{shown} is a folder, not an image file")
    if not stat.S_ISREG(mode):
        raise AssetProblem(f"{shown} is {_special_kind(mode)}, not an image file; replace it")
    return candidate


def _siblings(folder: Path) -> str:
    """A hint naming a few files that do exist there (looking at no more than 500 entries)."""
    try:
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in islice(entries, 500) if e.is_file(follow_symlinks=False))
    except OSError:
        return ""
    return f" (files there: {', '.join(shorten(n, 60) for n in names[:8])})" if names else ""


def check_image(path: Path, shown_as: str) -> list[str]:
    """Make sure ``path`` is a PNG, JPEG or WebP image the kiosk can decode safely.

    Raises :class:`AssetProblem` for an image that cannot be shown; returns warnings (an
    animation of which only the first frame is shown, a name that does not match the format).
    """
    shown = _quoted(shown_as)
    suffix = path.suffix.lower()
    if suffix not in IMAGE_SUFFIXES:
        raise AssetProblem(f"{shown} is not a .png, .jpg or .webp file")
    with open_regular(path, shown) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size == 0:
            raise AssetProblem(f"{shown} is empty (0 bytes); copy the image again")
        if size > MAX_IMAGE_BYTES:
            raise AssetProblem(
                f"{shown} is {size / 1_048_576:.0f} MB; images may be at most "
                f"{MAX_IMAGE_BYTES // 1_048_576} MB (export it smaller)"
            )
        return _decode(handle, suffix, shown)


def _decode(handle: BinaryIO, suffix: str, shown: str) -> list[str]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow's remarks on odd files are not problems
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(handle) as image:
                notes = _check_header(image, suffix, shown)
                image.verify()  # chunk checksums; cheap, decodes nothing
            handle.seek(0)
            with Image.open(handle) as image:
                # A JPEG at 1/8 scale: every byte of the compressed data is still decoded, so
                # truncated and damaged files are found as at full size, for half the time.
                image.draft("RGB", (1, 1))
                image.load()  # what the kiosk does: finds truncated and damaged data
                image.getexif()  # the kiosk reads the orientation from it
            return notes
    except AssetProblem:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise AssetProblem(f"{shown} has too many pixels to decode safely; scale it down") from None
    except UnidentifiedImageError:
        raise AssetProblem(f"{shown} is not an image Pillow can read") from None
    except Exception as error:  # hostile files make Pillow raise all kinds of errors
        reason = shorten(str(error) or type(error).__name__, 100)
        raise AssetProblem(f"{shown} is damaged or truncated ({reason})") from None


def _check_header(image: Image.Image, suffix: str, shown: str) -> list[str]:
    if image.format not in IMAGE_FORMATS:
        raise AssetProblem(f"{shown} is a {image.format} image; save it as PNG, JPEG or WebP")
    width, height = image.size
    if max(width, height) > MAX_IMAGE_SIDE:
        raise AssetProblem(
            f"{shown} is {width}x{height} pixels; at most {MAX_IMAGE_SIDE} pixels a side "
            "(scale it down)"
        )
    if width * height > MAX_IMAGE_PIXELS:
        raise AssetProblem(f"{shown} has too many pixels to decode safely; scale it down")
    if image.mode not in SHOWN_MODES:
        raise AssetProblem(
            f"{shown} is an image in mode {image.mode} (16-bit or floating-point greyscale), "
            "which the kiosk cannot show faithfully; save it as an 8-bit image"
        )
    notes = []
    if getattr(image, "n_frames", 1) > 1:
        notes.append(f"{shown} is animated; the kiosk shows only its first frame")
    if _SUFFIX_FORMAT[suffix] != image.format:
        notes.append(
            f"{shown} is a {image.format} image with a {suffix} name; rename it so other "
            "tools are not confused"
        )
    return notes
