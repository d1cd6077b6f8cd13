"""Pydantic models of the content pack format, version 1.

These models check the *shape* of one ``pack.yaml`` (types, required keys, formats). Checks
that need more than one field at once (unknown source ids, missing images, duplicate ids) live
in :mod:`kiosk.content.checks`, so that every problem can be reported with its own location.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    model_validator,
)

FORMAT_VERSION = 1

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(-[A-Z]{2})?$")
DATE_PATTERN = re.compile(r"^-?\d{1,4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

Identifier = Annotated[str, Field(pattern=ID_PATTERN)]


def _check_local_text(value: str | dict[str, str]) -> str | dict[str, str]:
    """A text is either one string or a map of language code to string, never empty."""
    if isinstance(value, str):
        if not value.strip():
            raise ValueError("text is empty; write the text or remove the key")
        return value
    if not value:
        raise ValueError("language map is empty; give at least one language, e.g. {en: ...}")
    for code, text in value.items():
        if not LANGUAGE_PATTERN.match(code):
            raise ValueError(
                f"{code!r} is not a language code; use a code such as en, ru, de or pt-BR"
            )
        if not text.strip():
            raise ValueError(f"the {code!r} text is empty; write it or remove that language")
    return value


LocalText = Annotated[str | dict[str, str], AfterValidator(_check_local_text)]


def _normalise_date(value: object) -> object:
    """Accept ``1929``, ``1929-11`` or ``1929-11-07`` (YAML may read these as int or date)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _check_date(value: str) -> str:
    if not DATE_PATTERN.match(value):
        raise ValueError(f"{value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    return value


HistoricalDate = Annotated[str, BeforeValidator(_normalise_date), AfterValidator(_check_date)]
HexColour = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]
HttpUrl = Annotated[str, Field(pattern=r"^https?://[^\s<>\"]+$")]


class StrictModel(BaseModel):
    """Base for every pack model: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Person(StrictModel):
    """An author in CSL style: family and given name, or a literal name for organisations."""

    family: str | None = None
    given: str | None = None
    literal: str | None = None

    @model_validator(mode="after")
    def _has_a_name(self) -> Person:
        if not (self.family or self.literal):
            raise ValueError("an author needs 'family' (and usually 'given') or 'literal'")
        return self


SourceType = Literal[
    "book",
    "article-journal",
    "chapter",
    "entry-encyclopedia",
    "webpage",
    "report",
    "thesis",
    "document",
]


class Source(StrictModel):
    """One bibliography entry, with CSL-style field names where CSL has one."""

    id: Identifier
    type: SourceType
    author: Annotated[list[Person], Field(min_length=1)]
    title: str = Field(min_length=1)
    container: str | None = None
    editor: list[Person] = []
    publisher: str | None = None
    place: str | None = None
    issued: int = Field(ge=1000, le=2100)
    volume: str | int | None = None
    issue: str | int | None = None
    pages: str | None = None
    url: HttpUrl | None = None
    accessed: dt.date | None = None
    licence: str | None = None
    note: str | None = None


class GlossaryTerm(StrictModel):
    """A term that panel text can mark with ``[[id]]`` so visitors can tap it."""

    id: Identifier
    term: LocalText
    definition: LocalText
    sources: list[Identifier] = []


class ImageRef(StrictModel):
    """An image file inside the pack folder, with what a visitor needs to read about it."""

    src: str = Field(min_length=1)
    alt: LocalText
    caption: LocalText | None = None
    credit: LocalText
    licence: str = Field(min_length=1)


class TextPanel(StrictModel):
    """A titled panel of markdown text with an optional image."""

    id: Identifier
    kind: Literal["text"]
    title: LocalText
    body: LocalText
    image: ImageRef | None = None
    sources: Annotated[list[Identifier], Field(min_length=1)]


class TimelineEvent(StrictModel):
    """One dated event; the date may be a year, a month or a day."""

    date: HistoricalDate
    title: LocalText
    text: LocalText | None = None
    sources: list[Identifier] = []


class TimelinePanel(StrictModel):
    """A titled list of dated events, shown in date order."""

    id: Identifier
    kind: Literal["timeline"]
    title: LocalText
    intro: LocalText | None = None
    events: Annotated[list[TimelineEvent], Field(min_length=1)]
    sources: Annotated[list[Identifier], Field(min_length=1)]


Panel = Annotated[TextPanel | TimelinePanel, Field(discriminator="kind")]


class Pack(StrictModel):
    """One content pack: a ``pack.yaml`` and the images beside it."""

    format: Literal[1]
    id: Identifier
    version: str = Field(pattern=r"^\d+(\.\d+){0,2}$")
    language: str = Field(default="en", pattern=LANGUAGE_PATTERN.pattern)
    title: LocalText
    summary: LocalText
    accent: HexColour
    cover: ImageRef
    advisory: LocalText | None = None
    sources: Annotated[list[Source], Field(min_length=1)]
    glossary: list[GlossaryTerm] = []
    panels: Annotated[list[Panel], Field(min_length=1)]


class Exhibit(StrictModel):
    """``exhibit.yaml`` at the top of a content folder: the exhibit's title and pack order."""

    format: Literal[1]
    title: LocalText
    tagline: LocalText
    language: str = Field(default="en", pattern=LANGUAGE_PATTERN.pattern)
    packs: list[Identifier] = []
