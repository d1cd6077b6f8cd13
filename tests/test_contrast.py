"""Both themes meet WCAG AAA for reading text (7:1) and AA for large text (4.5:1)."""

from __future__ import annotations

import pytest

from kiosk.content.colour import contrast_ratio
from kiosk.ui.palettes import BODY_TEXT_PAIRS, PALETTES


@pytest.mark.parametrize("theme", sorted(PALETTES))
@pytest.mark.parametrize(("foreground", "background"), BODY_TEXT_PAIRS)
def test_body_text_is_at_least_7_to_1(theme, foreground, background):
    colours = PALETTES[theme]._asdict()
    ratio = contrast_ratio(colours[foreground], colours[background])
    assert ratio >= 7.0, f"{theme}: {foreground} on {background} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme", sorted(PALETTES))
def test_large_text_and_accents_are_at_least_4_5_to_1(theme):
    colours = PALETTES[theme]._asdict()
    assert contrast_ratio(colours["accent"], colours["background"]) >= 4.5
    assert contrast_ratio(colours["button_border"], colours["button_fill"]) >= 3.0


def test_the_checker_itself_can_fail():
    assert contrast_ratio("#777777", "#888888") < 1.5
    assert round(contrast_ratio("#FFFFFF", "#000000"), 1) == 21.0
