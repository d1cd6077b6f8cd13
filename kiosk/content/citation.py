"""Format bibliography entries in one consistent style for the sources sheet.

The style follows Chicago's bibliography form (author, title, place: publisher, year), which
is what museum labels and the shared bibliography use. Output is Qt rich text (only ``<i>``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.content.richtext import escape_html

if TYPE_CHECKING:  # models, or records of them from the content cache
    from kiosk.content.models import Person, Source

_IN_CONTAINER = {"article-journal", "chapter", "entry-encyclopedia", "webpage"}


def _name(person: Person, *, inverted: bool) -> str:
    if person.literal:
        return person.literal
    if person.given and inverted:
        return f"{person.family}, {person.given}"
    if person.given:
        return f"{person.given} {person.family}"
    return person.family or ""


def format_authors(people: list[Person]) -> str:
    """``Davies, R. W., and Stephen G. Wheatcroft`` — the first name inverted, as Chicago does."""
    names = [_name(p, inverted=index == 0) for index, p in enumerate(people)]
    if len(names) <= 1:
        return "".join(names)
    if len(names) == 2:
        return f"{names[0]}, and {names[1]}"
    return ", ".join(names[:-1]) + f", and {names[-1]}"


def _sentence(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else text + "."


def format_citation(source: Source) -> str:
    """One full citation as Qt rich text, with the title (or container) in italics."""
    esc = escape_html
    parts = [esc(_sentence(format_authors(source.author)))]
    if source.type in _IN_CONTAINER:
        parts.append(f"“{esc(_sentence(source.title))}”")
        if source.container:
            container = f"<i>{esc(source.container)}</i>"
            details = [str(v) for v in (source.volume,) if v]
            if source.issue:
                details.append(f"no. {source.issue}")
            if details:
                container += " " + esc(", ".join(details))
            parts.append(container + ("," if source.type == "article-journal" else "."))
    else:
        parts.append(f"<i>{esc(_sentence(source.title))}</i>")
    publication = ": ".join(esc(p) for p in (source.place, source.publisher) if p)
    if source.type == "article-journal":
        tail = f"({source.issued})"
        if source.pages:
            tail += f": {esc(source.pages)}"
        parts.append(tail + ".")
    else:
        parts.append(f"{publication}, {source.issued}." if publication else f"{source.issued}.")
    if source.url:
        accessed = f" Accessed {source.accessed.isoformat()}." if source.accessed else ""
        parts.append(f"{esc(source.url)}.{accessed}")
    if source.licence:
        parts.append(f"Licence: {esc(source.licence)}.")
    if source.note:
        parts.append(esc(_sentence(source.note)))
    return " ".join(parts)


def format_short_citation(source: Source) -> str:
    """A short form for a panel's margin, as Qt rich text: ``Kotkin, <i>Stalin, Vol. II</i>, 2017``.

    Only the main title (before a colon) is kept, so a visitor sees at a glance which works a
    panel rests on; the full entry is one tap away on the sources sheet.
    """
    esc = escape_html
    people = source.author
    if people and people[0].literal:
        who = people[0].literal
    else:
        families = [p.family or p.literal or "" for p in people]
        who = (
            families[0]
            if len(families) == 1
            else (
                f"{families[0]} and {families[1]}"
                if len(families) == 2
                else f"{families[0]} et al."
            )
        )
    title = source.title.split(": ")[0]
    if source.type in _IN_CONTAINER and source.container:
        if people and people[0].literal:  # an encyclopaedia entry: the work is what counts
            return f"“{esc(title)}”, <i>{esc(source.container)}</i>"
        return f"{esc(who)}, “{esc(title)}”, <i>{esc(source.container)}</i>, {source.issued}"
    return f"{esc(who)}, <i>{esc(title)}</i>, {source.issued}"
