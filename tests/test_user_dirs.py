"""The kiosk's folders on Linux, written out from the XDG rules (kiosk.user_dirs),
must be the ones platformdirs gives: a kiosk that moved from one to the other would lose its
settings, its caches and its log."""

from __future__ import annotations

import platformdirs
import pytest

from kiosk import user_dirs
from kiosk.services.settings import default_settings_path, state_dir

VARIABLES = ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


def _platformdirs() -> tuple[str, str, str, str]:
    return (
        platformdirs.user_config_dir("kiosk", appauthor=False),
        platformdirs.user_state_dir("kiosk", appauthor=False),
        platformdirs.user_log_dir("kiosk", appauthor=False),
        platformdirs.user_cache_dir("kiosk", appauthor=False),
    )


def _ours() -> tuple[str, str, str, str]:
    return (
        user_dirs.user_config_dir(),
        user_dirs.user_state_dir(),
        user_dirs.user_log_dir(),
        user_dirs.user_cache_dir(),
    )


@pytest.mark.parametrize("value", [None, "", "relative/dir", "/srv/kiosk-home/{name}"])
def test_the_folders_are_those_platformdirs_gives(monkeypatch, tmp_path, value):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in VARIABLES:
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value.format(name=name.lower()))
    assert _ours() == _platformdirs()


def test_the_settings_file_and_state_folder_follow_them(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert default_settings_path() == tmp_path / "config" / "kiosk" / "kiosk.yaml"
    assert state_dir() == tmp_path / "state" / "kiosk"


def test_other_platforms_ask_platformdirs(monkeypatch):
    monkeypatch.setattr(user_dirs.sys, "platform", "win32")
    for kind in ("config", "state", "log", "cache"):
        monkeypatch.setattr(
            platformdirs, f"user_{kind}_dir", lambda name, appauthor, kind=kind: f"C:/{kind}/{name}"
        )
    assert _ours() == ("C:/config/kiosk", "C:/state/kiosk", "C:/log/kiosk", "C:/cache/kiosk")
