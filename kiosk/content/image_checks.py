"""Remembered image checks, so a start-up does not decode every image of every pack again.

Checking an image means decoding all of it (a damaged file is only found that way), which for
a content folder of a thousand photographs takes many seconds on each start of the kiosk. An
image that passed and has not changed since (same size, modification time and inode) is not
decoded again. Failures are never remembered: a broken file is checked, and reported, every
time. The display path keeps Pillow's limits and its placeholder for an unreadable file, so
a file swapped behind the kiosk's back with the same size and time is still shown safely.
"""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

from kiosk.content.assets import check_image

MAX_ENTRIES = 50_000

Stamp = tuple[int, int, int]


def _stamp(path: Path) -> Stamp | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return info.st_size, info.st_mtime_ns, info.st_ino


class ImageCheckMemo:
    """:func:`check_image` with a memory of the files that passed (thread-safe)."""

    def __init__(self, entries: dict[str, tuple[Stamp, list[str]]] | None = None) -> None:
        self._entries = dict(entries or {})
        self._lock = threading.Lock()
        self.changed = False
        self.decoded = 0  # images decoded by this memo (for tests and the bench)

    def check(self, path: Path, shown_as: str) -> list[str]:
        stamp = _stamp(path)
        key = str(path)
        with self._lock:
            hit = self._entries.get(key)
        if stamp is not None and hit is not None and hit[0] == stamp:
            return list(hit[1])
        notes = check_image(path, shown_as)  # raises AssetProblem: nothing is remembered
        self.decoded += 1
        if stamp is not None and stamp == _stamp(path):  # unchanged while it was checked
            with self._lock:
                if len(self._entries) >= MAX_ENTRIES:
                    self._entries.clear()
                self._entries[key] = (stamp, list(notes))
                self.changed = True
        return notes

    def to_json(self) -> bytes:
        with self._lock:
            data = {key: [list(stamp), notes] for key, (stamp, notes) in self._entries.items()}
        return json.dumps({"version": 1, "images": data}).encode()

    @classmethod
    def from_json(cls, data: bytes) -> ImageCheckMemo:
        """A memo from :meth:`to_json` output; an empty one for anything unreadable."""
        try:
            parsed = json.loads(data)
            images = parsed["images"] if parsed.get("version") == 1 else {}
            entries = {
                str(key): (tuple(int(n) for n in stamp), [str(note) for note in notes])
                for key, (stamp, notes) in images.items()
                if len(stamp) == 3
            }
        except (ValueError, TypeError, KeyError, AttributeError):
            return cls()
        return cls(entries)  # type: ignore[arg-type]
