"""Write files so that a power cut or a kill at any moment leaves the old or the new file,
never a half-written one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def remove_leftovers(path: Path) -> list[Path]:
    """Delete temporary files a killed writer of ``path`` left beside it; returns them.

    A kill between creating the temporary file and renaming it leaves ``.NAME.xxxx`` behind.
    Over months of power cuts these would pile up, so the kiosk calls this once at start,
    when nothing else is writing.
    """
    removed = []
    for leftover in path.parent.glob(f".{path.name}.*"):
        try:
            leftover.unlink()
        except OSError:
            continue
        removed.append(leftover)
    return removed
