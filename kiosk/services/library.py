"""The pack library: which packs the kiosk shows, with hot swap and a last good copy of each.

A reload never makes things worse: a pack that now fails validation keeps its previous good
version on screen and the reason is kept for the staff menu. New versions are *staged* and
only *applied* when nobody is using the kiosk, so a visitor never sees a pack change under
their finger.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from kiosk.content.problems import Problem
from kiosk.content.results import ContentResult, PackResult
from kiosk.services.atomic import write_atomically
from kiosk.services.content_cache import ContentCache, cache_key

if TYPE_CHECKING:
    from kiosk.content.image_checks import ImageCheckMemo
    from kiosk.content.models import Exhibit, Pack

Fingerprint = tuple[tuple[str, int, int, int], ...]


class LoadedPack(NamedTuple):
    """A pack that passed validation, with the image files it may use (already checked).

    This and :class:`PackStatus` are named tuples, not dataclasses: as immutable, and made
    before a kiosk's first frame for a tenth of the cost (see ``kiosk.ui.rows``)."""

    pack: Pack
    folder: Path
    images: dict[str, Path]
    source: str  # the folder or zip name in the content folder: the key across reloads


class PackStatus(NamedTuple):
    """What the staff menu shows for one pack source."""

    source: str
    pack_id: str
    title: str
    version: str
    state: str  # "shown", "hidden", "kept-old" (new version rejected) or "rejected"
    errors: tuple[str, ...] = ()


# Identity, not field-by-field equality, and no generated repr (every pack): each method a
# dataclass generates is compiled when a starting kiosk imports it (about 0.4 ms each).
@dataclass(eq=False, repr=False)
class ContentLibrary:
    """Loads a content folder and answers what to show."""

    root: Path
    pack_order: list[str] = field(default_factory=list)
    hidden: set[str] = field(default_factory=set)
    only: frozenset[str] | None = None  # pack folder names to load (preview of one pack)
    exhibit: Exhibit | None = None
    all_packs: list[LoadedPack] = field(default_factory=list)
    rejected: dict[str, list[Problem]] = field(default_factory=dict)
    _staged: tuple[Exhibit, list[LoadedPack], dict[str, list[Problem]]] | None = None
    # Images that passed their check, kept in ``image_memo_path`` across starts (if given).
    image_memo_path: Path | None = None
    # The last validated result, reused while the folder is unchanged (``kiosk run`` only).
    content_cache_path: Path | None = None
    _image_checks: ImageCheckMemo | None = None

    @property
    def image_checks(self) -> ImageCheckMemo:
        """Read on first use: a start that reuses cached content checks no image."""
        if self._image_checks is None:
            from kiosk.content.image_checks import ImageCheckMemo

            self._image_checks = ImageCheckMemo()
            if self.image_memo_path is not None:
                # None yet, or unreadable: then every image is checked once more.
                with contextlib.suppress(OSError):
                    memo = self.image_memo_path.read_bytes()
                    self._image_checks = ImageCheckMemo.from_json(memo)
        return self._image_checks

    @property
    def packs(self) -> list[LoadedPack]:
        """Packs on screen: not hidden, in the staff's order, then the exhibit's."""
        shown = [p for p in self.all_packs if p.pack.id not in self.hidden]
        order = {pack_id: index for index, pack_id in enumerate(self.pack_order)}
        return sorted(shown, key=lambda p: order.get(p.pack.id, len(order)))

    def load(self) -> ContentResult:
        """Validate the content folder (any thread); unchanged images are not decoded again,
        and an unchanged folder is not validated again if a content cache is set."""
        cache = ContentCache(self.content_cache_path) if self.content_cache_path else None
        key = cache_key(self.root, self.fingerprint(), self.only) if cache else b""
        cached = cache.read(key) if cache else None
        if cached is not None:
            return cached
        from kiosk.content.loader import load_content  # YAML, checks, Markdown: only now

        checks = self.image_checks
        result = load_content(self.root, only=self.only, image_checks=checks)
        if self.image_memo_path is not None and checks.changed:
            checks.changed = False
            with contextlib.suppress(OSError):  # a read-only disk costs time at the next start
                write_atomically(self.image_memo_path, checks.to_json())
        if cache is not None:
            cache.write(key, result)
        return result

    def reload(self) -> ContentResult:
        """Load the folder again and apply the result at once (start-up, staff reload)."""
        result = self.load()
        self._staged = self._merge(result)
        self.apply_staged()
        return result

    def stage(self, result: ContentResult) -> None:
        """Keep a freshly loaded result until :meth:`apply_staged` (at the attract screen)."""
        self._staged = self._merge(result)

    @property
    def has_staged(self) -> bool:
        return self._staged is not None

    def apply_staged(self) -> bool:
        if self._staged is None:
            return False
        self.exhibit, self.all_packs, self.rejected = self._staged
        self._staged = None
        return True

    def _merge(
        self, result: ContentResult
    ) -> tuple[Exhibit, list[LoadedPack], dict[str, list[Problem]]]:
        previous = {loaded.source: loaded for loaded in self.all_packs}
        by_id = {r.pack.id: r for r in result.packs if r.ok and r.pack is not None}
        packs = [
            LoadedPack(
                pack, by_id[pack.id].path, dict(by_id[pack.id].images), _source(by_id[pack.id])
            )
            for pack in result.shown_packs()
        ]
        rejected = {_source(r): r.errors for r in result.packs if not r.ok}
        fresh_sources = {p.source for p in packs}
        fresh_ids = {p.pack.id for p in packs}
        for source in rejected:
            old = previous.get(source)
            if old is not None and source not in fresh_sources and old.pack.id not in fresh_ids:
                packs.append(old)  # the last good copy stays on screen
        return result.exhibit, packs, rejected

    def find(self, pack_id: str) -> LoadedPack | None:
        return next((p for p in self.all_packs if p.pack.id == pack_id), None)

    def statuses(self) -> list[PackStatus]:
        """Every pack source, for the staff menu."""
        rows = []
        for loaded in self.all_packs:
            pack = loaded.pack
            title = pack.title if isinstance(pack.title, str) else next(iter(pack.title.values()))
            if loaded.source in self.rejected:
                state, errors = "kept-old", tuple(str(p) for p in self.rejected[loaded.source])
            else:
                state, errors = ("hidden" if pack.id in self.hidden else "shown"), ()
            rows.append(PackStatus(loaded.source, pack.id, title, pack.version, state, errors))
        shown_sources = {loaded.source for loaded in self.all_packs}
        for source, problems in sorted(self.rejected.items()):
            if source not in shown_sources:
                rows.append(
                    PackStatus(source, "", source, "", "rejected", tuple(str(p) for p in problems))
                )
        return rows

    def fingerprint(self) -> Fingerprint:
        """Names, sizes and modification times of everything in the content folder."""
        entries = []
        try:
            for base, dirs, files in os.walk(self.root):
                top = Path(base) == self.root
                dirs[:] = [
                    d
                    for d in dirs
                    if not d.startswith(".")
                    and not (top and self.only is not None and d not in self.only)
                ]
                if top and self.only is not None:
                    files = [f for f in files if f in self.only or f == "exhibit.yaml"]
                for name in files:
                    path = Path(base, name)
                    try:
                        info = path.stat()
                    except OSError:
                        continue  # deleted while we looked: the next scan sees it
                    relative = str(path.relative_to(self.root))
                    entries.append((relative, info.st_size, info.st_mtime_ns, info.st_ino))
        except OSError:
            return ()
        return tuple(sorted(entries))


def _source(result: PackResult) -> str:
    return result.path.name
