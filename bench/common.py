"""Shared pieces of the benchmark: statistics, memory, child processes and frame timing.

Every measure runs in its own child process (``python -m bench.<measure>``) so that one
measure's caches, fonts and memory never flatter or burden another, and prints one JSON object
on its last line of stdout. Children get a temporary HOME and XDG folders: the bench never
reads or writes the user's settings, logs or image cache.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SCREEN = (1920, 1080)
RESULT_PREFIX = "BENCH-RESULT "


def summary(samples_ms: list[float]) -> dict[str, float]:
    """Median, p95, min and count: the median is the typical case, p95 what a visitor notices."""
    lost = sum(1 for value in samples_ms if value != value)  # NaN: no frame before the timeout
    ordered = sorted(value for value in samples_ms if value == value)
    if not ordered:
        nan = float("nan")
        return {"median_ms": nan, "p95_ms": nan, "min_ms": nan, "n": 0, "timeouts": lost}
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return {
        "median_ms": round(statistics.median(ordered), 3),
        "p95_ms": round(p95, 3),
        "min_ms": round(ordered[0], 3),
        "n": len(ordered),
        "timeouts": lost,
    }


def ratio(value: float, baseline: float) -> float:
    """``value / baseline``, rounded; NaN when the baseline is missing or zero."""
    if not baseline or baseline != baseline:
        return float("nan")
    return round(value / baseline, 2)


def rss_mb() -> float:
    """Resident memory of this process (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def offscreen_env(size: tuple[int, int] = SCREEN) -> str:
    """The QT_QPA_PLATFORM value the kiosk's tests use: offscreen, with a screen of ``size``."""
    sys.path.insert(0, str(REPO))
    from kiosk.ui.qt_app import use_offscreen

    saved = os.environ.get("QT_QPA_PLATFORM")
    use_offscreen(size)
    value = os.environ["QT_QPA_PLATFORM"]
    if saved is None:
        del os.environ["QT_QPA_PLATFORM"]
    else:
        os.environ["QT_QPA_PLATFORM"] = saved
    return value


def child_env(home: Path) -> dict[str, str]:
    """The environment for a child: offscreen at 1920x1080, every user folder in ``home``, and
    Python's compiled modules kept there too (written by the first run, read by the next)."""
    env = dict(os.environ)
    for name, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_DATA_HOME", "data"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    env["QT_QPA_PLATFORM"] = offscreen_env()
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("QSG_INFO", None)
    # Bytecode as an installed program has it (pip and PyInstaller compile every module): this
    # machine sets PYTHONDONTWRITEBYTECODE, which would make every child compile each of its
    # modules from source at every start. The compiled files go to ``home``, not the repo.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    return env


def run_measure(module: str, args: list[str], timeout: float = 1800.0) -> dict[str, Any]:
    """Run ``python -m bench.<module> args`` in a fresh process; return its JSON result."""
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as home:
        completed = subprocess.run(
            [sys.executable, "-m", f"bench.{module}", *args],
            cwd=REPO,
            env=child_env(Path(home)),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    for line in reversed(completed.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            result: dict[str, Any] = json.loads(line[len(RESULT_PREFIX) :])
            return result
    tail = (completed.stderr or completed.stdout)[-2000:]
    raise RuntimeError(f"bench.{module} gave no result (exit {completed.returncode}):\n{tail}")


def emit(result: dict[str, Any]) -> None:
    """A child's answer to :func:`run_measure`."""
    print(RESULT_PREFIX + json.dumps(result), flush=True)


def content_dir() -> tuple[Path, str]:
    """The bundled content if it has at least one valid pack, else the test fixtures.

    Content packs are written while this bench is being run; a pack with errors is simply
    not shown (as in the kiosk), and with no valid pack at all the fixtures stand in.
    """
    sys.path.insert(0, str(REPO))
    from kiosk.content.loader import load_content

    bundled = REPO / "content"
    if bundled.is_dir() and load_content(bundled).shown_packs():
        return bundled, "content"
    return REPO / "tests" / "fixtures" / "content", "tests/fixtures/content"


def run_deferred_deletes(app: Any) -> None:
    """Delete the objects Qt scheduled with ``deleteLater`` (QML delegates, old pages).

    The kiosk's ``app.exec()`` does this each time its event loop turns; a bench that
    drives the loop with ``processEvents`` must do it itself, or every page a navigation
    drops stays in memory and the bench reports a leak the kiosk does not have (it showed as
    about 140 MB per 1,000 navigations before this was added).
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class FrameClock:
    """Counts a window's rendered frames and times the first one that shows what was asked for.

    The offscreen platform uses Qt Quick's software backend with the basic render loop, so
    ``frameSwapped`` is emitted on the GUI thread right after a frame is rendered, before any
    other event is handled: what QML and Python hold at that moment is what the frame shows.
    The condition is therefore judged inside the ``frameSwapped`` handler, frame by frame.
    (Judging it once ``processEvents`` returns, as this clock first did, took the time of the
    *last* frame of that call: when the kiosk used the time after a frame to build the next
    page, its frames were stamped up to 30 ms late, and more so the busier the machine.)
    """

    def __init__(self, window: Any) -> None:
        self.frames = 0
        self.last = 0.0
        self._watch: tuple[Callable[[], bool], int] | None = None
        self._hit: float | None = None
        window.frameSwapped.connect(self._swapped)

    def _swapped(self) -> None:
        self.last = time.perf_counter()
        self.frames += 1
        if self._watch is not None and self._hit is None:
            done, after = self._watch
            if self.frames > after and done():
                self._hit = self.last

    def wait_until(
        self,
        app: Any,
        done: Callable[[], bool],
        after: int,
        timeout_s: float = 5.0,
        action: Callable[[], object] | None = None,
    ) -> float:
        """Run ``action`` (a tap, a navigation), then process events until a frame after frame
        number ``after`` renders with ``done()`` true; return that frame's time (NaN on
        timeout).

        The condition is armed before ``action`` runs: a synthetic tap processes events
        itself, and on a busy machine the frame it leads to can be rendered inside it.

        The loop sleeps in the event dispatcher between events rather than spinning: on a
        two-core machine a spinning GUI thread would take the core that Qt's image reader
        thread decodes on. A 20 ms heartbeat timer bounds the wait.
        """
        from PySide6.QtCore import QEventLoop, QTimer

        heartbeat = QTimer()
        heartbeat.setInterval(20)
        heartbeat.start()
        flags = QEventLoop.ProcessEventsFlag.WaitForMoreEvents
        deadline = time.perf_counter() + timeout_s
        self._watch, self._hit = (done, after), None
        try:
            if action is not None:
                action()
            while self._hit is None and time.perf_counter() < deadline:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents | flags)
                run_deferred_deletes(app)
        finally:
            heartbeat.stop()
            self._watch = None
        return self._hit if self._hit is not None else float("nan")

    def settle(
        self, app: Any, quiet_ms: float = 60.0, timeout_s: float = 3.0, engine: Any = None
    ) -> None:
        """Process events until no frame has been rendered for ``quiet_ms`` (and, given the
        QML ``engine``, nothing is still being built asynchronously)."""
        from PySide6.QtCore import QEventLoop

        controller = engine.incubationController() if engine is not None else None
        deadline = time.perf_counter() + timeout_s
        last_count, last_change = self.frames, time.perf_counter()
        while time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
            run_deferred_deletes(app)
            time.sleep(0.002)
            if self.frames != last_count or (
                controller is not None and controller.incubatingObjectCount()
            ):
                last_count, last_change = self.frames, time.perf_counter()
            elif (time.perf_counter() - last_change) * 1000 >= quiet_ms:
                return
