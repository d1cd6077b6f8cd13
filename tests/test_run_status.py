"""A real ``kiosk run`` process: it logs, writes its state file, tells systemd it is ready
and pings the watchdog, and ``kiosk status --json`` reports what it shows."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

from run_helpers import kiosk_env

FIXTURES = Path(__file__).parent / "fixtures" / "content"


def test_run_writes_state_notifies_systemd_and_status_reports_it(tmp_path):
    notify_path = tmp_path / "notify.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind(str(notify_path))
    server.settimeout(20)
    env = kiosk_env(tmp_path, notify_path, WATCHDOG_USEC="400000")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kiosk",
            "run",
            "--content",
            str(FIXTURES),
            "--log-folder",
            str(tmp_path / "logs"),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        messages = set()
        deadline = time.monotonic() + 30
        while not {"READY=1", "WATCHDOG=1"} <= messages and time.monotonic() < deadline:
            messages.add(server.recv(64).decode())
        assert {"READY=1", "WATCHDOG=1"} <= messages
        status = subprocess.run(
            [sys.executable, "-m", "kiosk", "status", "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        report = json.loads(status.stdout)
        assert status.returncode == 0 and report["running"] is True
        assert {p["pack_id"] for p in report["packs"]} == {"alpha", "beta", "gamma"}
        log_text = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
        assert "starting: kiosk" in log_text and "showing 3 packs" in log_text
    finally:
        process.kill()
        process.wait(timeout=30)
        server.close()
    # Killed with SIGKILL: the state file is still whole JSON (written atomically).
    state = json.loads((tmp_path / "state" / "kiosk" / "state.json").read_text())
    assert state["pid"] == process.pid


def test_a_kiosk_shows_no_mouse_pointer(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.app import hide_pointer

    hide_pointer(qapp)
    try:
        assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    finally:
        QGuiApplication.restoreOverrideCursor()
