"""What rendered panel text shares with the screens that show it: its style and escaping.

Kept apart from :mod:`kiosk.content.markup` (the Markdown renderer, its rules and patterns) so
that a starting kiosk, which shows only titles and summaries on its home screen, need not
import the renderer before its first frame.
"""

from collections.abc import Callable
from typing import NamedTuple


class RenderStyle(NamedTuple):
    """Colours for marks inside text; the UI passes its theme's values. (A named tuple: made
    before a kiosk's first frame, see ``kiosk.ui.rows``.)"""

    link_colour: str = "#E0474C"
    text_colour: str = "#EDEAE4"
    term_words: Callable[[str], str] | None = None


_HTML_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
)


def escape_html(text: str) -> str:
    """``html.escape(text, quote=True)``, without importing :mod:`html` (which loads its table
    of 2,000 named entities: about 4 ms of a kiosk's start, for five replacements)."""
    return text.translate(_HTML_ESCAPES)
