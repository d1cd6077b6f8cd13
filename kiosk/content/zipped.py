"""Packs delivered as ``.zip`` files: unpacked safely into a private folder, then loaded as
folders, so both forms validate and load the same way.

Refused: entries that would land outside the folder (``..``, absolute or drive paths),
symbolic links, more than 2,000 entries, more than 512 MB unpacked, or an entry that unpacks
to more than 200 times its packed size (a zip bomb).
"""

from __future__ import annotations

import hashlib
import shutil
import stat
import zipfile
from pathlib import Path, PurePosixPath

from kiosk import user_dirs

MAX_ENTRIES = 2000
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200


class ZipProblem(ValueError):
    """The zip cannot be used; the message says why."""


def unpack_root() -> Path:
    return Path(user_dirs.user_cache_dir()) / "zipped-packs"


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()[:20]


def _check_entry(info: zipfile.ZipInfo) -> PurePosixPath:
    name = info.filename.replace("\\", "/")
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or (path.parts and ":" in path.parts[0]):
        raise ZipProblem(f"entry {info.filename!r} would be written outside the pack folder")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise ZipProblem(f"entry {info.filename!r} is a symbolic link; zip the file itself")
    if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
        raise ZipProblem(
            f"entry {info.filename!r} unpacks to {info.file_size:,} bytes from "
            f"{info.compress_size:,}: refused as a possible zip bomb"
        )
    return path


def _pack_prefix(names: list[PurePosixPath]) -> PurePosixPath:
    """``pack.yaml`` may sit at the top of the zip or inside one folder."""
    if PurePosixPath("pack.yaml") in names:
        return PurePosixPath()
    tops = {n.parts[0] for n in names if n.parts}
    if len(tops) == 1 and PurePosixPath(next(iter(tops)), "pack.yaml") in names:
        return PurePosixPath(next(iter(tops)))
    raise ZipProblem("there is no pack.yaml at the top of the zip (or in its single folder)")


def unpack(zip_path: Path, root: Path | None = None) -> Path:
    """Unpack ``zip_path`` (once per content hash) and return the folder holding pack.yaml."""
    target = (root or unpack_root()) / _digest(zip_path)
    marker = target / ".complete"
    try:
        with zipfile.ZipFile(zip_path) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir()]
            if len(infos) > MAX_ENTRIES:
                raise ZipProblem(f"the zip holds {len(infos):,} files; at most {MAX_ENTRIES:,}")
            total = sum(i.file_size for i in infos)
            if total > MAX_TOTAL_BYTES:
                raise ZipProblem(
                    f"the zip unpacks to {total / 1_048_576:.0f} MB; at most "
                    f"{MAX_TOTAL_BYTES // 1_048_576} MB"
                )
            paths = [_check_entry(i) for i in infos]
            prefix = _pack_prefix(paths)
            if marker.exists():
                return target / prefix
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir(parents=True)
            for info, relative in zip(infos, paths, strict=True):
                destination = target.joinpath(*relative.parts)
                destination.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(info) as source, destination.open("wb") as out:
                    copied = 0
                    while block := source.read(1 << 20):
                        copied += len(block)
                        if copied > info.file_size:  # the header lied about the size
                            raise ZipProblem(f"entry {info.filename!r} is larger than it says")
                        out.write(block)
            marker.touch()
            return target / prefix
    except zipfile.BadZipFile as error:
        raise ZipProblem(f"not a readable zip file ({error}); copy it again") from None
    except (OSError, EOFError, zipfile.LargeZipFile) as error:
        shutil.rmtree(target, ignore_errors=True)
        raise ZipProblem(f"the zip is damaged or truncated ({error}); copy it again") from None
    except ZipProblem:
        shutil.rmtree(target, ignore_errors=True)
        raise
