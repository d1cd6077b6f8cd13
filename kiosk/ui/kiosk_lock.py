"""Kiosk mode: no key, gesture or window request closes the app except the staff menu."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from kiosk.ui.override import override

_BLOCKED_KEYS = {
    Qt.Key.Key_Escape,
    Qt.Key.Key_F4,
    Qt.Key.Key_Q,
    Qt.Key.Key_W,
    Qt.Key.Key_Back,
    Qt.Key.Key_Close,
    Qt.Key.Key_Exit,
}


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
            if event.key() in _BLOCKED_KEYS:
                return True
        return False
