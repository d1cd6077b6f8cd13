"""Counts idle time and tells QML when to warn and when to show the attract screen."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.services.idle import IdlePhase, IdlePolicy
from kiosk.ui.override import override

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent


class EventKinds(NamedTuple):
    """The events the idle filter watches."""

    activity: frozenset[QEvent.Type]  # a visitor is here
    begin: frozenset[QEvent.Type]  # a finger (or button) goes down
    end: frozenset[QEvent.Type]  # ... and comes up


@cache
def event_kinds() -> EventKinds:
    """Made at the first event filtered, not at import: PySide builds its ``QEvent`` class,
    with every member of ``QEvent.Type``, at the first use (about 5 ms), and a starting
    kiosk's window gets its event filters only after its first frame
    (``kiosk.ui.engine.build_ui``)."""
    from PySide6.QtCore import QEvent

    kind = QEvent.Type
    return EventKinds(
        activity=frozenset(
            {
                kind.TouchBegin,
                kind.TouchUpdate,
                kind.MouseButtonPress,
                kind.MouseMove,
                kind.Wheel,
                kind.KeyPress,
            }
        ),
        begin=frozenset({kind.TouchBegin, kind.MouseButtonPress}),
        end=frozenset({kind.TouchEnd, kind.TouchCancel, kind.MouseButtonRelease}),
    )


def _now() -> float:
    """Monotonic seconds; a module function so tests can stand in a fake clock."""
    return time.monotonic()


class IdleViewModel(QObject):
    """Exposed as ``viewModel.idle``; also an event filter on the window to see every touch."""

    changed = Signal()
    attractStarted = Signal()
    visitStarted = Signal()

    def __init__(
        self,
        policy: IdlePolicy | None = None,
        *,
        enabled: bool = True,
        clock: Callable[[], float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._policy = policy or IdlePolicy()
        self._clock = clock or _now
        self._enabled = enabled
        self._last_activity = self._clock()
        self._phase = IdlePhase.ACTIVE
        self._seconds_left = int(self._policy.timeout)
        self._swallowing = False
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.tick)
        if enabled:
            self._timer.start()

    @Property(str, notify=changed)
    def phase(self) -> str:
        return str(self._phase)

    @Property(int, notify=changed)
    def secondsLeft(self) -> int:
        return self._seconds_left

    @property
    def enabled(self) -> bool:
        return self._enabled

    @Property(int, constant=True)
    def timeoutSeconds(self) -> int:
        return int(self._policy.timeout)

    def stop(self) -> None:
        """Count no more idle time: the window this counted for has closed."""
        self._enabled = False
        self._timer.stop()

    @Slot()
    def tick(self) -> None:
        if not self._enabled or self._phase is IdlePhase.ATTRACT:
            return
        phase, left = self._policy.phase_at(self._clock() - self._last_activity)
        if (phase, left) != (self._phase, self._seconds_left):
            self._phase, self._seconds_left = phase, left
            self.changed.emit()
            if phase is IdlePhase.ATTRACT:
                self.attractStarted.emit()

    @Slot()
    def noteActivity(self) -> None:
        """A touch: the visit goes on, or (on the attract screen) a new one begins."""
        self._last_activity = self._clock()
        was = self._phase
        if was is IdlePhase.ACTIVE:
            return
        self._phase, self._seconds_left = IdlePhase.ACTIVE, int(self._policy.timeout)
        self.changed.emit()
        if was is IdlePhase.ATTRACT:
            self.visitStarted.emit()

    def show_attract(self) -> None:
        """Go straight to the attract screen (start-up, screenshots)."""
        if self._phase is not IdlePhase.ATTRACT:
            self._phase, self._seconds_left = IdlePhase.ATTRACT, 0
            self.changed.emit()
            self.attractStarted.emit()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        kinds = event_kinds()
        if self._swallowing:
            # The touch that woke the kiosk must not also tap what appears under the finger.
            if kind in kinds.end:
                self._swallowing = False
            return True
        if kind in kinds.activity:
            # A touch that dismisses the countdown or the attract screen only does that.
            waking = self._phase is not IdlePhase.ACTIVE and kind in kinds.begin
            self.noteActivity()
            if waking:
                self._swallowing = True
                return True
        return False
