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


def _xdg(variable: str, default: str) -> str:
    """``$variable`` if it holds an absolute path (the XDG rule: a relative one is ignored),
    else ``default`` in the home folder."""
    value = os.environ.get(variable, "")
    base = value if posixpath.isabs(value) else os.path.expanduser(default)
    return os.path.join(base, APP_NAME)


def _uses_xdg() -> bool:
    return sys.platform.startswith("linux")


def user_config_dir() -> str:
    if _uses_xdg():
        return _xdg("XDG_CONFIG_HOME", "~/.config")
    import platformdirs

    return platformdirs.user_config_dir(APP_NAME, appauthor=False)


def user_state_dir() -> str:
    if _uses_xdg():
        return _xdg("XDG_STATE_HOME", "~/.local/state")
    import platformdirs

    return platformdirs.user_state_dir(APP_NAME, appauthor=False)


def user_log_dir() -> str:
    if _uses_xdg():
        return os.path.join(user_state_dir(), "log")
    import platformdirs

    return platformdirs.user_log_dir(APP_NAME, appauthor=False)


def user_cache_dir() -> str:
    if _uses_xdg():
        return _xdg("XDG_CACHE_HOME", "~/.cache")
    import platformdirs

    return platformdirs.user_cache_dir(APP_NAME, appauthor=False)
