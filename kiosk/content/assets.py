"""Resolve files a pack refers to, refusing anything that would read outside the pack folder."""

from __future__ import annotations

import warnings
from pathlib import Path, PurePosixPath, PureWindowsPath

from PIL import Image, UnidentifiedImageError

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp"})
IMAGE_FORMATS = frozenset({"PNG", "JPEG", "WEBP"})
MAX_IMAGE_BYTES = 64 * 1024 * 1024
MAX_IMAGE_SIDE = 20_000


class AssetProblem(ValueError):
    """A file reference that cannot be used; the message says why and what to do."""


def resolve_inside(pack_dir: Path, relative: str) -> Path:
    """Return the real path of ``relative`` inside ``pack_dir``, or raise :class:`AssetProblem`.

    The check is made on the fully resolved path, so a symbolic link that leads out of the
    pack is refused just like ``../`` or an absolute path.
    """
    if "\\" in relative or PureWindowsPath(relative).drive or PurePosixPath(relative).is_absolute():
        raise AssetProblem(
            f"{relative!r} is not a relative path; write the file's path inside the pack "
            "folder with '/' separators, e.g. images/cover.png"
        )
    if ".." in PurePosixPath(relative).parts:
        raise AssetProblem(f"{relative!r} leaves the pack folder; keep images inside the pack")
    root = pack_dir.resolve()
    candidate = (pack_dir / relative).resolve()
    if not candidate.is_relative_to(root):
        raise AssetProblem(
            f"{relative!r} leads outside the pack folder (through a link); copy the file into "
            "the pack instead"
        )
    if not candidate.is_file():
        siblings = sorted(p.name for p in candidate.parent.glob("*") if p.is_file())[:8]
        hint = f" (files there: {', '.join(siblings)})" if siblings else ""
        raise AssetProblem(f"image file {relative!r} does not exist in the pack{hint}")
    return candidate


def check_image(path: Path, shown_as: str) -> None:
    """Make sure ``path`` is a PNG, JPEG or WebP image the kiosk can decode safely."""
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        raise AssetProblem(f"{shown_as!r} is not a .png, .jpg or .webp file")
    size = path.stat().st_size
    if size == 0:
        raise AssetProblem(f"{shown_as!r} is empty (0 bytes); copy the image again")
    if size > MAX_IMAGE_BYTES:
        raise AssetProblem(
            f"{shown_as!r} is {size / 1_048_576:.0f} MB; images may be at most "
            f"{MAX_IMAGE_BYTES // 1_048_576} MB (export it smaller)"
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                if image.format not in IMAGE_FORMATS:
                    raise AssetProblem(
                        f"{shown_as!r} is a {image.format} image; save it as PNG, JPEG or WebP"
                    )
                width, height = image.size
                if max(width, height) > MAX_IMAGE_SIDE:
                    raise AssetProblem(
                        f"{shown_as!r} is {width}x{height} pixels; at most {MAX_IMAGE_SIDE} "
                        "pixels a side (scale it down)"
                    )
                image.verify()
    except AssetProblem:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise AssetProblem(
            f"{shown_as!r} has too many pixels to decode safely; scale it down"
        ) from None
    except UnidentifiedImageError:
        raise AssetProblem(f"{shown_as!r} is not an image Pillow can read") from None
    except (OSError, SyntaxError, ValueError) as error:
        raise AssetProblem(f"{shown_as!r} is damaged or truncated ({error})") from None
