"""Panel text is rendered inert: no markup a curator writes can load, run or restyle anything."""

from __future__ import annotations

from kiosk.content.markup import render_html, summarize


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
