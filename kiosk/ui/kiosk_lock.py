"""Kiosk mode: no key, gesture or window request closes the app except the staff menu."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.ui.override import override

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent


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


@cache
def _event_kinds() -> tuple[object, frozenset[object]]:
    """(close, key presses) made at the first event filtered, not at import: PySide builds
    its ``QEvent`` class, with every member of ``QEvent.Type``, at the first use (about 5 ms),
    and a starting kiosk's window gets this filter only after its first frame."""
    from PySide6.QtCore import QEvent

    kind = QEvent.Type
    return kind.Close, frozenset({kind.KeyPress, kind.ShortcutOverride})


class KioskLock(QObject):
    """An event filter on the window: drops close requests and quitting keys.

    Installed after the window's first frame (``kiosk.ui.engine.build_ui``): before it, there
    is nothing on screen for a visitor to close."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.allow_close = False

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.allow_close:
            return False
        close, keys = _event_kinds()
        kind = event.type()
        if kind == close:
            event.ignore()
            return True
        if kind in keys:
            from PySide6.QtGui import QKeyEvent  # made with QEvent, at the first event

            assert isinstance(event, QKeyEvent)
            return event.key() in _blocked_keys()
        return False
