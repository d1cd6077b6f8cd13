"""Checks across a whole pack: references, ids, images, translations, colours.

The pydantic models only see one value at a time; these checks see the pack as a whole and
report each problem at the YAML node that has to change.
"""

from __future__ import annotations

import difflib
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any

from kiosk.content.assets import AssetProblem, check_image, resolve_inside
from kiosk.content.colour import contrast_ratio
from kiosk.content.geo import HISTORICAL_STATES, country_names
from kiosk.content.image_checks import ImageCheckMemo
from kiosk.content.markup import summarize
from kiosk.content.models import ImageRef, MapPanel, Pack, TimelinePanel
from kiosk.content.problems import Problem, Severity, format_key_path, shorten
from kiosk.content.yamlsource import KeyPath, LocatedData, Mark

BACKGROUND = "#16161A"
# Two lines of the home-screen tile at 1080p (PackTile.qml elides after them).
MAX_SUMMARY_LENGTH = 90
MIN_ACCENT_CONTRAST = 3.0
LOCAL_TEXT_KEYS = frozenset(
    {
        "title",
        "summary",
        "advisory",
        "body",
        "alt",
        "caption",
        "credit",
        "term",
        "definition",
        "text",
        "intro",
        "tagline",
    }
)


@dataclass
class PackChecker:
    """Collects problems for one parsed and shape-valid pack."""

    pack: Pack
    located: LocatedData
    pack_dir: Path
    file: str
    raw_lines: list[str]
    problems: list[Problem] = field(default_factory=list)
    images: dict[str, Path] = field(default_factory=dict)
    image_checks: ImageCheckMemo | None = None
    _spans: dict[tuple[int, int], tuple[str, list[int]]] = field(default_factory=dict, repr=False)

    def run(self) -> list[Problem]:
        self._duplicate_keys()
        self._duplicate_ids()
        self._references()
        self._images()
        self._map_countries()
        self._translations()
        self._accent()
        self._summary_fits_its_tile()
        return self.problems

    def _add(
        self,
        path: KeyPath,
        message: str,
        *,
        severity: Severity = Severity.ERROR,
        mark: Mark | None = None,
    ) -> None:
        mark = mark or self.located.mark_for(path)
        self.problems.append(
            Problem(self.file, mark.line, mark.column, format_key_path(path), message, severity)
        )

    def _duplicate_keys(self) -> None:
        for path, mark in self.located.duplicate_keys:
            self._add(
                path, f"key '{path[-1]}' appears twice in the same map; keep only one", mark=mark
            )

    def _duplicate_ids(self) -> None:
        for section in ("sources", "glossary", "panels"):
            items = getattr(self.pack, section)
            counts = Counter(item.id for item in items)
            for index, item in enumerate(items):
                if counts[item.id] > 1 and _first_index(items, item.id) != index:
                    self._add(
                        (section, index, "id"),
                        f"id '{item.id}' is used twice in '{section}'; ids must be unique",
                    )

    def _references(self) -> None:
        source_ids = [s.id for s in self.pack.sources]
        known_sources = set(source_ids)
        known_terms = {t.id for t in self.pack.glossary}
        used: set[str] = set()
        for path, ids in self._source_lists():
            for offset, source_id in enumerate(ids):
                used.add(source_id)
                if source_id not in known_sources:
                    self._add((*path, offset), _unknown("source", source_id, source_ids))
        for index, panel in enumerate(self.pack.panels):
            for key, text in _panel_texts(panel):
                summary = summarize(text)
                path: KeyPath = ("panels", index, *key)
                for citation in summary.citations:
                    used.add(citation.source_id)
                    mark = self._find(path, "@" + citation.source_id)
                    if citation.source_id not in known_sources:
                        self._add(
                            path, _unknown("source", citation.source_id, source_ids), mark=mark
                        )
                    elif citation.source_id not in panel.sources:
                        self._add(
                            path,
                            f"[@{citation.source_id}] is cited in the text but not "
                            "listed in this panel's 'sources'; add it there",
                            mark=mark,
                        )
                for term in summary.terms:
                    if term not in known_terms:
                        self._add(
                            path,
                            _unknown("glossary term", term, sorted(known_terms)),
                            mark=self._find(path, "[[" + term),
                        )
                for bad in summary.malformed:
                    self._add(
                        path,
                        f"{shorten(bad, 60)!r} looks like a citation or glossary mark but is not "
                        "one; write [@source-id] or [[term-id]]",
                        severity=Severity.WARNING,
                        mark=self._find(path, bad),
                    )
        for index, source_id in enumerate(source_ids):
            if source_id not in used:
                self._add(
                    ("sources", index, "id"),
                    f"source '{source_id}' is not cited by any panel; cite it or remove it",
                    severity=Severity.WARNING,
                )

    def _source_lists(self) -> Iterator[tuple[KeyPath, list[str]]]:
        for index, term in enumerate(self.pack.glossary):
            yield ("glossary", index, "sources"), term.sources
        for index, panel in enumerate(self.pack.panels):
            yield ("panels", index, "sources"), panel.sources
            if isinstance(panel, TimelinePanel):
                for number, event in enumerate(panel.events):
                    yield ("panels", index, "events", number, "sources"), event.sources

    def _find(self, path: KeyPath, needle: str) -> Mark:
        """The line and column of ``needle`` in the text that starts at ``path``.

        Only the lines the text itself spans are searched, joined once per text and searched
        in C: a text may hold thousands of marks, some spelled differently in the file (an
        escape in a quoted string), and a line-by-line search of the rest of the file for each
        would make validation quadratic.
        """
        start = self.located.mark_for(path)
        end = self.located.value_ends.get(path, start)
        first = max(start.line - 1, 0)
        last = min(max(end.line, start.line), len(self.raw_lines))
        span = self._spans.get((first, last))
        if span is None:
            lines = self.raw_lines[first:last]
            offsets = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
            span = self._spans[(first, last)] = ("\n".join(lines), offsets)
        chunk, offsets = span
        at = chunk.find(needle)
        if at < 0:
            return start
        index = bisect_right(offsets, at) - 1
        return Mark(first + index + 1, at - offsets[index] + 1)

    def _images(self) -> None:
        refs: list[tuple[KeyPath, str]] = [(("cover", "src"), self.pack.cover.src)]
        for index, panel in enumerate(self.pack.panels):
            for path, image in _panel_images(panel):
                refs.append((("panels", index, *path, "src"), image.src))
        for path, relative in refs:
            try:
                resolved = resolve_inside(self.pack_dir, relative)
                check = self.image_checks.check if self.image_checks else check_image
                notes = check(resolved, relative)
            except AssetProblem as problem:
                self._add(path, str(problem))
            else:
                self.images[relative] = resolved
                for note in notes:
                    self._add(path, note, severity=Severity.WARNING)

    def _map_countries(self) -> None:
        for index, panel in enumerate(self.pack.panels):
            if not isinstance(panel, MapPanel):
                continue
            known = country_names()
            for number, group in enumerate(panel.groups):
                for offset, name in enumerate(group.countries):
                    if name not in known and name not in HISTORICAL_STATES:
                        close = difflib.get_close_matches(name, [*known, *HISTORICAL_STATES], n=3)
                        hint = f" (did you mean {', '.join(close)}?)" if close else ""
                        self._add(
                            ("panels", index, "groups", number, "countries", offset),
                            f"'{name}' is not a country in the bundled Natural Earth map"
                            f"{hint}; names are as in assets/maps/countries-50m.json",
                        )

    def _translations(self) -> None:
        maps = list(_language_maps(self.located.data, ()))
        languages = {code for _, value in maps for code in value}
        if not maps:
            return
        default = self.pack.language
        for path, value in maps:
            if default not in value:
                self._add(
                    path,
                    f"no '{default}' text, the pack's language; add it",
                    severity=Severity.WARNING,
                )
            for code in sorted(languages - set(value) - {default}):
                self._add(
                    path,
                    f"no '{code}' translation; visitors choosing it will see the '{default}' text",
                    severity=Severity.WARNING,
                )

    def _accent(self) -> None:
        ratio = contrast_ratio(self.pack.accent, BACKGROUND)
        if ratio < MIN_ACCENT_CONTRAST:
            self._add(
                ("accent",),
                f"accent {self.pack.accent} has a contrast of {ratio:.1f}:1 "
                f"against the background {BACKGROUND}; choose a lighter colour (at least "
                f"{MIN_ACCENT_CONTRAST:.0f}:1)",
                severity=Severity.WARNING,
            )

    def _summary_fits_its_tile(self) -> None:
        summary = self.pack.summary
        texts = {None: summary} if isinstance(summary, str) else dict(summary)
        for code, text in texts.items():
            if len(text) > MAX_SUMMARY_LENGTH:
                self._add(
                    ("summary",) if code is None else ("summary", code),
                    f"the summary is {len(text)} characters; the home-screen tile shows about "
                    f"{MAX_SUMMARY_LENGTH} (two lines) and cuts off the rest; shorten it",
                    severity=Severity.WARNING,
                )


def _first_index(items: Iterable[Any], item_id: str) -> int:
    return next(i for i, item in enumerate(items) if item.id == item_id)


def _unknown(what: str, value: str, known: Iterable[str]) -> str:
    known_list = ", ".join(sorted(known)) or "none defined"
    section = "sources" if what == "source" else "glossary"
    return (
        f"unknown {what} id '{value}'; add it under '{section}:' or fix the spelling "
        f"(known ids: {known_list})"
    )


MARKDOWN_KEYS = frozenset({"body", "intro", "context", "note", "answer", "text"})


def _panel_texts(panel: Any) -> Iterator[tuple[KeyPath, str]]:
    """Every Markdown text in a panel (per language), with its key path inside the panel."""
    yield from _markdown_in(panel.model_dump(), ())


def _markdown_in(data: Any, path: KeyPath) -> Iterator[tuple[KeyPath, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in MARKDOWN_KEYS and isinstance(value, str):
                yield (*path, key), value
            elif key in MARKDOWN_KEYS and isinstance(value, dict):
                for code, text in value.items():
                    yield (*path, key, code), text
            elif isinstance(value, dict | list):
                yield from _markdown_in(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _markdown_in(value, (*path, index))


def _panel_images(panel: Any) -> Iterator[tuple[KeyPath, ImageRef]]:
    image = getattr(panel, "image", None)
    if image is not None:
        yield ("image",), image
    for index, item in enumerate(getattr(panel, "images", None) or ()):
        yield ("images", index), item


def _language_maps(data: Any, path: KeyPath) -> Iterator[tuple[KeyPath, dict[str, str]]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in LOCAL_TEXT_KEYS and isinstance(value, dict):
                yield (*path, key), value
            else:
                yield from _language_maps(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _language_maps(value, (*path, index))
