"""Problems found in content, each with the place a curator has to go to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """An error stops a pack from being shown; a warning is shown but does not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem at ``file:line:column`` (line and column count from 1; 0 means unknown)."""

    file: str
    line: int
    column: int
    key_path: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        label = "" if self.severity is Severity.ERROR else "warning: "
        key = f"{self.key_path}: " if self.key_path else ""
        return f"{where}: {label}{key}{self.message}"

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "key": self.key_path,
            "message": self.message,
            "severity": str(self.severity),
        }


def format_key_path(path: tuple[str | int, ...]) -> str:
    """``('panels', 3, 'sources', 1)`` -> ``panels[3].sources[1]``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text
