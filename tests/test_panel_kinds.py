"""Quote, questions, gallery, chart and map panels: shown, usable by touch, and checked."""

from __future__ import annotations

from pathlib import Path

from qt_helpers import _matches, find, tap

from kiosk.content.loader import load_pack

FIXTURES = Path(__file__).parent / "fixtures" / "content"


def open_panel(kiosk_ui, qtbot, panel_id):
    vm = kiosk_ui.view_model
    vm.openPack(2)  # gamma
    ids = [row.panel_id for row in vm.panels.rows()]
    vm.goToPanel(ids.index(panel_id))
    page = find(kiosk_ui.window, f"panel_{panel_id}")
    qtbot.waitUntil(lambda: page.property("item") is not None)
    return page


def test_quote_shows_words_speaker_and_date(kiosk_ui, qtbot):
    open_panel(kiosk_ui, qtbot, "quote")
    window = kiosk_ui.window
    assert find(window, "quoteText", within="panel_quote").property("text").startswith("“It is")
    speaker = find(window, "quoteSpeaker", within="panel_quote").property("text")
    assert speaker == "— Nikita Khrushchev, 25 February 1956"


def test_a_quotes_works_cited_stand_in_the_column_beside_it(kiosk_ui, qtbot):
    """The "This panel draws on" list fills the column right of the quotation, inside the
    page: not squeezed to a sliver at the far right and spilling onto the next page."""
    page = open_panel(kiosk_ui, qtbot, "quote")
    notes = find(kiosk_ui.window, "sourceNotes", within="panel_quote")
    qtbot.waitUntil(notes.isVisible)
    quote = find(kiosk_ui.window, "quoteText", within="panel_quote")
    left = notes.mapToItem(page, 0, 0).x()
    assert left > quote.mapToItem(page, quote.width(), 0).x()  # beside the quotation
    assert notes.width() >= 480  # a readable column at 1920x1080
    assert left + notes.width() <= page.width()  # inside its own page


def test_tapping_a_question_opens_its_answer_and_closes_the_other(kiosk_ui, qtbot):
    open_panel(kiosk_ui, qtbot, "faq")
    window = kiosk_ui.window
    first, second = find(window, "answer_0"), find(window, "answer_1")
    assert not first.isVisible() and not second.isVisible()
    tap(window, find(window, "question_0"))
    qtbot.waitUntil(first.isVisible)
    assert "1928–1932" in first.property("text")
    tap(window, find(window, "question_1"))
    qtbot.waitUntil(second.isVisible)
    assert not first.isVisible()


def test_chart_numbers_are_also_a_table(kiosk_ui, qtbot):
    open_panel(kiosk_ui, qtbot, "steel")
    window = kiosk_ui.window
    plot = find(window, "chartPlot", within="panel_steel")
    table = find(window, "chartTable", within="panel_steel")
    assert plot.isVisible() and not table.isVisible()
    tap(window, find(window, "chartTableButton", within="panel_steel"))
    qtbot.waitUntil(table.isVisible)
    cells = [c.property("text") for c in table.childItems() if c.property("text") is not None]
    assert cells[:2] == ["", "Steel"]
    assert cells[2:] == ["1928", "4.3", "1932", "5.9", "1937", "17.7", "1940", "18.3"]


def test_a_citation_in_a_chart_note_is_a_tappable_mark(kiosk_ui, qtbot):
    open_panel(kiosk_ui, qtbot, "steel")
    note = find(kiosk_ui.window, "chartNote", within="panel_steel").property("text")
    assert "[@" not in note
    assert 'href="cite:davies1994"' in note


def test_map_has_a_legend_and_labels_for_highlighted_countries(kiosk_ui, qtbot):
    page = open_panel(kiosk_ui, qtbot, "bloc")
    data = page.property("row")["mapData"]
    assert [g["label"] for g in data["legend"]] == ["Group one", "Group two"]
    # A historical state is labelled once, over its modern parts together.
    assert {label["text"] for label in data["labels"]} == {"Poland", "Hungary", "Yugoslavia"}
    image = find(kiosk_ui.window, "mapImage", within="panel_bloc")
    qtbot.waitUntil(lambda: image.property("progress") == 1.0)
    assert image.property("implicitWidth") > 0


def test_sensitive_image_is_covered_until_the_visitor_chooses_to_see_it(kiosk_ui, qtbot):
    open_panel(kiosk_ui, qtbot, "pictures")
    window, vm = kiosk_ui.window, kiosk_ui.view_model
    vm.openImage(1)
    assert not vm.imageOpen  # covered images cannot be enlarged before they are shown
    tap(window, find(window, "showImageButton", within="panel_pictures"))
    qtbot.waitUntil(lambda: len(vm.revealedImages) == 1)
    vm.openImage(1)
    assert vm.imageOpen and vm.viewerCaption == "Second"
    vm.startNewVisit()
    assert vm.revealedImages == []  # the cover returns for the next visitor


def test_map_countries_are_checked_against_the_bundled_outlines(tmp_path):
    text = (FIXTURES / "gamma" / "pack.yaml").read_text(encoding="utf-8")
    folder = tmp_path / "gamma"
    folder.mkdir()
    for name in ("cover.png", "second.png"):
        (folder / name).write_bytes((FIXTURES / "gamma" / name).read_bytes())
    (folder / "pack.yaml").write_text(text.replace("[Poland, Hungary]", "[Poland, Hungry]"))
    [problem] = load_pack(folder, "gamma").errors
    assert problem.key_path == "panels[4].groups[0].countries[1]"
    assert "did you mean Hungary" in problem.message


def test_chart_series_must_match_categories(tmp_path):
    text = (FIXTURES / "gamma" / "pack.yaml").read_text(encoding="utf-8")
    folder = tmp_path / "gamma"
    folder.mkdir()
    for name in ("cover.png", "second.png"):
        (folder / name).write_bytes((FIXTURES / "gamma" / name).read_bytes())
    (folder / "pack.yaml").write_text(text.replace("[4.3, 5.9, 17.7, 18.3]", "[4.3, 5.9]"))
    [problem] = load_pack(folder, "gamma").errors
    assert problem.key_path == "panels[2].chart"
    assert "4 categories but 2 values" in problem.message


def test_read_more_addresses_become_offline_qr_codes(kiosk_ui, qtbot):
    open_panel(kiosk_ui, qtbot, "quote")
    vm = kiosk_ui.view_model
    vm.openSources()
    first = vm.sources.rows()[0]
    assert first.source_id == "read-more"
    assert first.qr_url.startswith("image://qr/https%3A%2F%2Fen.wikipedia.org")
    sheet = find(kiosk_ui.window, "sourcesSheet")
    qtbot.waitUntil(lambda: bool(_matches(sheet, "qr_read-more")))  # laid out before the next frame
    qr = find(kiosk_ui.window, "qr_read-more", within="sourcesSheet")
    qtbot.waitUntil(lambda: qr.property("progress") == 1.0)
    assert qr.property("implicitWidth") >= 100


def test_a_label_sits_inside_its_country_not_over_a_neighbour():
    from kiosk.content.geo import countries

    known = countries()
    lon, lat = known["Albania"].label_point()
    # Albania lies between about 19.3-21.1 E and 39.6-42.7 N; its bounding box centre
    # (the old label point) fell on the coast near Montenegro.
    assert 19.3 < lon < 21.1 and 39.6 < lat < 42.7
    assert 40.0 < lat < 42.0
