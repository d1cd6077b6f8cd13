"""Reading-level measures for panel text: words per panel and words per sentence.

A visitor reads a kiosk standing up, with about thirty seconds to spare, so the exhibit's house
rules are panels of 60-120 words and sentences of at most 25 words. These measures work on the
words a visitor sees: citation marks are dropped and glossary marks keep only their words.
Pure Python, no Qt, so the exhibit tests and curators' tools share one definition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.content.models import (
    Pack,
    QuestionsPanel,
    QuotePanel,
    TextPanel,
    TimelinePanel,
)

PANEL_WORDS = (60, 120)
MAX_SENTENCE_WORDS = 25

_CITATION = re.compile(r"\s*\[@[^\]]*\]")
_TERM = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")
_EMPHASIS = re.compile(r"[*_]+")
_LIST_MARK = re.compile(r"^[ \t]*(?:[-*]|\d+\.)[ \t]+", re.MULTILINE)
# A sentence ends at . ! or ? (and a closing quote or bracket) before a space and a capital
# letter, a digit or an opening quote. Initials ("G. F. Krivosheev") split early, which only
# ever makes sentences look shorter; the longest sentence is what the rules bound.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘(A-ZА-Я0-9])")
_WORD = re.compile(r"[\w’'–-]+", re.UNICODE)


def visible_text(markdown: str) -> str:
    """The words of a Markdown text as a visitor reads them."""
    text = _CITATION.sub("", markdown)
    text = _TERM.sub(lambda m: m.group(2) or m.group(1).replace("-", " "), text)
    text = _LIST_MARK.sub("\n", text)  # each list item reads as a block of its own
    return _EMPHASIS.sub("", text)


def words(text: str) -> int:
    """The number of words in plain text."""
    return len(_WORD.findall(text))


def sentences(text: str) -> list[str]:
    """Plain text split into sentences (paragraphs and list items always end one)."""
    found: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        found.extend(s.strip() for s in _SENTENCE_END.split(block.replace("\n", " ")) if s.strip())
    return found


@dataclass(frozen=True)
class PanelReading:
    """What a visitor faces on one panel, in one language."""

    panel_id: str
    kind: str
    words: int
    longest_sentence: str
    longest_sentence_words: int
    measured_length: bool  # False for kinds whose length is not bounded (timelines, charts)


def _texts(panel: object, language: str, default: str) -> tuple[list[str], bool]:
    """The panel's readable texts, and whether its total length is held to the panel range."""

    def pick(value: str | dict[str, str] | None) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        return value.get(language) or value.get(default) or next(iter(value.values()))

    if isinstance(panel, TextPanel):
        return [pick(panel.body)], True
    if isinstance(panel, QuotePanel):
        return [pick(panel.quote), pick(panel.context)], False
    if isinstance(panel, QuestionsPanel):
        parts = [pick(panel.intro)]
        for question in panel.questions:
            parts += [pick(question.question), pick(question.answer)]
        return parts, False
    if isinstance(panel, TimelinePanel):
        parts = [pick(panel.intro)]
        for event in panel.events:
            parts += [pick(event.title), pick(event.text)]
        return parts, False
    return [pick(getattr(panel, name, None)) for name in ("intro", "note")], False


def read_panel(panel: object, language: str, default: str) -> PanelReading:
    """Measure one panel of a pack in ``language`` (falling back to ``default``)."""
    texts, measured = _texts(panel, language, default)
    plain = [visible_text(text) for text in texts if text]
    all_sentences = [s for text in plain for s in sentences(text)]
    longest = max(all_sentences, key=words, default="")
    return PanelReading(
        panel_id=panel.id,  # type: ignore[attr-defined]
        kind=panel.kind,  # type: ignore[attr-defined]
        words=sum(words(text) for text in plain),
        longest_sentence=longest,
        longest_sentence_words=words(longest),
        measured_length=measured,
    )


def read_pack(pack: Pack, language: str | None = None) -> list[PanelReading]:
    """Measure every panel of a pack."""
    return [read_panel(panel, language or pack.language, pack.language) for panel in pack.panels]


def reading_problems(pack: Pack, language: str | None = None) -> list[str]:
    """House-rule breaches in plain English, one line each; empty when the pack reads well."""
    low, high = PANEL_WORDS
    problems = []
    for reading in read_pack(pack, language):
        if reading.measured_length and not low <= reading.words <= high:
            problems.append(
                f"{pack.id}/{reading.panel_id}: {reading.words} words; aim for {low}-{high}"
            )
        if reading.longest_sentence_words > MAX_SENTENCE_WORDS:
            problems.append(
                f"{pack.id}/{reading.panel_id}: a sentence of {reading.longest_sentence_words} "
                f"words (at most {MAX_SENTENCE_WORDS}): {reading.longest_sentence!r}"
            )
    return problems
