"""The staff overlay: PIN entry, pack status, reload, visibility and order, and exit.

Opened by a 3-second press in the top-left corner and a PIN that is checked against a salted
hash in the settings file. Without a PIN set, the menu cannot be opened on a kiosk.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.library import ContentLibrary
from kiosk.services.settings import KioskSettings, save_settings
from kiosk.ui.row_model import camel_case

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5
LOCKOUT_SECONDS = 60
MAX_PIN_DIGITS = 12


class StaffViewModel(QObject):
    """Exposed as ``viewModel.staff``."""

    changed = Signal()
    exitRequested = Signal()

    def __init__(
        self,
        library: ContentLibrary,
        settings: KioskSettings,
        settings_path: Path | None,
        on_content_changed: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._settings = settings
        self._settings_path = settings_path
        self._on_content_changed = on_content_changed
        self._pin_open = False
        self._menu_open = False
        self._digits = ""
        self._message = ""
        self._failures = 0
        self._locked_until = 0.0

    # -- PIN -------------------------------------------------------------------------------

    @Property(bool, notify=changed)
    def pinOpen(self) -> bool:
        return self._pin_open

    @Property(bool, notify=changed)
    def menuOpen(self) -> bool:
        return self._menu_open

    @Property(int, notify=changed)
    def digitsEntered(self) -> int:
        return len(self._digits)

    @Property(str, notify=changed)
    def message(self) -> str:
        return self._message

    @Slot()
    def requestAccess(self) -> None:
        """The hidden gesture: open the PIN pad (or the menu directly in classroom mode)."""
        if self._settings.classroom:
            self._menu_open = True
        else:
            self._pin_open = True
            self._digits = ""
            self._message = (
                ""
                if self._settings.staff_pin_hash
                else ("No staff PIN is set. On this computer run: kiosk set-pin")
            )
        self.changed.emit()

    @Slot(str)
    def enterDigit(self, digit: str) -> None:
        if digit.isdigit() and len(digit) == 1 and len(self._digits) < MAX_PIN_DIGITS:
            self._digits += digit
            self.changed.emit()

    @Slot()
    def deleteDigit(self) -> None:
        self._digits = self._digits[:-1]
        self.changed.emit()

    @Slot()
    def submitPin(self) -> None:
        now = time.monotonic()
        if now < self._locked_until:
            self._message = "Too many wrong PINs. Wait a minute, then try again."
        elif _pin_matches(self._digits, self._settings.staff_pin_hash):
            self._failures = 0
            self._pin_open, self._menu_open, self._message = False, True, ""
            log.info("staff menu opened")
        else:
            self._failures += 1
            self._message = "Wrong PIN."
            log.warning("wrong staff PIN entered (%d in a row)", self._failures)
            if self._failures >= MAX_ATTEMPTS:
                self._locked_until = now + LOCKOUT_SECONDS
                self._failures = 0
        self._digits = ""
        self.changed.emit()

    def open_menu_for_screenshot(self) -> None:
        """``kiosk screenshot --screen staff`` shows the menu without a PIN (offscreen only)."""
        self._pin_open, self._menu_open = False, True
        self.changed.emit()

    @Slot()
    def close(self) -> None:
        self._pin_open = self._menu_open = False
        self._digits, self._message = "", ""
        self.changed.emit()

    # -- the menu --------------------------------------------------------------------------

    @Property(list, notify=changed)
    def packs(self) -> list[dict]:
        rows = []
        for status in self._library.statuses():
            row = {camel_case(key): value for key, value in status._asdict().items()}
            row["errors"] = list(status.errors)
            rows.append(row)
        return rows

    @Slot()
    def reload(self) -> None:
        result = self._library.reload()
        log.info(
            "staff reload: %d packs valid of %d", sum(r.ok for r in result.packs), len(result.packs)
        )
        self._on_content_changed()
        self.changed.emit()

    @Slot(str)
    def toggleHidden(self, pack_id: str) -> None:
        hidden = set(self._settings.hidden_packs)
        hidden.symmetric_difference_update({pack_id})
        self._settings.hidden_packs = sorted(hidden)
        self._library.hidden = hidden
        self._save()

    @Slot(str, int)
    def move(self, pack_id: str, step: int) -> None:
        order = [p.pack.id for p in self._library.packs]
        order += [p.pack.id for p in self._library.all_packs if p.pack.id not in order]
        if pack_id not in order:
            return
        index = order.index(pack_id)
        target = max(0, min(len(order) - 1, index + step))
        order.insert(target, order.pop(index))
        self._settings.pack_order = order
        self._library.pack_order = order
        self._save()

    def _save(self) -> None:
        if self._settings_path is not None:
            try:
                save_settings(self._settings, self._settings_path)
            except OSError as error:
                self._message = f"Could not save the settings: {error.strerror}"
        self._on_content_changed()
        self.changed.emit()

    @Slot()
    def exitKiosk(self) -> None:
        if self._menu_open:
            log.info("kiosk closed from the staff menu")
            self.exitRequested.emit()


def _pin_matches(digits: str, pin_hash: str | None) -> bool:
    from kiosk.services.pin import check_pin  # scrypt and secrets: only when a PIN is typed

    return check_pin(digits, pin_hash)
