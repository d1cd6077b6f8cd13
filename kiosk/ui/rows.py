"""The rows the kiosk's list models show: plain data, already localized and rendered.

Named tuples, not dataclasses: as immutable, and a tenth of the cost to define. Python 3.11
compiles each method a dataclass generates (``PanelRow`` as a frozen, slotted dataclass took
about 4 ms of a kiosk's start), and these are made before its first frame.
"""

from typing import Any, NamedTuple


class PackRow(NamedTuple):
    """A tile on the home screen."""

    pack_id: str
    title: str
    summary: str
    accent: str
    cover_url: str
    cover_alt: str
    panel_count: int
    has_advisory: bool


class PanelRow(NamedTuple):
    """One panel page; timeline events are a list of ``{date, title, text}`` maps.

    Every field is given (``kiosk.ui.present``): a named tuple's default would be one list
    or map shared by every row."""

    panel_id: str
    kind: str
    title: str
    body_html: str
    image_url: str
    image_alt: str
    image_caption: str
    image_credit: str
    intro: str
    events: list[dict[str, Any]]
    source_count: int
    image_sensitive: bool
    image_sensitive_note: str
    images: list[dict[str, Any]]
    quote: str
    speaker: str
    date_label: str
    context_html: str
    questions: list[dict[str, Any]]
    chart: dict[str, Any]
    map_data: dict[str, Any]
    read_more: str
    # The works the panel rests on, short form, in citation-number order:
    # ``{number, sourceId, text}`` (text is Qt rich text with only <i>).
    source_notes: list[dict[str, Any]]


class SourceRow(NamedTuple):
    """One numbered entry on the sources sheet."""

    number: int
    source_id: str
    citation: str
    url: str
    highlighted: bool
    qr_url: str = ""
