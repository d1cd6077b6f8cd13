"""Problems found in content, each with the place a curator has to go to fix it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

# A problem is read by a person: quoting a megabyte of hostile text helps no one and would make
# reports (and the preview screen) unbounded. Values are shortened where they are quoted, and
# these caps are the last line of defence.
MAX_MESSAGE_CHARS = 600
MAX_KEY_PATH_CHARS = 200


# Characters an editor does not show (zero-width, direction marks, byte-order mark): spelled out
# when quoted, or "unknown key 'title'" would leave a curator staring at a correct-looking word.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def shorten(text: str, limit: int = 60) -> str:
    """``text`` cut to at most ``limit`` characters (marked with an ellipsis), with invisible
    characters spelled out as ``<U+200B>``."""
    cut = text if len(text) <= limit else text[: limit - 1] + "\u2026"
    return _INVISIBLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", cut)


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

    def __post_init__(self) -> None:
        if len(self.message) > MAX_MESSAGE_CHARS:
            object.__setattr__(self, "message", shorten(self.message, MAX_MESSAGE_CHARS))
        if len(self.key_path) > MAX_KEY_PATH_CHARS:
            object.__setattr__(self, "key_path", shorten(self.key_path, MAX_KEY_PATH_CHARS))

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
            key = shorten(part, 40)
            text += f".{key}" if text else key
    return text
