"""Watches the content folder and validates changes in the background.

Polling (every 2 s) rather than file-system notifications: it works the same on network
shares and with sync tools, and a change is only loaded once the folder has stood still for
one interval, so a half-copied file is not even looked at.
"""

from __future__ import annotations

import gc
import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.content.results import ContentResult
from kiosk.services.library import ContentLibrary, Fingerprint

log = logging.getLogger(__name__)


class ContentWatcher(QObject):
    """Emits ``staged`` when a changed content folder has been loaded and staged."""

    staged = Signal()
    loaded = Signal(object)  # every ContentResult, valid or not (the preview lists problems)
    _loaded = Signal(object, object)  # (fingerprint, ContentResult) from the worker thread

    def __init__(
        self, library: ContentLibrary, interval_ms: int = 2000, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._applied: Fingerprint = library.fingerprint()
        self._candidate: Fingerprint | None = None
        self._loading = False
        self._collector_paused = False
        self._loaded.connect(self._on_loaded)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (the window closed)."""
        self._timer.stop()
        self._resume_collector()

    def _pause_collector(self) -> None:
        """No cycle collection while the worker thread runs; see :meth:`poll`."""
        if gc.isenabled():
            gc.disable()
            self._collector_paused = True

    def _resume_collector(self) -> None:
        if self._collector_paused:
            self._collector_paused = False
            gc.enable()

    @Slot()
    def poll(self) -> None:
        if self._loading:
            return
        current = self._library.fingerprint()
        if current == self._applied:
            self._candidate = None
            return
        if current != self._candidate:
            self._candidate = current  # changed: wait until it stops changing
            return
        self._loading = True
        # Python runs a cycle collection on whichever thread happens to allocate, and the
        # garbage it frees can hold Qt objects that belong to the GUI thread; freed on the
        # worker, they crash the kiosk (a segfault seen once in the test suite). So the
        # collector is off while the worker loads, and back on, on this thread, when it is
        # done (or the watcher stops).
        self._pause_collector()
        threading.Thread(target=self._load, args=(current,), daemon=True).start()

    def _load(self, fingerprint: Fingerprint) -> None:
        try:
            result = self._library.load()
        except Exception:  # never let a worker failure stop the watcher
            log.exception("loading changed content failed")
            result = None
        self._loaded.emit(fingerprint, result)

    @Slot(object, object)
    def _on_loaded(self, fingerprint: Fingerprint, result: ContentResult | None) -> None:
        self._loading = False
        self._resume_collector()
        self._applied = fingerprint
        if result is None:
            return
        self.loaded.emit(result)
        for pack in result.packs:
            for problem in pack.errors:
                log.warning("pack rejected: %s", problem)
        self._library.stage(result)
        log.info("content changed; new version staged for the next attract screen")
        self.staged.emit()
