"""The kiosk's own folders in the user's home: settings, state (and logs in it), caches.

platformdirs gives them on every platform. On Linux, where a starting kiosk needs three of
them before its first frame, they are the XDG base directories, and this module writes those
rules out instead: importing platformdirs was about 2 ms of a cold start (Callgrind: 6M
instructions; its Unix module compiles regular expressions at import). Elsewhere (Windows,
macOS) platformdirs is imported and asked. ``tests/test_user_dirs.py`` keeps the two in
agreement, with the variables set, unset, empty and relative.
"""

from __future__ import annotations

import os
import posixpath
import sys

APP_NAME = "kiosk"


# The XDG variable for each folder, and its default in the home folder.
_XDG = {
    "config": ("XDG_CONFIG_HOME", "~/.config"),
    "state": ("XDG_STATE_HOME", "~/.local/state"),
    "cache": ("XDG_CACHE_HOME", "~/.cache"),
}


def _folder(kind: str) -> str:
    """The kiosk's ``kind`` folder (config, state, log or cache): from the XDG rules on Linux
    (a variable holding a relative path is ignored; the log is in the state folder), from
    platformdirs elsewhere."""
    if not sys.platform.startswith("linux"):
        import platformdirs

        return str(getattr(platformdirs, f"user_{kind}_dir")(APP_NAME, appauthor=False))
    if kind == "log":
        return os.path.join(_folder("state"), "log")
    variable, default = _XDG[kind]
    value = os.environ.get(variable, "")
    base = value if posixpath.isabs(value) else os.path.expanduser(default)
    return os.path.join(base, APP_NAME)


def user_config_dir() -> str:
    return _folder("config")


def user_state_dir() -> str:
    return _folder("state")


def user_log_dir() -> str:
    return _folder("log")


def user_cache_dir() -> str:
    return _folder("cache")
