"""The rows the kiosk's list models show: plain data, already localized and rendered."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class PackRow:
    """A tile on the home screen."""

    pack_id: str
    title: str
    summary: str
    accent: str
    cover_url: str
    cover_alt: str
    panel_count: int
    has_advisory: bool


@dataclass(frozen=True, slots=True)
class PanelRow:
    """One panel page; timeline events are a list of ``{date, title, text}`` maps."""

    panel_id: str
    kind: str
    title: str
    body_html: str
    image_url: str
    image_alt: str
    image_caption: str
    image_credit: str
    intro: str
    events: list[dict[str, Any]] = field(default_factory=list)
    source_count: int = 0
    image_sensitive: bool = False
    image_sensitive_note: str = ""
    images: list[dict[str, Any]] = field(default_factory=list)
    quote: str = ""
    speaker: str = ""
    date_label: str = ""
    context_html: str = ""
    questions: list[dict[str, Any]] = field(default_factory=list)
    chart: dict[str, Any] = field(default_factory=dict)
    map_data: dict[str, Any] = field(default_factory=dict)
    read_more: str = ""
    # The works the panel rests on, short form, in citation-number order:
    # ``{number, sourceId, text}`` (text is Qt rich text with only <i>).
    source_notes: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One numbered entry on the sources sheet."""

    number: int
    source_id: str
    citation: str
    url: str
    highlighted: bool
    qr_url: str = ""
