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
    WithJsonSchema,
    model_validator,
)

from kiosk.content.problems import shorten

FORMAT_VERSION = 1

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(-[A-Z]{2})?$")
DATE_PATTERN = re.compile(r"^-?\d{1,4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

Identifier = Annotated[str, Field(pattern=ID_PATTERN)]
# The longest text in the bundled packs is under 1,000 characters. The cap keeps Markdown
# parsing (in the validator and on screen) fast whatever a text contains.
MAX_TEXT_LENGTH = 20_000


def _check_text_length(text: str, what: str) -> None:
    if len(text) > MAX_TEXT_LENGTH:
        raise ValueError(
            f"{what} is {len(text):,} characters long; a text may be at most "
            f"{MAX_TEXT_LENGTH:,} (split it over several panels)"
        )


def _check_local_text(value: str | dict[str, str]) -> str | dict[str, str]:
    """A text is either one string or a map of language code to string, never empty."""
    if isinstance(value, str):
        if not value.strip():
            raise ValueError("text is empty; write the text or remove the key")
        _check_text_length(value, "this text")
        return value
    if not value:
        raise ValueError("language map is empty; give at least one language, e.g. {en: ...}")
    for code, text in value.items():  # codes are checked by LanguageCode, at their own line
        if not text.strip():
            raise ValueError(f"the {code!r} text is empty; write it or remove that language")
        _check_text_length(text, f"the {code!r} text")
    return value


LanguageCode = Annotated[str, Field(pattern=LANGUAGE_PATTERN.pattern)]
LocalText = Annotated[str | dict[LanguageCode, str], AfterValidator(_check_local_text)]


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
        raise ValueError(f"{shorten(value, 40)!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    return value


HistoricalDate = Annotated[
    str,
    BeforeValidator(_normalise_date),
    AfterValidator(_check_date),
    WithJsonSchema(
        {
            "anyOf": [{"type": "integer"}, {"type": "string"}],
            "description": "YYYY, YYYY-MM or YYYY-MM-DD",
        }
    ),
]
HexColour = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]
HttpUrl = Annotated[str, Field(pattern=r"^https?://[^\s<>\"]+$")]


class StrictModel(BaseModel):
    """Base for every pack model: unknown keys are errors, values are immutable.

    ``defer_build``: pydantic builds a model's validator when it first validates, not when the
    class is defined. A kiosk start that reuses its cached, already validated content
    (``kiosk.services.content_cache``) never validates, and saves about 0.2 s of CPU.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


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
    sensitive: bool = False
    sensitive_note: LocalText | None = None

    @model_validator(mode="after")
    def _sensitive_needs_a_note(self) -> ImageRef:
        if self.sensitive and self.sensitive_note is None:
            raise ValueError(
                "a sensitive image needs 'sensitive_note': a short description of what it "
                "shows, read before a visitor chooses to see it"
            )
        return self


class TextPanel(StrictModel):
    """A titled panel of markdown text with an optional image."""

    id: Identifier
    kind: Literal["text"]
    title: LocalText
    body: LocalText
    image: ImageRef | None = None
    read_more: HttpUrl | None = None
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
    read_more: HttpUrl | None = None
    sources: Annotated[list[Identifier], Field(min_length=1)]


class QuotePanel(StrictModel):
    """A primary-source quotation: the words, who said or wrote them, when, and where from."""

    id: Identifier
    kind: Literal["quote"]
    title: LocalText
    quote: LocalText
    speaker: LocalText
    date: HistoricalDate
    context: LocalText | None = None
    image: ImageRef | None = None
    read_more: HttpUrl | None = None
    sources: Annotated[list[Identifier], Field(min_length=1)]


class Question(StrictModel):
    """A question visitors ask, with a short answer (Markdown, may cite)."""

    question: LocalText
    answer: LocalText


class QuestionsPanel(StrictModel):
    """Questions visitors ask; each opens its answer."""

    id: Identifier
    kind: Literal["questions"]
    title: LocalText
    intro: LocalText | None = None
    questions: Annotated[list[Question], Field(min_length=1, max_length=8)]
    read_more: HttpUrl | None = None
    sources: Annotated[list[Identifier], Field(min_length=1)]


class GalleryPanel(StrictModel):
    """Several images with captions, credits and licences."""

    id: Identifier
    kind: Literal["gallery"]
    title: LocalText
    intro: LocalText | None = None
    images: Annotated[list[ImageRef], Field(min_length=2, max_length=12)]
    read_more: HttpUrl | None = None
    sources: Annotated[list[Identifier], Field(min_length=1)]


class ChartSeries(StrictModel):
    """One named row of numbers, one per category; ``null`` where there is no figure."""

    name: LocalText
    values: Annotated[list[float | None], Field(min_length=1)]


class Chart(StrictModel):
    """A bar or line chart the kiosk draws, with the numbers also shown as a table."""

    type: Literal["bar", "line"]
    unit: LocalText
    categories: Annotated[list[str | int], Field(min_length=1, max_length=24)]
    series: Annotated[list[ChartSeries], Field(min_length=1, max_length=4)]
    note: LocalText | None = None

    @model_validator(mode="after")
    def _series_match_categories(self) -> Chart:
        for series in self.series:
            if len(series.values) != len(self.categories):
                raise ValueError(
                    f"each series needs one value per category: {len(self.categories)} "
                    f"categories but {len(series.values)} values (use null for a gap)"
                )
        return self


class ChartPanel(StrictModel):
    """Figures drawn as a chart from data in the pack, with whose figures they are."""

    id: Identifier
    kind: Literal["chart"]
    title: LocalText
    intro: LocalText | None = None
    chart: Chart
    read_more: HttpUrl | None = None
    sources: Annotated[list[Identifier], Field(min_length=1)]


class MapGroup(StrictModel):
    """A set of countries highlighted in one colour, with a label for the legend."""

    label: LocalText
    colour: HexColour
    countries: Annotated[list[str], Field(min_length=1)]


class MapPanel(StrictModel):
    """A regional map drawn from the bundled Natural Earth outlines, with highlighted countries."""

    id: Identifier
    kind: Literal["map"]
    title: LocalText
    intro: LocalText | None = None
    region: Literal["world", "europe", "eurasia"] = "europe"
    groups: Annotated[list[MapGroup], Field(min_length=1, max_length=6)]
    note: LocalText | None = None
    read_more: HttpUrl | None = None
    sources: Annotated[list[Identifier], Field(min_length=1)]


Panel = Annotated[
    TextPanel | TimelinePanel | QuotePanel | QuestionsPanel | GalleryPanel | ChartPanel | MapPanel,
    Field(discriminator="kind"),
]


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
    read_more: HttpUrl | None = None
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
