"""Panel text: a strict Markdown subset, rendered to the small HTML subset Qt's Text shows.

markdown-it-py parses with raw HTML disabled and only the rules we allow switched on. We then
walk its tokens ourselves and emit only whitelisted tags, so nothing a curator (or an attacker)
writes can load a resource, run script or style the page. Two extensions mark what a kiosk
needs: citations ``[@id]`` / ``[@a; @b]`` and glossary terms ``[[id]]`` / ``[[id|words]]``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

_ALLOWED_RULES = [
    "list",
    "paragraph",
    "emphasis",
    "link",
    "image",
    "escape",
    "backticks",
    "newline",
    "entity",
]
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
    end = state.src.find("]", state.pos)
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
    end = state.src.find("]]", state.pos)
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


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    parser = MarkdownIt("zero", {"html": False, "linkify": False, "typographer": False})
    parser.enable(_ALLOWED_RULES)
    parser.inline.ruler.before("link", "citation", _citation_rule)
    parser.inline.ruler.before("citation", "glossary_term", _term_rule)
    return parser


def clean_text(text: str) -> str:
    """Remove characters that reorder or hide text (RTL overrides, zero-width spaces)."""
    return _INVISIBLE.sub("", text)


def summarize(text: str) -> MarkupSummary:
    """Collect the citations and glossary terms a text uses, and marks that look broken."""
    summary = MarkupSummary()
    for block in _parser().parse(clean_text(text)):
        for token in block.children or ():
            if token.type == "citation":
                summary.citations.extend(token.meta["refs"])
            elif token.type == "glossary_term":
                summary.terms.append(token.meta["id"])
            elif token.type == "text":
                summary.malformed.extend(re.findall(r"\[\[[^\]]*\]\]|\[@[^\]]*\]", token.content))
    return summary


@dataclass(frozen=True)
class RenderStyle:
    """Colours for marks inside text; the UI passes its theme's values."""

    link_colour: str = "#E0474C"
    text_colour: str = "#EDEAE4"
    term_words: Callable[[str], str] | None = None


def _escape(text: str) -> str:
    """Escape for Qt rich text and let very long words break (zero-width space every 40)."""
    words = re.sub(
        r"\S{" + str(_LONGEST_WORD + 1) + ",}",
        lambda m: "\u200b".join(
            m.group(0)[i : i + _LONGEST_WORD] for i in range(0, len(m.group(0)), _LONGEST_WORD)
        ),
        text,
    )
    return html.escape(words, quote=True)


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
    for token in tokens:
        match token.type:
            case "text" | "code_inline":
                out.append(_escape(token.content))
            case "em_open" | "em_close" | "strong_open" | "strong_close":
                tag = "i" if token.type.startswith("em") else "b"
                out.append(f"<{'/' if token.nesting < 0 else ''}{tag}>")
            case "softbreak":
                out.append(" ")
            case "hardbreak":
                out.append("<br/>")
            case "image":
                out.append(_escape(f"[{token.content}]"))  # the description, never the file
            case "citation":
                marks = []
                for ref in token.meta["refs"]:
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
