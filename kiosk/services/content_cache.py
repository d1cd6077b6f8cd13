"""The last validated content, kept across starts so an unchanged content folder is not
validated again.

A kiosk that restarts after a power cut shows the same packs it showed before. Validating them
(YAML with positions, pydantic, every check, every image) costs a quarter of a second or more
of the start; this cache turns that into reading one file. It is keyed by everything the result
depends on: the content folder's fingerprint (name, size, modification time and inode of every
file, taken *before* loading, so a change made during a load only makes the key stale), the
folder itself, the app version and a stamp of the validator's code. Any change, and the folder
is validated as usual.

The file holds a pickle, which is code to Python: it lives in the kiosk's own state folder,
written and read only by the kiosk's user, who can already change the kiosk's settings and
program. The key is compared before anything is unpickled, and any failure to read means a
normal validation. The packs in it are plain records (:mod:`kiosk.content.records`), not
pydantic models, so that reading them back imports neither pydantic nor the models.
"""

from __future__ import annotations

import contextlib
import logging
import pickle
import sys
from dataclasses import replace
from pathlib import Path

from kiosk import __version__
from kiosk.content.records import to_records
from kiosk.content.results import ContentResult
from kiosk.services.atomic import write_atomically

log = logging.getLogger(__name__)
FORMAT = b"kiosk-content-cache 3\n"  # 2: packs as records (no pydantic); 3: whole key
CONTENT_CODE = Path(__file__).resolve().parent.parent / "content"


def code_stamp(*sources: Path) -> str:
    """Changes whenever the validator's code may have: the frozen program, or its sources
    (``kiosk/content/*.py`` and any other ``sources`` the cached result depends on)."""
    if getattr(sys, "frozen", False):
        paths = [Path(sys.executable)]
    else:
        paths = [*sorted(CONTENT_CODE.glob("*.py")), *sources]
    parts = []
    for path in paths:
        with contextlib.suppress(OSError):
            info = path.stat()
            parts.append(f"{path.name}:{info.st_size}:{info.st_mtime_ns}")
    return ";".join(parts)


def cache_key(root: Path, fingerprint: object, only: frozenset[str] | None = None) -> bytes:
    """Everything a load of ``root`` depends on, as one line (``repr`` escapes any newline in
    a file name). Kept whole rather than hashed: it is compared byte for byte, and a start
    need not load OpenSSL's hashing (about 5 ms) before its first frame."""
    text = repr((__version__, code_stamp(), str(root.resolve()), sorted(only or ()), fingerprint))
    return text.encode("utf-8", "surrogatepass") + b"\n"


class ContentCache:
    """One file: a header, the key, then the pickled :class:`ContentResult`."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self, key: bytes) -> ContentResult | None:
        """The cached result for ``key``, or ``None`` (no file, another key, unreadable)."""
        try:
            with self.path.open("rb") as file:
                if file.readline() != FORMAT or file.readline() != key:
                    return None
                result = pickle.load(file)
        except Exception as error:  # a damaged or old file only costs a validation
            if not isinstance(error, FileNotFoundError):
                log.warning("content cache %s not used: %s", self.path, error)
            return None
        if not isinstance(result, ContentResult) or not _files_still_there(result):
            return None
        return result

    def write(self, key: bytes, result: ContentResult) -> None:
        """Keep ``result`` for the next start; a failure only costs that start a validation."""
        try:
            plain = pickle.dumps(as_records(result), protocol=pickle.HIGHEST_PROTOCOL)
            data = FORMAT + key + plain
            write_atomically(self.path, data)
        except (OSError, pickle.PicklingError, TypeError) as error:
            log.warning("content cache %s not written: %s", self.path, error)


def as_records(result: ContentResult) -> ContentResult:
    """``result`` with its exhibit and packs as plain records, so that reading it back imports
    no pydantic (its problems are plain dataclasses already)."""
    return replace(
        result,
        exhibit=to_records(result.exhibit),
        packs=[replace(pack, pack=to_records(pack.pack)) for pack in result.packs],
    )


def _files_still_there(result: ContentResult) -> bool:
    """Zip packs are unpacked into the user's cache folder, which may have been cleared."""
    for pack in result.packs:
        if not pack.path.exists() or not all(p.is_file() for p in pack.images.values()):
            return False
    return True
