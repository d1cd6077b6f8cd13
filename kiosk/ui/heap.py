"""Keep Python's cycle collector out of the frames that answer a touch.

The kiosk keeps a large, long-lived heap: the validated packs, their models and the Qt
wrappers of the UI. Every so often Python's cycle collector walks all of it (a "generation
2" collection) to find nothing, and when that lands in the frame after a tap the visitor
waits 20-30 ms more: it was most of the touch-to-frame p95 (bench/touch.py: text panels p95
32 ms with the collector as is, 16 ms without it). ``gc.freeze`` moves everything alive at
that moment out of the collector's sight; objects made later are collected as usual, and
frozen ones are still freed by reference counting when nothing refers to them any more.

Frozen objects that form cycles are never collected, so a content change (which drops the
old packs) first thaws the heap, collects it, and freezes it again.
"""

from __future__ import annotations

import gc


def freeze_long_lived() -> None:
    """Collect once, then exempt everything now alive from later collections."""
    gc.collect()
    gc.freeze()


def refreeze() -> None:
    """After a content change: let the collector see the old content, then freeze again."""
    gc.unfreeze()
    freeze_long_lived()
