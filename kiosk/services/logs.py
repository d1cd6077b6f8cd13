"""Rotating log files: starts, pack loads and rejections, errors, and hard crashes.

``faulthandler`` writes a native traceback to ``crash.log`` if the interpreter dies (a
segfault in Qt, an abort), which ordinary logging cannot catch.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import TextIO

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_crash_stream: TextIO | None = None  # must stay open for faulthandler for the whole run


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
    rotating = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2 * 1024 * 1024, backupCount=5, encoding="utf-8"
    )
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
