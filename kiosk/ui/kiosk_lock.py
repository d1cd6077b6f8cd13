"""Kiosk mode: no key, gesture or window request closes the app except the staff menu."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent

from kiosk.ui.override import override


@cache
def _blocked_keys() -> frozenset[object]:
    """Made at the first key press: the first use of PySide's ``Qt`` namespace builds every one
    of its enums (about 40 ms), and a starting kiosk has better things to do."""
    from PySide6.QtCore import Qt

    key = Qt.Key
    return frozenset(
        {
            key.Key_Escape,
            key.Key_F4,
            key.Key_Q,
            key.Key_W,
            key.Key_Back,
            key.Key_Close,
            key.Key_Exit,
        }
    )


class KioskLock(QObject):
    """An event filter on the window: drops close requests and quitting keys."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.allow_close = False

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.allow_close:
            return False
        if event.type() == QEvent.Type.Close:
            event.ignore()
            return True
        if event.type() in {QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride}:
            assert isinstance(event, QKeyEvent)
            if event.key() in _blocked_keys():
                return True
        return False
