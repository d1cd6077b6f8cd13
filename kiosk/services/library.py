"""The pack library: which packs the kiosk shows, keeping the last good copy of each.

A reload never makes things worse: a pack that fails validation keeps its previous good
version on screen, and the reason is kept for the staff menu.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.loader import ContentResult, PackResult, load_content
from kiosk.content.models import Exhibit, Pack
from kiosk.content.problems import Problem


@dataclass(frozen=True)
class LoadedPack:
    """A pack that passed validation, with the image files it may use (already checked)."""

    pack: Pack
    folder: Path
    images: dict[str, Path]


@dataclass
class ContentLibrary:
    """Loads a content folder and answers what to show."""

    root: Path
    exhibit: Exhibit | None = None
    packs: list[LoadedPack] = field(default_factory=list)
    rejected: dict[str, list[Problem]] = field(default_factory=dict)

    def reload(self) -> ContentResult:
        """Load the folder again; keep the last good copy of any pack that is now broken."""
        result = load_content(self.root)
        previous = {loaded.pack.id: loaded for loaded in self.packs}
        good = {r.pack.id: r for r in result.packs if r.ok and r.pack is not None}
        self.rejected = {_pack_key(r): r.errors for r in result.packs if not r.ok}
        shown: list[LoadedPack] = []
        for pack in result.shown_packs():
            source = good[pack.id]
            shown.append(LoadedPack(pack, source.path, dict(source.images)))
        shown_ids = {p.pack.id for p in shown}
        for key in self.rejected:
            if key in previous and key not in shown_ids:
                shown.append(previous[key])
        self.packs = shown
        self.exhibit = result.exhibit
        return result

    def find(self, pack_id: str) -> LoadedPack | None:
        return next((p for p in self.packs if p.pack.id == pack_id), None)


def _pack_key(result: PackResult) -> str:
    """A broken pack has no parsed id; its folder name is the best key we have."""
    return result.pack.id if result.pack else result.path.name
