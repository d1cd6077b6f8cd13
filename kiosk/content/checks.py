"""Checks across a whole pack: references, ids, images, translations, colours.

The pydantic models only see one value at a time; these checks see the pack as a whole and
report each problem at the YAML node that has to change.

They read the located YAML data, not the validated model, so that they also run when the
model does not validate: a curator learns of a missing image or an unknown source id in the
same run as a wrong type elsewhere. Every value is therefore checked for its type before it is
used, and a value of the wrong type is skipped (the model's own error reports it).
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from pathlib import Path
from typing import Any

from kiosk.content.assets import AssetProblem, check_image, resolve_inside
from kiosk.content.colour import contrast_ratio
from kiosk.content.geo import HISTORICAL_STATES, country_names
from kiosk.content.image_checks import ImageCheckMemo
from kiosk.content.markup import summarize
from kiosk.content.models import LANGUAGE_PATTERN, MAX_TEXT_LENGTH
from kiosk.content.problems import Problem, Severity, format_key_path, shorten
from kiosk.content.yamlsource import KeyPath, LocatedData, Mark

BACKGROUND = "#16161A"
# Two lines of the home-screen tile at 1080p (PackTile.qml elides after them).
MAX_SUMMARY_LENGTH = 90
MIN_ACCENT_CONTRAST = 3.0
HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
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
    """Collects problems for one parsed pack, shape-valid or not.

    ``data`` is the pack's located YAML data (a map). ``languages`` are the languages the
    exhibit offers visitors; a pack with no text at all in one of them gets one warning.
    ``reported`` are the key paths the model already found a problem at: the checks say
    nothing more there (an id that is not a valid id is also an unknown id, and an empty
    ``src`` is also a missing file; one report at that place says enough).
    """

    located: LocatedData
    pack_dir: Path
    file: str
    raw_lines: list[str]
    problems: list[Problem] = field(default_factory=list)
    images: dict[str, Path] = field(default_factory=dict)
    image_checks: ImageCheckMemo | None = None
    languages: frozenset[str] = frozenset()
    reported: frozenset[str] = frozenset()
    _spans: dict[tuple[int, int], tuple[str, list[int]]] = field(default_factory=dict, repr=False)

    @property
    def data(self) -> dict[Any, Any]:
        return self.located.data if isinstance(self.located.data, dict) else {}

    def run(self) -> list[Problem]:
        self._duplicate_keys()
        self._duplicate_ids()
        self._references()
        self._images()
        self._map_countries()
        self._translations()
        self._exhibit_languages()
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
        always: bool = False,
    ) -> None:
        key_path = format_key_path(path)
        if key_path in self.reported and not always:
            return
        mark = mark or self.located.mark_for(path)
        self.problems.append(
            Problem(self.file, mark.line, mark.column, key_path, message, severity)
        )

    def _section(self, name: str) -> list[tuple[int, dict[Any, Any]]]:
        """The maps in the list ``name`` (sources, glossary, panels), with their indexes."""
        items = self.data.get(name)
        if not isinstance(items, list):
            return []
        return [(index, item) for index, item in enumerate(items) if isinstance(item, dict)]

    @cached_property
    def _language_maps(self) -> list[tuple[KeyPath, dict[str, str]]]:
        """Every text given per language (``{en: ..., ru: ...}``), walked once per pack."""
        return list(_language_maps(self.data, ()))

    @property
    def language(self) -> str:
        language = self.data.get("language", "en")
        if isinstance(language, str) and LANGUAGE_PATTERN.match(language):
            return language
        return "en"

    def _duplicate_keys(self) -> None:
        for path, mark in self.located.duplicate_keys:
            self._add(
                path,
                f"key '{shorten(str(path[-1]), 60)}' appears twice in the same map; keep only one",
                mark=mark,
                always=True,
            )

    def _duplicate_ids(self) -> None:
        for section in ("sources", "glossary", "panels"):
            seen: set[str] = set()
            for index, item in self._section(section):
                item_id = item.get("id")
                if not isinstance(item_id, str):
                    continue
                if item_id in seen:
                    self._add(
                        (section, index, "id"),
                        f"id '{shorten(item_id, 60)}' is used twice in '{section}'; "
                        "ids must be unique",
                    )
                seen.add(item_id)

    def _ids(self, section: str) -> list[str]:
        return [item["id"] for _, item in self._section(section) if isinstance(item.get("id"), str)]

    def _references(self) -> None:
        source_ids = self._ids("sources")
        known_sources = set(source_ids)
        known_terms = set(self._ids("glossary"))
        used: set[str] = set()
        complete = True  # every list of source ids was readable, so "not cited" can be told
        for path, ids in self._source_lists():
            if ids is None:
                complete = False
                continue
            for offset, source_id in enumerate(ids):
                if not isinstance(source_id, str):
                    complete = False
                    continue
                used.add(source_id)
                if source_id not in known_sources:
                    self._add((*path, offset), _unknown("source", source_id, source_ids))
        for index, panel in self._section("panels"):
            listed = panel.get("sources")
            listed = (
                set(x for x in listed if isinstance(x, str)) if isinstance(listed, list) else None
            )
            for key, text in _markdown_in(panel, ()):
                summary = summarize(text)
                path: KeyPath = ("panels", index, *key)
                for citation in summary.citations:
                    used.add(citation.source_id)
                    if citation.source_id not in known_sources:
                        self._add(
                            path,
                            _unknown("source", citation.source_id, source_ids),
                            mark=self._find(path, "@" + citation.source_id),
                        )
                    elif listed is not None and citation.source_id not in listed:
                        self._add(
                            path,
                            f"[@{citation.source_id}] is cited in the text but not "
                            "listed in this panel's 'sources'; add it there",
                            mark=self._find(path, "@" + citation.source_id),
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
        if not complete:
            return
        for index, item in self._section("sources"):
            source_id = item.get("id")
            if isinstance(source_id, str) and source_id not in used:
                self._add(
                    ("sources", index, "id"),
                    f"source '{shorten(source_id, 60)}' is not cited by any panel; "
                    "cite it or remove it",
                    severity=Severity.WARNING,
                )

    def _source_lists(self) -> Iterator[tuple[KeyPath, list[Any] | None]]:
        """Every list of source ids, or ``None`` where one is there but is not a list."""
        for index, term in self._section("glossary"):
            yield ("glossary", index, "sources"), _list_or_none(term.get("sources", []))
        for index, panel in self._section("panels"):
            yield ("panels", index, "sources"), _list_or_none(panel.get("sources", []))
            events = panel.get("events")
            if not isinstance(events, list):
                continue
            for number, event in enumerate(events):
                if isinstance(event, dict):
                    path: KeyPath = ("panels", index, "events", number, "sources")
                    yield path, _list_or_none(event.get("sources", []))

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
        refs: list[tuple[KeyPath, Any]] = []
        cover = self.data.get("cover")
        if isinstance(cover, dict):
            refs.append((("cover", "src"), cover.get("src")))
        for index, panel in self._section("panels"):
            for path, image in _panel_images(panel):
                refs.append((("panels", index, *path, "src"), image.get("src")))
        for path, relative in refs:
            if not isinstance(relative, str) or not relative:
                continue  # missing, empty or not text: the model reports it
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
        for index, panel in self._section("panels"):
            groups = panel.get("groups")
            if panel.get("kind") != "map" or not isinstance(groups, list):
                continue
            known = country_names()
            for number, group in enumerate(groups):
                countries = group.get("countries") if isinstance(group, dict) else None
                if not isinstance(countries, list):
                    continue
                for offset, name in enumerate(countries):
                    if not isinstance(name, str):
                        continue
                    if name not in known and name not in HISTORICAL_STATES:
                        close = difflib.get_close_matches(name, [*known, *HISTORICAL_STATES], n=3)
                        hint = f" (did you mean {', '.join(close)}?)" if close else ""
                        self._add(
                            ("panels", index, "groups", number, "countries", offset),
                            f"'{shorten(name, 60)}' is not a country in the bundled Natural "
                            f"Earth map{hint}; names are as in assets/maps/countries-50m.json",
                        )

    def _translations(self) -> None:
        maps = self._language_maps
        languages = {code for _, value in maps for code in value if isinstance(code, str)}
        if not maps:
            return
        default = self.language
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
                    f"no '{shorten(code, 20)}' translation; visitors choosing it will see the "
                    f"'{default}' text",
                    severity=Severity.WARNING,
                )

    def _exhibit_languages(self) -> None:
        """One warning per language the exhibit offers that this pack has no text in at all.

        A missing translation of one text in a pack that is otherwise translated is reported
        at that text (:meth:`_translations`); a pack not translated at all gets this one
        warning, not one per text.
        """
        used = {self.language}
        for _, value in self._language_maps:
            used.update(code for code in value if isinstance(code, str))
        pack_id = self.data.get("id")
        name = f"pack '{shorten(pack_id, 60)}'" if isinstance(pack_id, str) else "this pack"
        for code in sorted(self.languages - used):
            self._add(
                ("language",) if "language" in self.data else ("id",),
                f"{name} has no '{code}' translation at all, and the exhibit offers "
                f"'{code}'; visitors choosing it see this pack in '{self.language}' "
                f"(write its texts as {{{self.language}: ..., {code}: ...}})",
                severity=Severity.WARNING,
            )

    def _accent(self) -> None:
        accent = self.data.get("accent")
        if not isinstance(accent, str) or not HEX_COLOUR.match(accent):
            return
        ratio = contrast_ratio(accent, BACKGROUND)
        if ratio < MIN_ACCENT_CONTRAST:
            self._add(
                ("accent",),
                f"accent {accent} has a contrast of {ratio:.1f}:1 "
                f"against the background {BACKGROUND}; choose a lighter colour (at least "
                f"{MIN_ACCENT_CONTRAST:.0f}:1)",
                severity=Severity.WARNING,
            )

    def _summary_fits_its_tile(self) -> None:
        summary = self.data.get("summary")
        if isinstance(summary, str):
            texts: dict[Any, Any] = {None: summary}
        elif isinstance(summary, dict):
            texts = summary
        else:
            return
        for code, text in texts.items():
            if isinstance(text, str) and len(text) > MAX_SUMMARY_LENGTH:
                self._add(
                    ("summary",) if code is None else ("summary", code),
                    f"the summary is {len(text)} characters; the home-screen tile shows about "
                    f"{MAX_SUMMARY_LENGTH} (two lines) and cuts off the rest; shorten it",
                    severity=Severity.WARNING,
                )


def _list_or_none(value: Any) -> list[Any] | None:
    return value if isinstance(value, list) else None


def _unknown(what: str, value: str, known: Iterable[str]) -> str:
    known_list = ", ".join(sorted(known)) or "none defined"
    section = "sources" if what == "source" else "glossary"
    return (
        f"unknown {what} id '{shorten(value, 60)}'; add it under '{section}:' or fix the spelling "
        f"(known ids: {known_list})"
    )


MARKDOWN_KEYS = frozenset({"body", "intro", "context", "note", "answer", "text"})


def _markdown_in(data: Any, path: KeyPath) -> Iterator[tuple[KeyPath, str]]:
    """Every Markdown text in a panel's data (per language), with its key path in the panel.

    Texts over the length limit are skipped: the model refuses them, and parsing a megabyte of
    hostile Markdown would only slow the report down.
    """
    if isinstance(data, dict):
        for key, value in data.items():
            if key in MARKDOWN_KEYS and isinstance(value, str):
                if len(value) <= MAX_TEXT_LENGTH:
                    yield (*path, key), value
            elif key in MARKDOWN_KEYS and isinstance(value, dict):
                for code, text in value.items():
                    if isinstance(text, str) and len(text) <= MAX_TEXT_LENGTH:
                        yield (*path, key, code), text
            elif isinstance(value, dict | list):
                yield from _markdown_in(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _markdown_in(value, (*path, index))


def _panel_images(panel: dict[Any, Any]) -> Iterator[tuple[KeyPath, dict[Any, Any]]]:
    image = panel.get("image")
    if isinstance(image, dict):
        yield ("image",), image
    images = panel.get("images")
    for index, item in enumerate(images if isinstance(images, list) else ()):
        if isinstance(item, dict):
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
