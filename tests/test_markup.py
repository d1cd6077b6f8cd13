"""Panel text is rendered inert: no markup a curator writes can load, run or restyle anything."""

from __future__ import annotations

import random

from kiosk.content.markup import _parsed_summary, _quick_summary, render_html, summarize


def test_emphasis_lists_and_paragraphs_are_kept():
    html = render_html("One *two* **three**\n\n- a\n- b\n\n1. c", {})
    assert html == (
        "<p>One <i>two</i> <b>three</b></p><ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>"
    )


def test_raw_html_is_shown_as_text_not_interpreted():
    html = render_html('<img src="file:///etc/passwd"><script>alert(1)</script>', {})
    assert "<img" not in html and "<script" not in html
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html


def test_links_show_their_words_only_and_images_their_description():
    html = render_html("[words](https://example.com) [x](javascript:alert(1)) ![a map](m.png)", {})
    assert "href" not in html
    assert "example.com" not in html
    assert "words" in html and "[a map]" in html
    assert "m.png" not in html


def test_citations_become_numbered_marks_that_the_kiosk_handles():
    html = render_html(
        "Claim [@service2004; @kotkin2014, p. 5].", {"service2004": 1, "kotkin2014": 2}
    )
    assert 'href="cite:service2004"' in html and ">1</a>" in html
    assert 'href="cite:kotkin2014"' in html and ">2</a>" in html


def test_glossary_terms_link_to_their_definition():
    html = render_html("A [[kulak|kulaks']] farm", {})
    assert '<a href="term:kulak"' in html and "kulaks&#x27;</a>" in html


def test_summary_collects_citations_terms_and_broken_marks():
    summary = summarize("[@a] [[b]] [@Not Valid] [[also bad!]]")
    assert [c.source_id for c in summary.citations] == ["a"]
    assert summary.terms == ["b"]
    assert summary.malformed == ["[@Not Valid]", "[[also bad!]]"]


def test_direction_overrides_and_invisible_characters_are_removed():
    html = render_html("abc\u202edef\u200bghi", {})
    assert html == "<p>abcdefghi</p>"


def test_very_long_words_can_break():
    html = render_html("x" * 10_000, {})
    assert html.count("\u200b") == 249


def test_citation_marks_in_one_bracket_are_in_number_order():
    html = render_html("Shot [@b; @a].", {"a": 1, "b": 3})
    assert html.index("cite:a") < html.index("cite:b")


def _random_text(rng: random.Random) -> str:
    """Prose built from pieces that stress the quick path: marks good and bad, brackets,
    line and paragraph breaks, list markers, emphasis and the characters that defer to the
    parser."""
    pieces = [
        "word ",
        "two words ",
        "[@a]",
        "[@b, p. 5]",
        "[@a; @b]",
        "[@a;@c, ch. 2]",
        "[[t]]",
        "[[t|the words]]",
        "[@Bad]",
        "[[bad!]]",
        "[@",
        "[[",
        "]",
        "]]",
        "[",
        "[sic]",
        "@a",
        "|",
        ";",
        ",",
        "\n",
        "\n\n",
        "\n- ",
        "\n1. ",
        "  ",
        "*",
        "_",
        "**x**",
        "`",
        "\\",
        "&#91;",
        "!",
        "](x)",
        "[w](x)",
        "(",
        ")",
        "\r",
        "x" * 45,
        "[@" + "a" * 70 + "]",
        "[[" + "t" * 70 + "]]",
        "[@a, " + "p" * 45 + "]",
        "\t",
    ]
    return "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))


def test_quick_summary_agrees_with_the_parser():
    """Validation skips the Markdown parser for plain prose; it must find what the parser
    finds, or step aside (None). Seeded, so a failure reproduces."""
    rng = random.Random(20261203)
    quick_answers = 0
    for _ in range(20_000):
        text = _random_text(rng)
        quick = _quick_summary(text)
        if quick is None:
            continue
        quick_answers += 1
        assert quick == _parsed_summary(text), repr(text)
    assert quick_answers > 2_000  # the quick path is really taken, for many kinds of text


def test_texts_with_broken_marks_get_the_parsers_report():
    assert _quick_summary("see [@Bad] here") is None
    assert _quick_summary("a [[t|words\ncontinued]] term") is None
    assert summarize("a [[t|words\ncontinued]] term").terms == ["t"]


def test_escaping_is_exactly_the_standard_librarys():
    """The kiosk escapes text itself (importing :mod:`html` costs its start 4 ms); what it
    writes must not differ from ``html.escape`` in one character, hostile text included."""
    import html

    from kiosk.content.richtext import escape_html

    rng = random.Random(20261203)
    alphabet = "<>&\"'ab \u00e9\u044f;#x0\u200b\ud7ff\n"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert escape_html(text) == html.escape(text, quote=True)
    assert escape_html('<a href="x">&amp;\'') == "&lt;a href=&quot;x&quot;&gt;&amp;amp;&#x27;"
