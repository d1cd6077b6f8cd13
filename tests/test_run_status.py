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


# PySide classes a starting kiosk must not build before its first frame (PySide builds each
# class the first time a module names it): the Qt namespace (every Qt enum, about 40 ms),
# QEvent (about 5 ms), and classes used only for type hints, for a language other than English,
# after the first frame, or replaced by plain Python values (about 1-2 ms each).
UNUSED_BEFORE_FIRST_FRAME = (
    ("PySide6.QtCore", ("Qt", "QEvent", "QUrl", "QTranslator", "QPersistentModelIndex")),
    ("PySide6.QtGui", ("QCursor",)),
    ("PySide6.QtQml", ("QQmlError",)),
)


def test_a_starting_kiosk_draws_its_first_frame_before_the_costly_imports(tmp_path):
    """Before a real ``kiosk run`` renders its first frame it has not built PySide's ``Qt``
    namespace (whose first use builds every Qt enum, about 40 ms) nor its ``QEvent`` class
    (about 5 ms: the window's Python event filters come after that frame), nor the other
    classes a start has no use for (each one PySide builds at its first use), nor imported
    PySide6.QtQuick and the image pipeline (about 15 ms): that frame shows no image. After
    it, the image providers come, the covers are drawn (the run reports ``home-complete``
    only then), no image is asked of a missing provider, and the touch set-up is done."""
    code = f"""
import sys
import kiosk.ui.app as app
UNUSED_BEFORE_FIRST_FRAME = {UNUSED_BEFORE_FIRST_FRAME!r}
from PySide6.QtGui import QGuiApplication

report = app._report_first_frame
def watch(ui):
    def rendering():
        ui.window.beforeRendering.disconnect(rendering)
        late = [m for m in ("PySide6.QtQuick", "kiosk.services.images") if m in sys.modules]
        built = [name for module, names in UNUSED_BEFORE_FIRST_FRAME
                 for name in names if name in sys.modules[module].__dict__]
        print("before-first-frame", built, late, flush=True)
    ui.window.beforeRendering.connect(rendering)
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
    assert "before-first-frame [] []" in done.stdout
    assert "home-complete" in done.stdout  # the covers were drawn
    assert "mouse-from-touch-after-start False" in done.stdout
    log_text = (tmp_path / "state" / "kiosk" / "log" / "kiosk.log").read_text(encoding="utf-8")
    assert "WARNING" not in log_text and "ERROR" not in log_text, log_text
