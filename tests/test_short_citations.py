"""The short form of a citation beside a panel names the work a visitor could look up."""

from __future__ import annotations

from kiosk.content.citation import format_short_citation
from kiosk.content.models import Source


def source(**fields) -> Source:
    return Source.model_validate(
        {"id": "s", "type": "book", "title": "T", "issued": 2000, **fields}
    )


def test_a_book_shows_author_main_title_and_year():
    book = source(
        author=[{"family": "Kotkin", "given": "Stephen"}],
        title="Stalin, Vol. II: Waiting for Hitler, 1929–1941",
        issued=2017,
    )
    assert format_short_citation(book) == "Kotkin, <i>Stalin, Vol. II</i>, 2017"


def test_two_and_more_authors():
    two = [{"family": "Davies", "given": "R. W."}, {"family": "Wheatcroft", "given": "S. G."}]
    assert format_short_citation(source(author=two)).startswith("Davies and Wheatcroft, ")
    three = [*two, {"family": "Harrison", "given": "Mark"}]
    assert format_short_citation(source(author=three)).startswith("Davies et al., ")


def test_an_encyclopaedia_entry_shows_the_entry_and_the_work():
    entry = source(
        type="entry-encyclopedia",
        author=[{"literal": "Wikipedia contributors"}],
        title="Katyn massacre",
        container="Wikipedia",
    )
    assert format_short_citation(entry) == "“Katyn massacre”, <i>Wikipedia</i>"


def test_markup_in_a_title_is_escaped():
    hostile = source(author=[{"family": "<b>X</b>"}], title="<img src=x>")
    assert "<img" not in format_short_citation(hostile)
    assert "&lt;b&gt;" in format_short_citation(hostile)
