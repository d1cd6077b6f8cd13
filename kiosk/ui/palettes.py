"""The kiosk's colour themes, defined once here so their contrast can be checked in tests.

QML reads these through :class:`DisplaySettings`; nothing in QML hard-codes a text colour.
"""

from typing import NamedTuple


class Palette(NamedTuple):
    """One colour theme. A named tuple, not a dataclass: as immutable, and made before the
    kiosk's first frame for a tenth of the cost (see ``kiosk.ui.rows``)."""

    background: str
    surface: str
    surface_raised: str
    text: str
    text_secondary: str
    accent: str
    citation: str
    button_fill: str
    button_border: str
    pressed: str
    divider: str
    scrim: str

    def as_qml(self) -> dict[str, str]:
        """Field names in camelCase, as QML bindings use them."""
        from kiosk.ui.row_model import camel_case

        return {camel_case(name): value for name, value in self._asdict().items()}


STANDARD = Palette(
    background="#16161A",
    surface="#202026",
    surface_raised="#2A2A31",
    text="#EDEAE4",
    text_secondary="#B8B3AA",
    accent="#E4534F",
    citation="#E9D29A",
    button_fill="#26262D",
    button_border="#7A7A86",
    pressed="#3A3A44",
    divider="#3A3A44",
    scrim="#CC08080A",
)

HIGH_CONTRAST = Palette(
    background="#000000",
    surface="#000000",
    surface_raised="#1A1A1A",
    text="#FFFFFF",
    text_secondary="#FFFFFF",
    accent="#FFD400",
    citation="#FFD400",
    button_fill="#000000",
    button_border="#FFFFFF",
    pressed="#333333",
    divider="#FFFFFF",
    scrim="#E6000000",
)

PALETTES = {"standard": STANDARD, "high": HIGH_CONTRAST}

# (foreground, background) pairs that carry reading text, and the WCAG level each must meet.
BODY_TEXT_PAIRS = [
    ("text", "background"),
    ("text", "surface"),
    ("text", "surface_raised"),
    ("text", "button_fill"),
    ("text", "pressed"),
    ("text_secondary", "background"),
    ("text_secondary", "surface"),
    ("citation", "background"),
    ("citation", "surface"),
]
