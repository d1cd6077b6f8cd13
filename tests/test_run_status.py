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


def test_a_starting_kiosk_builds_no_qt_namespace_before_its_first_frame(tmp_path):
    """PySide builds every enum of its ``Qt`` namespace at the namespace's first use, about
    40 ms of a cold start whose floor is under 300 ms. ``kiosk run`` has no need of it before
    the home screen shows; after it, the touch and pointer set-up (which do use it) are done."""
    code = f"""
import sys
import PySide6.QtCore as core
import kiosk.ui.app as app
from PySide6.QtGui import QGuiApplication

report = app._report_first_frame
def watch(ui):
    def first():
        ui.window.frameSwapped.disconnect(first)
        print("qt-namespace-at-first-frame", "Qt" in core.__dict__, flush=True)
    ui.window.frameSwapped.connect(first)
    report(ui)
app._report_first_frame = watch
finish = app._finish_start
def finished(qapp, hide_the_pointer):
    finish(qapp, hide_the_pointer)
    from PySide6.QtCore import Qt
    attribute = Qt.ApplicationAttribute.AA_SynthesizeMouseForUnhandledTouchEvents
    print("mouse-from-touch-after-start", QGuiApplication.testAttribute(attribute), flush=True)
app._finish_start = finished
sys.exit(app.run_kiosk(app.RunOptions(content={str(FIXTURES)!r}, windowed=True)))
"""
    env = kiosk_env(tmp_path, tmp_path / "no-notify.sock", KIOSK_BENCH_FIRST_FRAME="1")
    env.pop("NOTIFY_SOCKET")
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert "first-frame" in done.stdout, done.stderr[-2000:]
    assert "qt-namespace-at-first-frame False" in done.stdout
    assert "mouse-from-touch-after-start False" in done.stdout
