"""The frozen kiosk (``scripts/build`` -> ``dist/kiosk/``) works with no Python: it reports its
version, validates, renders every screen exactly as the source checkout does, finds its content
by the same rules (bundled, ``--content``, the settings file) and tells systemd it is alive.

Skipped when there is no bundle, or when it is older than the sources (run ``scripts/build``).
``scripts/check-bundle`` runs this file with ``KIOSK_BUNDLE_REQUIRED=1``: then a missing or
stale bundle fails instead. ``KIOSK_BUNDLE`` names another bundle folder (e.g. a copy), and
``KIOSK_BUNDLE_CONTENT`` a content folder to check instead of the bundled one.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from kiosk import __version__
from kiosk.content.loader import load_content

REPO = Path(__file__).parent.parent
BUNDLE = Path(os.environ.get("KIOSK_BUNDLE", REPO / "dist" / "kiosk"))
EXE = BUNDLE / ("kiosk.exe" if sys.platform == "win32" else "kiosk")
BUNDLED_CONTENT = BUNDLE / "_internal" / "content"
CONTENT = Path(os.environ.get("KIOSK_BUNDLE_CONTENT", BUNDLED_CONTENT))
FIXTURES = REPO / "tests" / "fixtures" / "content"
SOURCES = ("kiosk", "assets", "content", "build_kiosk.spec")


def _newest_source() -> float:
    paths = [REPO / name for name in SOURCES]
    files = [p for path in paths for p in ([path] if path.is_file() else path.rglob("*"))]
    return max(p.stat().st_mtime for p in files if p.is_file() and "__pycache__" not in p.parts)


def _why_not_testable() -> str | None:
    if not EXE.is_file():
        return f"no bundle at {EXE}: run scripts/build"
    if "KIOSK_BUNDLE" not in os.environ and EXE.stat().st_mtime < _newest_source():
        return f"{EXE} is older than the sources: run scripts/build"
    return None


_reason = _why_not_testable()
if _reason and os.environ.get("KIOSK_BUNDLE_REQUIRED") == "1":
    raise RuntimeError(_reason)
pytestmark = pytest.mark.skipif(_reason is not None, reason=_reason or "")


def has_packs(folder: Path) -> bool:
    return folder.is_dir() and any((child / "pack.yaml").is_file() for child in folder.iterdir())


def frozen_env(home: Path) -> dict[str, str]:
    """A bare environment: no virtual environment, no PYTHONPATH, nothing from the checkout."""
    return {
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "QT_QPA_PLATFORM": "offscreen",
    }


def frozen(home: Path, *args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXE), *args],
        env=frozen_env(home),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def developed(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def hex_rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def colours(image: Image.Image) -> dict[tuple[int, int, int], int]:
    return {rgb: n for n, rgb in image.getcolors(maxcolors=1 << 22) or []}


def test_version_names_app_and_qt(tmp_path):
    completed = frozen(tmp_path, "--version")
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith(f"kiosk {__version__} (PySide6 "), completed.stdout
    assert "Qt 6." in completed.stdout


def test_validates_fixtures_and_reports_errors_as_in_development(tmp_path):
    good = frozen(tmp_path, "validate", str(FIXTURES))
    assert good.returncode == 0, good.stdout + good.stderr
    assert "3 of 3 packs valid" in good.stdout
    broken = tmp_path / "broken"
    (broken / "bad").mkdir(parents=True)
    (broken / "bad" / "pack.yaml").write_text("id: bad\nformat: [\n", encoding="utf-8")
    bad = frozen(tmp_path, "validate", str(broken))
    assert bad.returncode == 1
    assert bad.stdout == developed("validate", str(broken)).stdout


@pytest.mark.skipif(not has_packs(CONTENT), reason=f"{CONTENT} has no packs yet")
def test_content_is_valid_and_every_pack_is_on_the_home_screen(tmp_path):
    completed = frozen(tmp_path, "validate", str(CONTENT))
    assert completed.returncode == 0, completed.stdout
    out = tmp_path / "home.png"
    # The bundled content is the default: the bundle must find it with no --content.
    where = [] if CONTENT == BUNDLED_CONTENT else ["--content", str(CONTENT)]
    shot = frozen(tmp_path, "screenshot", *where, "--out", str(out))
    assert shot.returncode == 0, shot.stderr
    image = Image.open(out).convert("RGB")
    assert image.size == (1920, 1080)
    counts = colours(image)
    assert len(counts) > 500
    for pack in load_content(CONTENT).shown_packs():
        assert counts.get(hex_rgb(pack.accent), 0) >= 500, f"no tile for {pack.id}"


SCREENS = {
    "home": [],
    "home-ru": ["--lang", "ru"],
    "home-portrait": ["--size", "1080x1920"],
    "home-large-high-contrast": ["--text-size", "largest", "--contrast", "high"],
    "pack": ["--screen", "pack", "--pack", "alpha"],
    "panel-text": ["--screen", "panel", "--pack", "alpha", "--panel", "first"],
    "panel-timeline": ["--screen", "panel", "--pack", "alpha", "--panel", "dates"],
    "panel-quote": ["--screen", "panel", "--pack", "gamma", "--panel", "quote"],
    "panel-questions": ["--screen", "panel", "--pack", "gamma", "--panel", "faq"],
    "panel-chart": ["--screen", "panel", "--pack", "gamma", "--panel", "steel"],
    "panel-map": ["--screen", "panel", "--pack", "gamma", "--panel", "bloc"],
    "panel-gallery": ["--screen", "panel", "--pack", "gamma", "--panel", "pictures"],
    "sources": ["--screen", "sources", "--pack", "alpha"],
    "glossary": ["--screen", "glossary", "--pack", "alpha"],
    "image": ["--screen", "image", "--pack", "gamma"],
    "display": ["--screen", "display"],
    "staff": ["--screen", "staff"],
    "preview": ["--screen", "preview"],
}


@pytest.mark.parametrize("name", sorted(SCREENS))
def test_screen_is_pixel_identical_to_the_source_checkout(tmp_path, name):
    """Proves the trimmed bundle still has every Qt module, plugin, font and translation."""
    args = ["screenshot", "--content", str(FIXTURES), *SCREENS[name]]
    bundle_png, source_png = tmp_path / "bundle.png", tmp_path / "source.png"
    shot = frozen(tmp_path, *args, "--out", str(bundle_png))
    assert shot.returncode == 0, shot.stderr
    assert "QML" not in shot.stderr and "qt." not in shot.stderr, shot.stderr
    reference = developed(*args, "--out", str(source_png))
    assert reference.returncode == 0, reference.stderr
    bundle, source = (Image.open(p).convert("RGB") for p in (bundle_png, source_png))
    assert bundle.size == source.size
    assert bundle.tobytes() == source.tobytes(), f"{name} renders differently in the bundle"
    assert len(colours(bundle)) > 200  # not a blank or error page


def test_attract_screen_renders(tmp_path):
    out = tmp_path / "attract.png"
    args = ["screenshot", "--content", str(FIXTURES), "--screen", "attract", "--out", str(out)]
    shot = frozen(tmp_path, *args)
    assert shot.returncode == 0 and "QML" not in shot.stderr, shot.stderr
    assert len(colours(Image.open(out).convert("RGB"))) > 500


def test_run_reads_the_settings_file_notifies_systemd_and_reports_status(tmp_path):
    """``kiosk run`` as the systemd unit starts it: content from kiosk.yaml, READY and
    WATCHDOG pings, the state file read by ``kiosk status --json``."""
    settings = tmp_path / "kiosk.yaml"
    settings.write_text(f"content: {FIXTURES}\nlog_folder: {tmp_path / 'logs'}\n", "utf-8")
    notify_path = tmp_path / "notify.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind(str(notify_path))
    server.settimeout(30)
    env = {**frozen_env(tmp_path), "NOTIFY_SOCKET": str(notify_path), "WATCHDOG_USEC": "400000"}
    process = subprocess.Popen(
        [str(EXE), "run", "--settings", str(settings)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        messages: set[str] = set()
        deadline = time.monotonic() + 60
        while not {"READY=1", "WATCHDOG=1"} <= messages and time.monotonic() < deadline:
            messages.add(server.recv(64).decode())
        assert {"READY=1", "WATCHDOG=1"} <= messages
        status = frozen(tmp_path, "status", "--json")
        report = json.loads(status.stdout)
        assert status.returncode == 0 and report["running"] is True, status.stdout
        assert report["app_version"] == __version__
        assert Path(report["content"]) == FIXTURES
        assert {p["pack_id"] for p in report["packs"]} == {"alpha", "beta", "gamma"}
        text = frozen(tmp_path, "status")
        assert text.stdout.startswith(f"kiosk {__version__}: running"), text.stdout
    finally:
        process.terminate()
        process.wait(timeout=30)
        server.close()
    log = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "showing 3 packs" in log and "QML" not in log, log
