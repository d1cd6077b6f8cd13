"""What loading a pack or a content folder gives: the validated packs and every problem.

Kept apart from :mod:`kiosk.content.loader` so that a kiosk start which reuses its cached
content (:mod:`kiosk.services.content_cache`) can unpickle these without importing the YAML
reader, the checks and the Markdown parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.problems import Problem, Severity

if TYPE_CHECKING:
    from kiosk.content.models import Exhibit, Pack

__all__ = ["ContentResult", "PackResult"]


@dataclass
class PackResult:
    """One pack folder: the validated pack (``None`` if it has errors) and its problems."""

    path: Path
    file: str
    pack: Pack | None = None
    problems: list[Problem] = field(default_factory=list)
    images: dict[str, Path] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        return self.pack is not None and not self.errors


@dataclass
class ContentResult:
    """A content folder: its exhibit settings and every pack folder found in it."""

    root: Path
    exhibit: Exhibit
    packs: list[PackResult]
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.packs) and not any(
            p.severity is Severity.ERROR for p in self.problems
        )

    def shown_packs(self) -> list[Pack]:
        """Valid packs in the exhibit's order; packs it does not name follow alphabetically."""
        valid = {r.pack.id: r.pack for r in self.packs if r.ok and r.pack is not None}
        ordered = [valid.pop(pack_id) for pack_id in self.exhibit.packs if pack_id in valid]
        return ordered + [valid[key] for key in sorted(valid)]

    def result_for(self, pack_id: str) -> PackResult | None:
        return next((r for r in self.packs if r.pack and r.pack.id == pack_id), None)
