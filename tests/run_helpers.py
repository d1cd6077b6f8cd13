"""Starting a real ``kiosk run`` process in a test: a private home and systemd's notify socket."""

from __future__ import annotations

import os
from pathlib import Path


def kiosk_env(home: Path, notify: Path, **extra: str) -> dict[str, str]:
    """The environment of a kiosk process whose settings, state and logs stay under ``home``."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(home / "cfg"),
        "NOTIFY_SOCKET": str(notify),
        **extra,
    }
