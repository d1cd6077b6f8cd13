"""When a kiosk left alone warns, and when it resets for the next visitor.

Pure arithmetic on elapsed seconds, so the rules are tested without waiting.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MIN_IDLE_SECONDS = 30
DEFAULT_IDLE_SECONDS = 90
WARNING_SECONDS = 20


class IdlePhase(StrEnum):
    ACTIVE = "active"
    WARNING = "warning"  # a visible countdown; one tap continues the visit
    ATTRACT = "attract"


@dataclass(frozen=True, eq=False, repr=False)  # fewer generated methods: see ContentLibrary
class IdlePolicy:
    """``timeout`` seconds without a touch end a visit; the last ``warning`` count down."""

    timeout: float = DEFAULT_IDLE_SECONDS
    warning: float = WARNING_SECONDS

    def __post_init__(self) -> None:
        # Never under 30 s: a visitor reading a long panel must not lose it.
        object.__setattr__(self, "timeout", max(float(self.timeout), MIN_IDLE_SECONDS))
        object.__setattr__(self, "warning", min(max(self.warning, WARNING_SECONDS), self.timeout))

    def phase_at(self, idle_seconds: float) -> tuple[IdlePhase, int]:
        """The phase after ``idle_seconds`` without a touch, and whole seconds left before reset."""
        left = self.timeout - idle_seconds
        if left <= 0:
            return IdlePhase.ATTRACT, 0
        if left <= self.warning:
            return IdlePhase.WARNING, int(left + 0.999)
        return IdlePhase.ACTIVE, int(left + 0.999)
