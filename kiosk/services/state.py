"""The kiosk's state file, so ``kiosk status --json`` (and a fleet script) can see what a
running kiosk shows without touching its screen. Written atomically."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from kiosk import __version__
from kiosk.services.atomic import write_atomically
from kiosk.services.library import ContentLibrary
from kiosk.services.settings import state_dir


def state_path() -> Path:
    return state_dir() / "state.json"


def write_state(library: ContentLibrary, started: float, path: Path | None = None) -> None:
    state = {
        "app_version": __version__,
        "pid": os.getpid(),
        "started": started,
        "updated": time.time(),
        "content": str(library.root),
        "packs": [status._asdict() for status in library.statuses()],
    }
    write_atomically(path or state_path(), json.dumps(state, indent=2).encode())


def read_state(path: Path | None = None) -> dict | None:
    try:
        return json.loads((path or state_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
