"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call and aborts
after a few thousand ("none_dealloc"). The pinned release must not."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_do_not_leak_references_to_none():
    obj = QObject()
    for _ in range(100):
        obj.setObjectName("warm-up")
    before = sys.getrefcount(None)
    for index in range(5000):
        obj.setObjectName("x")  # returns void
        obj.blockSignals(index % 2 == 0)
    after = sys.getrefcount(None)
    # Other code may create a handful of None references; 10,000 calls must not cost 10,000.
    assert abs(after - before) < 100, (before, after)
