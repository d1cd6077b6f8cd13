"""Rotating log files: starts, pack loads and rejections, errors, and hard crashes.

``faulthandler`` writes a native traceback to ``crash.log`` if the interpreter dies (a
segfault in Qt, an abort), which ordinary logging cannot catch.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
from pathlib import Path
from typing import TextIO

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_crash_stream: TextIO | None = None  # must stay open for faulthandler for the whole run


MAX_LOG_BYTES = 2 * 1024 * 1024
LOG_BACKUPS = 5


class RotatingLog(logging.FileHandler):
    """A log file that is renamed to ``.1`` (``.1`` to ``.2``, and so on) before it would
    grow past ``max_bytes``; the oldest of ``backups`` is dropped.

    What ``logging.handlers.RotatingFileHandler`` does, on the core ``FileHandler``: importing
    ``logging.handlers`` also imports sockets, queues and pickle, about 11 to 18 ms of a cold
    start whose floor is under 200 ms, for handlers the kiosk does not use.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_LOG_BYTES, backups: int = LOG_BACKUPS):
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_overflow(record):
                self._rotate()
        except Exception:  # a log must never stop the kiosk
            self.handleError(record)
            return
        super().emit(record)

    def _would_overflow(self, record: logging.LogRecord) -> bool:
        if self.stream is None or self.max_bytes <= 0:
            return False
        line = self.format(record) + self.terminator
        return self.stream.tell() + len(line.encode("utf-8", "replace")) > self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        base = self.baseFilename
        for number in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{number}"):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        if self.backups > 0 and os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()


def setup_logging(folder: Path, *, to_stderr: bool = True) -> Path:
    """Log to ``folder/kiosk.log`` (5 files of 2 MB) and arm faulthandler; returns the log."""
    global _crash_stream
    folder.mkdir(parents=True, exist_ok=True)
    log_file = folder / "kiosk.log"
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
    rotating = RotatingLog(log_file)
    rotating.setFormatter(logging.Formatter(LOG_FORMAT))
    rotating._kiosk = True  # type: ignore[attr-defined]
    root.addHandler(rotating)
    if to_stderr:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(logging.Formatter(LOG_FORMAT))
        console._kiosk = True  # type: ignore[attr-defined]
        root.addHandler(console)
    _crash_stream = (folder / "crash.log").open("a", encoding="utf-8")
    faulthandler.enable(file=_crash_stream, all_threads=True)
    sys.excepthook = _log_uncaught
    return log_file


def _log_uncaught(kind: type[BaseException], error: BaseException, trace: object) -> None:
    logging.getLogger("kiosk").critical("uncaught exception", exc_info=(kind, error, trace))
