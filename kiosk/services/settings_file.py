"""The schema of ``kiosk.yaml``: pydantic, imported only when a settings file must be read.

:class:`kiosk.services.settings.KioskSettings` is the plain dataclass the running kiosk uses;
this model validates a file into it, with the same fields and defaults
(``tests/test_operators.py`` checks that they stay alike). Keeping pydantic out of the
dataclass keeps it out of a start that has no settings file to validate.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from kiosk.services.idle import DEFAULT_IDLE_SECONDS, MIN_IDLE_SECONDS

LANGUAGE_PATTERN = r"^[a-z]{2,3}(-[A-Z]{2})?$"
PIN_HASH_PATTERN = r"^scrypt\$[0-9a-f]{32}\$[0-9a-f]{64}$"


class SettingsFile(BaseModel):
    """Everything a technician may set for one kiosk, as written in ``kiosk.yaml``."""

    model_config = ConfigDict(extra="forbid")

    content: Path | None = None
    language: str = Field(default="en", pattern=LANGUAGE_PATTERN)
    idle_timeout: int = Field(default=DEFAULT_IDLE_SECONDS, ge=MIN_IDLE_SECONDS, le=3600)
    pack_order: list[str] = []
    hidden_packs: list[str] = []
    staff_pin_hash: str | None = Field(default=None, pattern=PIN_HASH_PATTERN)
    rotation: Literal[0, 90, 180, 270] = 0
    log_folder: Path | None = None
    classroom: bool = False
    reduced_motion: bool = False
