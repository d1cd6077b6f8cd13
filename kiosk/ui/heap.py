"""Keep Python's cycle collector out of the frames that answer a touch, and on the GUI thread.

The kiosk keeps a large, long-lived heap: the validated packs, their models and the Qt
wrappers of the UI. Every so often Python's cycle collector walks all of it (a "generation
2" collection) to find nothing, and when that lands in the frame after a tap the visitor
waits 20-30 ms more: it was most of the touch-to-frame p95 (bench/touch.py: text panels p95
32 ms with the collector as is, 16 ms without it). ``gc.freeze`` moves everything alive at
that moment out of the collector's sight; objects made later are collected as usual, and
frozen ones are still freed by reference counting when nothing refers to them any more.

Frozen objects that form cycles are never collected, so a content change (which drops the
old packs) first thaws the heap, collects it, and freezes it again.

Python also starts a collection on whichever thread happens to allocate: Qt's image-loading
thread runs the kiosk's image provider, and the content watcher loads on a thread of its own.
Garbage freed there can hold Qt objects of the GUI thread, which must not be destroyed
elsewhere. So ``kiosk run`` turns automatic collection off and collects on the GUI thread, on
a timer, instead (:class:`GuiThreadCollector`), young objects often and everything rarely.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

TICK_MS = 1_000
# Each tick collects the young objects; every 10th tick the middle generation too, and every
# 120th (two minutes) everything not frozen. A young collection takes a fraction of a
# millisecond; a full one 3-20 ms (measured on the touch bench), which now lands on a tap's
# frame at most once in two minutes instead of every few seconds.
MIDDLE_EVERY = 10
FULL_EVERY = 120


def freeze_long_lived() -> None:
    """Collect once, then exempt everything now alive from later collections."""
    gc.collect()
    gc.freeze()


def refreeze() -> None:
    """After a content change: let the collector see the old content, then freeze again."""
    gc.unfreeze()
    freeze_long_lived()


class GuiThreadCollector(QObject):
    """Automatic collection off; generational collections on a timer instead, on the thread
    this object lives on (the GUI thread)."""

    def __init__(self, parent: QObject, interval_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    @Slot()
    def collect(self) -> None:
        self._ticks += 1
        if self._ticks % FULL_EVERY == 0:
            gc.collect(2)
        elif self._ticks % MIDDLE_EVERY == 0:
            gc.collect(1)
        else:
            gc.collect(0)

    def stop(self) -> None:
        """Back to Python's own collection (the kiosk is shutting down)."""
        self._timer.stop()
        gc.enable()
