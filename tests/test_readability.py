"""Reading-level measures count what a visitor reads: no citation marks, lists as items."""

from __future__ import annotations

from kiosk.content.readability import sentences, visible_text, words


def test_citations_are_not_words_and_term_marks_keep_their_words():
    text = visible_text("The [[nkvd|secret police]] arrested him [@conquest1968; @getty1993].")
    assert text == "The secret police arrested him."
    assert words(text) == 5


def test_a_list_after_a_paragraph_is_measured_item_by_item():
    text = visible_text("Three things followed:\n\n- arrests in the night\n- trials by troika\n")
    assert sentences(text) == ["Three things followed:", "arrests in the night", "trials by troika"]


def test_a_sentence_ends_before_a_capital_a_digit_or_a_quote():
    found = sentences('He fell in 1927. "Enemies" were shot. 1937 began the terror. It ended.')
    assert len(found) == 4


def test_cyrillic_sentences_and_words():
    found = sentences("Сталин умер в 1953 году. Культ осудили в 1956 году.")
    assert len(found) == 2 and words(found[0]) == 5
