"""Hostile panel text: whatever a curator (or an attacker) writes, ``render_html`` emits only the
whitelisted Qt rich-text subset, every visible word survives, and the work stays linear.

The checker parses the output with the standard library's ``html.parser`` and refuses any tag,
attribute, comment or declaration outside the whitelist: p, i, b, ul, ol, li, br; span with a
colour style only; a with a ``cite:``/``term:`` target and the link style only.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hostile.bounded import within
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content.markup import MAX_EMPHASIS_DEPTH, MAX_LIST_DEPTH, render_html, summarize

PLAIN_TAGS = {"p", "i", "b", "ul", "ol", "li"}
SPAN_STYLE = re.compile(r"^color:#[0-9A-Fa-f]{6}$")
LINK_STYLE = re.compile(r"^color:#[0-9A-Fa-f]{6}; text-decoration:(none|underline)$")
LINK_TARGET = re.compile(r"^(cite|term):[a-z0-9][a-z0-9_-]{0,63}$")
TEXT = settings(
    max_examples=200,
    deadline=5000,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


class WhitelistChecker(HTMLParser):
    """Collects the visible text of rendered panel HTML and every way it leaves the whitelist."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.open: list[str] = []
        self.violations: list[str] = []
        self.depth = {"ul": 0, "ol": 0, "i": 0, "b": 0}
        self.deepest = {"list": 0, "emphasis": 0}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        given_attrs = dict(attrs)
        if tag == "br":
            if given_attrs:
                self.violations.append(f"br with {given_attrs}")
            return
        if tag in PLAIN_TAGS:
            if given_attrs:
                self.violations.append(f"<{tag}> with attributes {given_attrs}")
        elif tag == "span":
            if set(given_attrs) != {"style"} or not SPAN_STYLE.match(given_attrs["style"] or ""):
                self.violations.append(f"span with {given_attrs}")
        elif tag == "a":
            href, style = given_attrs.get("href") or "", given_attrs.get("style") or ""
            if set(given_attrs) - {"href", "style"} or not LINK_TARGET.match(href):
                self.violations.append(f"a with {given_attrs}")
            elif style and not LINK_STYLE.match(style):
                self.violations.append(f"a with style {style!r}")
        else:
            self.violations.append(f"tag <{tag}>")
        self.open.append(tag)
        if tag in self.depth:
            self.depth[tag] += 1
            self.deepest["list"] = max(self.deepest["list"], self.depth["ul"] + self.depth["ol"])
            self.deepest["emphasis"] = max(
                self.deepest["emphasis"], self.depth["i"] + self.depth["b"]
            )

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "br" or attrs:
            self.violations.append(f"self-closing <{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.violations.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
            return
        self.open.pop()
        if tag in self.depth:
            self.depth[tag] -= 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.violations.append(f"comment {data!r}")

    def handle_decl(self, decl: str) -> None:
        self.violations.append(f"declaration {decl!r}")

    def handle_pi(self, data: str) -> None:
        self.violations.append(f"processing instruction {data!r}")

    def unknown_decl(self, data: str) -> None:
        self.violations.append(f"declaration {data!r}")


def checked(html: str) -> WhitelistChecker:
    """Parse ``html``; assert it is well formed and inside the whitelist."""
    checker = WhitelistChecker()
    checker.feed(html)
    checker.close()
    assert checker.violations == [], (checker.violations, html[:500])
    assert checker.open == [], ("unclosed", checker.open)
    return checker


def visible(html: str) -> str:
    """The text a visitor sees, without the zero-width spaces that let long words break."""
    return "".join(checked(html).text).replace("\u200b", "")


def render(text: str, numbers: dict[str, int] | None = None) -> str:
    return within(lambda: render_html(text, numbers or {"s1": 1}))


# --- named attacks ------------------------------------------------------------------------------

ATTACKS = {
    "raw-html": "<b onclick='x()'>bold</b> <div style='position:fixed'>cover</div>",
    "img-file": '<img src="file:///etc/passwd"> <img src=image://pack/x/../../etc/passwd>',
    "script": "<script>alert(1)</script><script src=http://x/y.js></script>",
    "style-tag": "<style>*{color:red}</style> <link rel=stylesheet href=x.css>",
    "iframe-object": "<iframe src=x></iframe><object data=x></object><embed src=x>",
    "comment": "<!-- hidden --> <![CDATA[ x ]]> <!DOCTYPE html> <?php echo 1 ?>",
    "entities": "&lt;script&gt; &#60;img src=x&#62; &amp;lt; &#x3C;b&#x3E; &nbsp; &bogus;",
    "javascript-link": "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,x)",
    "file-link": "[passwd](file:///etc/passwd) ![map](file:///etc/passwd) ![a](/dev/zero)",
    "autolink": "<https://evil.example> <javascript:alert(1)> <mailto:x@y.z>",
    "reference-link": "[x][ref]\n\n[ref]: javascript:alert(1)",
    "term-closes-attribute": "[[x\" style=\"font-size:99px]] [[x' onclick='y]]",
    "term-words-inject": '[[kulak|" style="color:red]] [[kulak|<img src=x>]] [[kulak|</a><b>]]',
    "citation-locator-inject": '[@s1, " onclick="x] [@s1, p. <b>5</b>] [@s1; @S2" x="]',
    "citation-id-inject": '[@s1" style="x] [@../../etc] [@javascript:alert(1)]',
    "href-inject-via-term-id": "[[term:x]] [[cite:x]] [[a href=x]]",
    "bidi-override": "abc\u202edcba\u202c \u2066isolate\u2069 \u200fmark\u200e",
    "zero-width": "pass\u200bword \u2060join\u2060 \ufeffbom \u200dzwj",
    "html-in-code": "`<script>alert(1)</script>` ``<img src=x>``",
    "markdown-html-block": "<div>\n\n*not html*\n\n</div>",
    "nul-and-controls": "a\x00b\x07c\x1bd",
}


@pytest.mark.parametrize("case", list(ATTACKS))
def test_attacks_render_only_whitelisted_markup(case):
    html = render(ATTACKS[case])
    checked(html)  # raw HTML and hostile targets can only ever be visible text
    for tag in ("<script", "<img", "<iframe", "<style", "<div", "<link", "<object", "<embed"):
        assert tag not in html.lower(), tag


def test_html_is_shown_as_text():
    text = visible(render("<script>alert(1)</script> <img src=x>"))
    assert "<script>alert(1)</script>" in text and "<img src=x>" in text


def test_term_words_cannot_close_the_attribute():
    html = render('[[kulak|" style="color:red]]')
    assert 'style="color:red' not in html
    assert visible(html) == '" style="color:red'


def test_link_targets_are_dropped_and_their_words_kept():
    html = render("[click here](javascript:alert(1)) and [there](https://example.org/a_(b))")
    assert "javascript" not in html and "example.org" not in html
    assert visible(html) == "click here and there"


def test_direction_overrides_and_zero_width_characters_are_removed():
    text = visible(render(ATTACKS["bidi-override"] + " " + ATTACKS["zero-width"]))
    assert not re.search("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]", text)
    assert "abcdcba" in text and "password" in text


def test_a_10000_character_word_can_break_and_survives():
    word = "Индустриализация" * 625  # 10,000 characters
    html = render(word)
    assert html.count("\u200b") == 249
    assert visible(html) == word


def test_deeply_nested_lists_keep_every_word():
    text = "".join("  " * i + f"- level{i}\n" for i in range(60)) + "- " * 200 + "bottom"
    checker = checked(render(text))
    shown = "".join(checker.text)
    assert all(f"level{i}" in shown for i in range(60)) and "bottom" in shown
    assert checker.deepest["list"] <= MAX_LIST_DEPTH


def test_deeply_nested_emphasis_keeps_every_word():
    text = "*" * 5000 + "middle" + "*" * 5000 + " " + "_a " * 3000 + "**b** " * 3000
    checker = checked(render(text))
    assert "middle" in "".join(checker.text)
    assert checker.deepest["emphasis"] <= MAX_EMPHASIS_DEPTH


def test_ten_thousand_citations_are_all_numbered():
    numbers = {f"s{i}": i for i in range(1, 101)}
    text = " ".join(f"[@s{i % 100 + 1}]" for i in range(10_000))
    html = render(text, numbers)
    checked(html)
    assert html.count('href="cite:') == 10_000
    assert within(lambda: len(summarize(text).citations)) == 10_000


# Inputs that were quadratic: each took over a minute before the parser was bounded (and the
# limit below is 20 s), and a fraction of a second now.
QUADRATIC = {
    "open-brackets": "[" * 200_000,
    "open-then-close": "[" * 200_000 + "]" * 200_000,
    "open-citations": "[@a " * 150_000 + "]",
    "open-terms": "[[a " * 150_000 + "]]",
    "open-links": "[a](" * 200_000,
    "open-images": "![" * 200_000,
}
# Inputs that stress markdown-it in other ways (delimiter runs, many tokens); linear all along.
HEAVY = {
    "broken-marks": "[@X] [[Y!]] " * 4000,
    "stars": "*" * 40_000,
    "underscores": "_a" * 20_000,
    "backticks": "`a``" * 10_000,
    "list-markers": "- " * 20_000 + "x",
    "list-lines": "- a\n" * 10_000,
    "entities": "&amp;" * 8000,
}


@pytest.mark.parametrize("case", list(QUADRATIC) + list(HEAVY))
def test_pathological_markdown_is_linear(case):
    text = QUADRATIC.get(case) or HEAVY[case]
    checked(within(lambda: render_html(text, {})))  # a hang guard (60 s), not a timing
    within(lambda: summarize(text))


# --- properties -----------------------------------------------------------------------------------

FRAGMENTS = [
    "*", "**", "_", "__", "`", "``", "\\", "[", "]", "![", "[[", "]]", "[@s1]", "[[kulak]]",
    "- ", "1. ", "2) ", "+ ", "> ", "# ", "    ", "\t", " ", "  \n", "\n", "\n\n", "<", ">", "</",
    "<b>", "<script>", "<!--", "-->", "&", ";", "&amp;", "&#60;", "\"", "'", "=", ":", "|",
    "\u202e", "\u200b", "\ufeff", "\x00", "style", "href", "javascript:",
]  # fmt: skip
WORDS = st.builds(
    lambda tail: "w" + tail, st.text("0123456789абвгджзклмн", min_size=1, max_size=12)
)


@TEXT
@given(
    st.lists(st.one_of(WORDS, st.sampled_from([*FRAGMENTS, "(", ")", "@", "](x)"])), max_size=80)
)
def test_any_mix_of_markup_renders_only_whitelisted_tags(parts):
    text = "".join(parts)
    checked(render(text))
    summarize(text)


@TEXT
@given(st.text(max_size=300))
def test_any_unicode_text_renders_only_whitelisted_tags(text):
    checked(render(text))
    summarize(text)


@TEXT
@given(st.lists(st.one_of(WORDS, st.sampled_from(FRAGMENTS)), min_size=1, max_size=80))
def test_every_visible_word_survives(parts):
    """Without '(' and ')' no link can form, and without '@' no citation can, so every word
    written is one a visitor must see."""
    shown = visible(render("".join(parts)))
    for word in parts:
        if word.startswith("w") and word not in FRAGMENTS:
            assert word in shown, (word, shown)
