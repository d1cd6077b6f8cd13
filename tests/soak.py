"""Monkey test: random taps, swipes and pinches on every screen, with idle resets between.

    python tests/soak.py --minutes 30            # the long run (numbers go in docs/robustness.md)
    python tests/soak.py --events 2000           # a short run (tests/test_soak.py does this)

It reports events sent, QML warnings, and resident memory after warm-up, at the end and every
``--sample-every`` events. It exits 1 on any QML warning or if memory grew by more than the
allowed margin.

Memory is read after the event loop has done what ``app.exec()`` does between touches (deferred
deletes of dropped pages) and after both garbage collectors: without that, a harness that only
calls ``processEvents`` keeps every dropped QML page alive and reports a leak the kiosk does
not have. Warm-up visits every panel in every display mode, then sends random input for a while,
so caches that fill on first use (glyphs, QML components of rarely opened sheets) are full
before the baseline is taken.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kiosk.ui.qt_app import use_offscreen

use_offscreen((1920, 1080))

from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QEvent,
    QPoint,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtTest import QTest  # noqa: E402

from kiosk.services.library import ContentLibrary  # noqa: E402
from kiosk.ui.engine import build_ui  # noqa: E402
from kiosk.ui.qt_app import application  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1920, 1080


@dataclass
class SoakReport:
    events: int
    seconds: float
    qml_warnings: list[str]
    rss_warmup_mb: float
    rss_end_mb: float
    screens_seen: list[str]
    samples: list[tuple[int, float]] = field(default_factory=list)  # (events sent, RSS MB)

    @property
    def growth_mb(self) -> float:
        return self.rss_end_mb - self.rss_warmup_mb


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Monkey:
    """Sends random touch input to the window."""

    def __init__(self, window, rng: random.Random) -> None:
        self.window = window
        self.rng = rng
        self.device = QTest.createTouchDevice()

    def point(self) -> QPoint:
        return QPoint(self.rng.randrange(8, WIDTH - 8), self.rng.randrange(8, HEIGHT - 8))

    def tap(self) -> None:
        p = self.point()
        QTest.touchEvent(self.window, self.device).press(0, p, self.window).commit()
        QTest.touchEvent(self.window, self.device).release(0, p, self.window).commit()

    def swipe(self) -> None:
        start, end = self.point(), self.point()
        QTest.touchEvent(self.window, self.device).press(0, start, self.window).commit()
        for step in range(1, 6):
            x = start.x() + (end.x() - start.x()) * step // 5
            y = start.y() + (end.y() - start.y()) * step // 5
            QTest.touchEvent(self.window, self.device).move(0, QPoint(x, y), self.window).commit()
            QTest.qWait(1)
        QTest.touchEvent(self.window, self.device).release(0, end, self.window).commit()

    def pinch(self) -> None:
        c = self.point()
        a, b = self.rng.randrange(20, 200), self.rng.randrange(20, 300)
        seq = QTest.touchEvent(self.window, self.device)
        seq.press(0, QPoint(c.x() - a, c.y()), self.window)
        seq.press(1, QPoint(c.x() + a, c.y()), self.window).commit()
        QTest.touchEvent(self.window, self.device).move(
            0, QPoint(c.x() - b, c.y()), self.window
        ).move(1, QPoint(c.x() + b, c.y()), self.window).commit()
        QTest.touchEvent(self.window, self.device).release(
            0, QPoint(c.x() - b, c.y()), self.window
        ).release(1, QPoint(c.x() + b, c.y()), self.window).commit()

    def act(self) -> None:
        roll = self.rng.random()
        if roll < 0.7:
            self.tap()
        elif roll < 0.92:
            self.swipe()
        else:
            self.pinch()


def warm_up_every_screen(vm, app) -> None:
    """Visit every panel in every text size and contrast once, so that the bounded caches
    (decoded images, drawn maps, QML's pixmaps) are full before memory is measured."""
    for step in range(3):
        for contrast in (False, True):
            vm.display.setTextSize(step)
            vm.display.setHighContrast(contrast)
            for pack in range(vm.packs.rowCount()):
                vm.openPack(pack)
                app.processEvents()
                for panel in range(vm.panelCount):
                    vm.goToPanel(panel)
                    for _ in range(3):
                        app.processEvents()
                    vm.openImage(0)
                    app.processEvents()
                    vm.closeImage()
                    vm.openSources()
                    app.processEvents()
                    vm.closeSources()
    vm.startNewVisit()
    for _ in range(20):
        QTest.qWait(5)


def settle(app, engine) -> None:
    """What the kiosk's event loop does between touches, then both garbage collectors."""
    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    engine.collectGarbage()
    app.processEvents()


def run_soak(
    content: Path,
    events: int = 2000,
    minutes: float = 0.0,
    seed: int = 1,
    reduced_motion: bool = True,
    warmup_events: int = 2000,
    sample_every: int = 0,
) -> SoakReport:
    app = application()
    warnings: list[str] = []

    def handler(kind, context, message):
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            warnings.append(message)

    qInstallMessageHandler(handler)
    library = ContentLibrary(content)
    library.reload()
    ui = build_ui(library, reduced_motion=reduced_motion)
    ui.window.show()
    QTest.qWaitForWindowExposed(ui.window)
    vm = ui.view_model
    monkey = Monkey(ui.window, random.Random(seed))
    screens: set[str] = set()
    warm_up_every_screen(vm, app)

    def act(sent: int) -> None:
        monkey.act()
        screens.add(vm.screen)
        if sent % 25 == 0:
            app.processEvents()
        if sent % 400 == 0:
            vm.idle.show_attract()  # an idle reset between visitors
            app.processEvents()
            monkey.tap()  # a new visitor wakes it

    for sent in range(1, warmup_events + 1):
        act(sent)
    settle(app, ui.engine)
    rss_warmup = rss_mb()
    samples = [(0, round(rss_warmup, 1))]
    started = time.monotonic()
    deadline = started + minutes * 60 if minutes else None
    sent = 0
    while (deadline is None and sent < events) or (
        deadline is not None and time.monotonic() < deadline
    ):
        sent += 1
        act(sent)
        if sample_every and sent % sample_every == 0:
            settle(app, ui.engine)
            samples.append((sent, round(rss_mb(), 1)))
    settle(app, ui.engine)
    report = SoakReport(
        sent,
        time.monotonic() - started,
        warnings + ui.qml_warnings,
        rss_warmup,
        rss_mb(),
        sorted(screens),
        [*samples, (sent, round(rss_mb(), 1))],
    )
    ui.close()
    qInstallMessageHandler(None)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", default=str(REPO / "content"))
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--minutes", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-growth-mb", type=float, default=20.0)
    parser.add_argument("--warmup-events", type=int, default=2000)
    parser.add_argument("--sample-every", type=int, default=10000, help="RSS every N events")
    args = parser.parse_args(argv)
    report = run_soak(
        Path(args.content),
        args.events,
        args.minutes,
        args.seed,
        warmup_events=args.warmup_events,
        sample_every=args.sample_every,
    )
    print(json.dumps({**asdict(report), "growth_mb": round(report.growth_mb, 1)}, indent=2))
    ok = not report.qml_warnings and report.growth_mb <= args.max_growth_mb
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
