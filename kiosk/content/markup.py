"""Panel text: a strict Markdown subset, rendered to the small HTML subset Qt's Text shows.

markdown-it-py parses with raw HTML disabled and only the rules we allow switched on. We then
walk its tokens ourselves and emit only whitelisted tags, so nothing a curator (or an attacker)
writes can load a resource, run script or style the page. Two extensions mark what a kiosk
needs: citations ``[@id]`` / ``[@a; @b]`` and glossary terms ``[[id]]`` / ``[[id|words]]``.

Every rule looks at most a bounded distance ahead. markdown-it's own link and image rules
search for the closing bracket from every ``[`` to the end of the paragraph, which makes a
text of 100,000 ``[`` take minutes; they are replaced by :func:`_link_rule`, which only needs
to show a link's words (the kiosk never opens it). Lists nest at most :data:`MAX_LIST_DEPTH`
deep and emphasis :data:`MAX_EMPHASIS_DEPTH` deep; deeper markers are shown as text, because
markdown-it silently drops everything past its own nesting limit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from kiosk.content.richtext import RenderStyle, escape_html

if TYPE_CHECKING:  # markdown-it is imported when text is first parsed, not at start-up
    from markdown_it import MarkdownIt
    from markdown_it.rules_block import StateBlock
    from markdown_it.rules_inline import StateInline
    from markdown_it.token import Token

_ALLOWED_RULES = [
    "list",
    "paragraph",
    "emphasis",
    "escape",
    "backticks",
    "newline",
    "entity",
]
MAX_LIST_DEPTH = 4
MAX_EMPHASIS_DEPTH = 4
_MAX_CITATION = 400  # characters from '[@' to ']': several ids with page locators
_MAX_TERM = 2 + 64 + 1 + 80 + 2  # '[[' id '|' words ']]'
# [words](destination "title") and ![description](file): bounded, no nested brackets, and
# disjoint alternatives so that the regex cannot backtrack more than linearly.
_LINK = re.compile(
    r"(!?)\[([^\[\]]{0,500})\]\(\s*"
    r"(?:<[^<>\n]{0,2000}>|(?:[^\s()]|\([^\s()]{0,200}\)){0,2000})"
    r"(?:\s+(?:\"[^\"]{0,500}\"|'[^']{0,500}'|\([^()]{0,500}\)))?\s*\)"
)
_MALFORMED = re.compile(r"\[\[[^\]]{0,200}\]\]|\[@[^\]]{0,200}\]")
_CITE_KEY = re.compile(r"^@([a-z0-9][a-z0-9_-]{0,63})(?:\s*,\s*([^;@\]]{1,40}))?$")
_TERM = re.compile(r"^([a-z0-9][a-z0-9_-]{0,63})(?:\|([^\]|]{1,80}))?$")
# Bidirectional overrides and invisible characters can reorder or hide text; drop them.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_LONGEST_WORD = 40


@dataclass(frozen=True, slots=True)
class Citation:
    source_id: str
    locator: str | None = None


@dataclass
class MarkupSummary:
    """What a text refers to, for the validator."""

    citations: list[Citation] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    malformed: list[str] = field(default_factory=list)


def _citation_rule(state: StateInline, silent: bool) -> bool:
    if not state.src.startswith("[@", state.pos):
        return False
    end = state.src.find("]", state.pos, min(state.pos + _MAX_CITATION, state.posMax))
    if end < 0:
        return False
    inner = state.src[state.pos + 1 : end]
    refs = []
    for part in inner.split(";"):
        match = _CITE_KEY.match(part.strip())
        if not match:
            return False
        refs.append(Citation(match.group(1), match.group(2)))
    if not silent:
        token = state.push("citation", "", 0)
        token.meta = {"refs": refs}
        token.content = state.src[state.pos : end + 1]
    state.pos = end + 1
    return True


def _term_rule(state: StateInline, silent: bool) -> bool:
    if not state.src.startswith("[[", state.pos):
        return False
    end = state.src.find("]]", state.pos, min(state.pos + _MAX_TERM, state.posMax))
    if end < 0:
        return False
    match = _TERM.match(state.src[state.pos + 2 : end])
    if not match:
        return False
    if not silent:
        token = state.push("glossary_term", "", 0)
        token.meta = {"id": match.group(1), "words": match.group(2)}
        token.content = state.src[state.pos : end + 2]
    state.pos = end + 2
    return True


def _link_rule(state: StateInline, silent: bool) -> bool:
    """``[words](target)`` keeps its words (parsed as inline text); ``![description](file)``
    becomes an ``image`` token whose content is the description. Nothing else is kept."""
    if state.src[state.pos] not in "![":
        return False
    match = _LINK.match(state.src, state.pos, state.posMax)
    if match is None:
        return False
    if not silent:
        if match.group(1):
            token = state.push("image", "img", 0)
            token.content = match.group(2)
        else:
            state.push("link_open", "a", 1)
            end = state.posMax
            state.pos, state.posMax = match.start(2), match.end(2)
            state.md.inline.tokenize(state)
            state.posMax = end
            state.push("link_close", "a", -1)
    state.pos = match.end()
    return True


def _shallow_list(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """markdown-it's list rule, except that lists nested too deep stay plain text."""
    if state.level >= 2 * MAX_LIST_DEPTH:  # each list adds two levels: the list and its item
        return False
    from markdown_it.rules_block import list_block

    return list_block(state, start, end, silent)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("zero", {"html": False, "linkify": False, "typographer": False})
    parser.enable(_ALLOWED_RULES)
    parser.block.ruler.at("list", _shallow_list, {"alt": ["paragraph", "reference", "blockquote"]})
    parser.inline.ruler.before("link", "link_words", _link_rule)
    parser.inline.ruler.before("link_words", "citation", _citation_rule)
    parser.inline.ruler.before("citation", "glossary_term", _term_rule)
    return parser


def clean_text(text: str) -> str:
    """Remove characters that reorder or hide text (RTL overrides, zero-width spaces)."""
    return _INVISIBLE.sub("", text)


def summarize(text: str) -> MarkupSummary:
    """Collect the citations and glossary terms a text uses, and marks that look broken."""
    text = clean_text(text)
    quick = _quick_summary(text)
    return quick if quick is not None else _parsed_summary(text)


def _parsed_summary(text: str) -> MarkupSummary:
    """:func:`summarize` by walking markdown-it's tokens: the reference for every text."""
    summary = MarkupSummary()
    for block in _parser().parse(text):
        for token in block.children or ():
            if token.type == "citation":
                summary.citations.extend(token.meta["refs"])
            elif token.type == "glossary_term":
                summary.terms.append(token.meta["id"])
            elif token.type == "text":
                summary.malformed.extend(_MALFORMED.findall(token.content))
    return summary


# Characters that let a rule other than citation, term or plain text decide what a '[' means:
# an escape, a code span, an entity, an image, a carriage return or NUL (which markdown-it
# rewrites first). Their texts always go through the full parser.
_NEEDS_PARSER = re.compile(r"[\\`&!\r\x00]|\]\(")


def _quick_summary(text: str) -> MarkupSummary | None:
    """What :func:`summarize` finds, without parsing, for the texts almost every panel has:
    prose whose every ``[`` is a well-formed citation, a well-formed term or a bracket closed
    on the same line. ``None`` for anything else, which the full parser then reads.

    Validating a content folder parses every text of every panel, and markdown-it is pure
    Python: this was 40% of loading 5,000 panels. Why the answer is the same: with none of
    :data:`_NEEDS_PARSER`, the only inline rules that can start at a ``[`` are ours (terms,
    then citations; links need ``](``), and nothing else consumes a ``[``. The enabled block
    rules (paragraphs, lists) only cut the text into lines whose characters stay as they are;
    since every bracket closes on its own line, each rule's search for its ``]`` or ``]]``
    stops at the same character in the line as in the paragraph. A failed citation or term
    (a "malformed" mark) gives up here, so texts with warnings get the parser's exact report.
    ``tests/test_markup.py`` checks the two agree on thousands of generated texts.
    """
    if _NEEDS_PARSER.search(text):
        return None  # an entity such as &#91; is a '[' to the parser: test this first
    if "[" not in text:
        return MarkupSummary()
    summary = MarkupSummary()
    for line in text.split("\n"):
        at = line.find("[")
        while at >= 0:
            if line.startswith("[[", at):
                end = line.find("]]", at, at + _MAX_TERM)
                match = _TERM.match(line[at + 2 : end]) if end >= 0 else None
                if match is None:
                    return None
                summary.terms.append(match.group(1))
                at = line.find("[", end + 2)
            elif line.startswith("[@", at):
                end = line.find("]", at, at + _MAX_CITATION)
                if end < 0:
                    return None
                for part in line[at + 1 : end].split(";"):
                    cite = _CITE_KEY.match(part.strip())
                    if cite is None:
                        return None
                    summary.citations.append(Citation(cite.group(1), cite.group(2)))
                at = line.find("[", end + 1)
            elif line.find("]", at) < 0:
                return None
            else:
                at = line.find("[", at + 1)
    return summary


def _escape(text: str) -> str:
    """Escape for Qt rich text and let very long words break (zero-width space every 40)."""
    words = re.sub(
        r"\S{" + str(_LONGEST_WORD + 1) + ",}",
        lambda m: "\u200b".join(
            m.group(0)[i : i + _LONGEST_WORD] for i in range(0, len(m.group(0)), _LONGEST_WORD)
        ),
        text,
    )
    return escape_html(words)


def render_html(
    text: str, citation_numbers: dict[str, int], style: RenderStyle | None = None
) -> str:
    """Render panel Markdown to Qt rich text using only p, b, i, ul, ol, li, br, span and a.

    ``a`` only ever carries ``cite:ID`` or ``term:ID`` targets that the kiosk handles itself.
    """
    style = style or RenderStyle()
    out: list[str] = []
    for token in _parser().parse(clean_text(text)):
        match token.type:
            case "paragraph_open":
                out.append("" if token.hidden else "<p>")
            case "paragraph_close":
                out.append("" if token.hidden else "</p>")
            case (
                "bullet_list_open"
                | "ordered_list_open"
                | "bullet_list_close"
                | "ordered_list_close"
                | "list_item_open"
                | "list_item_close"
            ):
                out.append(f"<{'/' if token.nesting < 0 else ''}{token.tag}>")
            case "inline":
                out.append(_render_inline(token.children or [], citation_numbers, style))
    return "".join(out)


def _render_inline(tokens: Sequence[Token], numbers: dict[str, int], style: RenderStyle) -> str:
    out: list[str] = []
    link_style = f'style="color:{style.link_colour}; text-decoration:none"'
    emphasis = 0  # how deep in emphasis we are; tags deeper than the cap are left out
    for token in tokens:
        match token.type:
            case "text" | "code_inline":
                out.append(_escape(token.content))
            case "em_open" | "em_close" | "strong_open" | "strong_close":
                tag = "i" if token.type.startswith("em") else "b"
                emphasis += max(token.nesting, 0)
                if emphasis <= MAX_EMPHASIS_DEPTH:
                    out.append(f"<{'/' if token.nesting < 0 else ''}{tag}>")
                emphasis += min(token.nesting, 0)
            case "softbreak":
                out.append(" ")
            case "hardbreak":
                out.append("<br/>")
            case "image":
                out.append(_escape(f"[{token.content}]"))  # the description, never the file
            case "citation":
                marks = []
                # In number order, as a reader expects ("[1, 3]", never "[3, 1]").
                refs = sorted(token.meta["refs"], key=lambda r: numbers.get(r.source_id) or 1e9)
                for ref in refs:
                    number = numbers.get(ref.source_id)
                    label = str(number) if number else "?"
                    marks.append(f'<a href="cite:{ref.source_id}" {link_style}>{label}</a>')
                out.append(
                    f'\u2009<span style="color:{style.link_colour}">[{", ".join(marks)}]</span>'
                )
            case "glossary_term":
                term_id = token.meta["id"]
                words = token.meta["words"] or (
                    style.term_words(term_id) if style.term_words else term_id
                )
                out.append(
                    f'<a href="term:{term_id}" style="color:{style.text_colour}; '
                    f'text-decoration:underline">{_escape(words)}</a>'
                )
            # link_open/link_close are dropped: the words between them are shown as text.
    return "".join(out)
