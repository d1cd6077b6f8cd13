"""The validator on good and broken packs: every problem located at file:line:column."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.content.loader import load_content, load_pack
from kiosk.content.problems import Severity


def write_pack(folder: Path, text: str, cover: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    if cover:
        source = Path(__file__).parent / "fixtures" / "content" / "beta" / "cover.png"
        (folder / "cover.png").write_bytes(source.read_bytes())
    return folder


GOOD = """\
format: 1
id: p
version: "1.0"
title: T
summary: S
accent: "#5C9BD1"
cover: {src: cover.png, alt: A, credit: C, licence: CC0 1.0}
sources:
  - {id: s1, type: book, author: [{family: Service, given: Robert}], title: Stalin, issued: 2004}
glossary:
  - {id: kulak, term: kulak, definition: A better-off peasant.}
panels:
  - id: one
    kind: text
    title: One
    body: "Text [@s1] about a [[kulak]]."
    sources: [s1]
"""


def located(result) -> list[str]:
    return [str(p) for p in result.problems]


def test_the_bundled_test_content_is_valid():
    result = load_content(Path(__file__).parent / "fixtures" / "content")
    assert result.ok, [str(p) for r in result.packs for p in r.problems]
    assert [p.id for p in result.shown_packs()] == ["beta", "alpha", "gamma"]


def test_a_good_pack_has_no_problems(tmp_path):
    result = load_pack(write_pack(tmp_path / "p", GOOD), "p")
    assert result.ok
    assert result.problems == []


def test_yaml_syntax_error_is_located(tmp_path):
    text = GOOD.replace("title: T\n", "title: [T\n")
    result = load_pack(write_pack(tmp_path / "p", text), "p")
    assert not result.ok
    [problem] = result.problems
    assert problem.file == "p/pack.yaml"
    assert problem.line > 4 and problem.column > 0
    assert "YAML syntax error" in problem.message
    assert "starts at line 4" in problem.message


def test_tab_indentation_gets_a_hint(tmp_path):
    text = GOOD.replace("  - {id: s1", "\t- {id: s1")
    result = load_pack(write_pack(tmp_path / "p", text), "p")
    assert "tabs" in located(result)[0]


def test_wrong_type_is_located_at_its_value(tmp_path):
    text = GOOD.replace("title: One", "title: [a, b]")
    result = load_pack(write_pack(tmp_path / "p", text), "p")
    assert located(result) == ["p/pack.yaml:15:5: panels[0].title: expected text, found a list"]


def test_missing_image_names_the_file_and_place(tmp_path):
    result = load_pack(write_pack(tmp_path / "p", GOOD, cover=False), "p")
    [problem] = result.errors
    assert (problem.line, problem.column, problem.key_path) == (7, 9, "cover.src")
    assert "'cover.png' does not exist" in problem.message


@pytest.mark.parametrize("src", ["../beta/cover.png", "/etc/passwd", "C:/x.png", "a\\\\b.png"])
def test_image_paths_that_leave_the_pack_are_refused(tmp_path, src):
    text = GOOD.replace("src: cover.png", f'src: "{src}"')
    result = load_pack(write_pack(tmp_path / "p", text), "p")
    [problem] = result.errors
    assert problem.key_path == "cover.src"
    assert "pack" in problem.message or "relative" in problem.message


def test_a_symlink_out_of_the_pack_is_refused(tmp_path):
    outside = tmp_path / "secret.png"
    outside.write_bytes((Path(__file__).parent / "fixtures/content/beta/cover.png").read_bytes())
    folder = write_pack(tmp_path / "p", GOOD.replace("src: cover.png", "src: link.png"))
    os.symlink(outside, folder / "link.png")
    result = load_pack(folder, "p")
    assert "leads outside the pack folder" in result.errors[0].message


def test_a_file_that_is_not_an_image_is_an_error(tmp_path):
    folder = write_pack(tmp_path / "p", GOOD)
    (folder / "cover.png").write_bytes(b"this is text, not a PNG")
    result = load_pack(folder, "p")
    assert "not an image" in result.errors[0].message


def test_unknown_source_ids_in_lists_and_text_are_located(tmp_path):
    text = GOOD.replace("sources: [s1]", "sources: [s1, s9]").replace("[@s1]", "[@s1] [@nope]")
    result = load_pack(write_pack(tmp_path / "p", text), "p")
    messages = located(result)
    assert any(
        m.startswith("p/pack.yaml:17:19: panels[0].sources[1]: unknown source id 's9'")
        for m in messages
    ), messages
    assert any(m.startswith("p/pack.yaml:16:") and "'nope'" in m for m in messages), messages


def test_unknown_glossary_term_is_an_error(tmp_path):
    result = load_pack(write_pack(tmp_path / "p", GOOD.replace("[[kulak]]", "[[kolkhoz]]")), "p")
    assert any("unknown glossary term id 'kolkhoz'" in m for m in located(result))


def test_a_panel_without_sources_is_an_error(tmp_path):
    text = GOOD.replace("    sources: [s1]\n", "    sources: []\n")
    result = load_pack(write_pack(tmp_path / "p", text), "p")
    assert any("panels[0].sources: this list is empty" in m for m in located(result))


def test_duplicate_ids_and_duplicate_keys_are_errors(tmp_path):
    text = (
        GOOD
        + """\
  - id: one
    kind: text
    title: Again
    title: Twice
    body: "More [@s1]."
    sources: [s1]
"""
    )
    result = load_pack(write_pack(tmp_path / "p", text), "p")
    messages = located(result)
    assert any("panels[1].id: id 'one' is used twice" in m for m in messages), messages
    assert any(":21:5: panels[1].title: key 'title' appears twice" in m for m in messages)


def test_unknown_keys_name_the_allowed_ones(tmp_path):
    result = load_pack(write_pack(tmp_path / "p", GOOD + "colour: red\n"), "p")
    [problem] = result.errors
    assert problem.line == 18
    assert (
        "unknown key 'colour'" in problem.message and "allowed here: format, id" in problem.message
    )


def test_all_problems_are_reported_in_one_run(tmp_path):
    text = (
        GOOD.replace("title: T\n", "title: 5\n")
        .replace('"#5C9BD1"', "blue")
        .replace("issued: 2004", "issued: soon")
    )
    result = load_pack(write_pack(tmp_path / "p", text), "p")
    keys = [p.key_path for p in result.errors]
    assert keys == ["title", "accent", "sources[0].issued"]


def test_alias_bombs_are_stopped_with_a_located_error(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for level in range(1, 9):
        prev = chr(ord("a") + level - 1)
        name = chr(ord("a") + level)
        bomb += f"{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
    result = load_pack(write_pack(tmp_path / "p", bomb), "p")
    [problem] = result.errors
    assert "alias bomb" in problem.message and problem.line > 0


def test_non_utf8_files_say_so(tmp_path):
    folder = write_pack(tmp_path / "p", GOOD)
    (folder / "pack.yaml").write_bytes(GOOD.encode().replace(b"title: T", b"title: \xff\xfe"))
    [problem] = load_pack(folder, "p").errors
    assert "not UTF-8" in problem.message and problem.line == 4


def test_a_byte_order_mark_is_accepted(tmp_path):
    folder = write_pack(tmp_path / "p", GOOD)
    (folder / "pack.yaml").write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    assert load_pack(folder, "p").ok


def test_huge_files_are_refused_without_reading_them_whole(tmp_path):
    folder = write_pack(tmp_path / "p", GOOD + "# " + "x" * (3 * 1024 * 1024) + "\n")
    [problem] = load_pack(folder, "p").errors
    assert "at most 2 MB" in problem.message


def test_a_folder_without_pack_yaml_is_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    result = load_pack(tmp_path / "empty", "empty")
    assert not result.ok and "no pack.yaml" in result.errors[0].message


def test_warnings_for_missing_translation_unused_source_and_dim_accent(tmp_path):
    text = (
        GOOD.replace("title: One", "title: {en: One, ru: Один}")
        .replace(
            'body: "Text [@s1] about a [[kulak]]."', 'body: {en: "Text [@s1] on a [[kulak]]."}'
        )
        .replace('"#5C9BD1"', '"#303030"')
        .replace(
            "glossary:",
            "  - {id: s2, type: book, author: [{family: X}], title: Y, issued: 2000}\nglossary:",
        )
    )
    result = load_pack(write_pack(tmp_path / "p", text), "p")
    assert result.ok, located(result)
    warnings = [str(p) for p in result.problems if p.severity is Severity.WARNING]
    assert any(": warning: panels[0].body: no 'ru' translation" in w for w in warnings), warnings
    assert any("source 's2' is not cited" in w for w in warnings), warnings
    assert any("contrast of 1.4:1" in w for w in warnings), warnings


def test_duplicate_pack_ids_in_a_content_folder(tmp_path):
    write_pack(tmp_path / "c" / "one", GOOD)
    write_pack(tmp_path / "c" / "two", GOOD)
    result = load_content(tmp_path / "c", "c")
    assert [r.ok for r in result.packs] == [True, False]
    assert "already used by c/one/pack.yaml" in result.packs[1].errors[0].message


def test_type_errors_do_not_hide_the_whole_pack_checks(tmp_path):
    """A wrong type anywhere used to stop the checks that need the whole pack: a curator fixed
    the types and only then learned of missing images and unknown ids. All come in one run."""
    text = (
        GOOD.replace("issued: 2004", "issued: soon")  # a type error in the sources
        .replace("cover.png", "missing.png")
        .replace("sources: [s1]", "sources: [s1, nosuch]")
        .replace("about a [[kulak]]", "about a [[kulak]] and [@ghost] and [[nobody]]")
        + """\
  - id: one
    kind: text
    title: 7
    body: Again [@s1].
    image: {src: ../outside.png, alt: A, credit: C, licence: CC0}
    sources: [s1]
"""
    )
    result = load_pack(write_pack(tmp_path / "p", text), "p")
    assert not result.ok and result.pack is None
    errors = [f"{p.line}:{p.column}: {p.key_path}: {p.message}" for p in result.errors]
    expected = [
        ("7:", "cover.src:", "missing.png"),
        ("9:", "sources[0].issued:", "whole number"),
        ("16:", "panels[0].body:", "unknown source id 'ghost'"),
        ("16:", "panels[0].body:", "unknown glossary term id 'nobody'"),
        ("17:", "panels[0].sources[1]:", "unknown source id 'nosuch'"),
        ("18:", "panels[1].id:", "id 'one' is used twice"),
        ("20:", "panels[1].title:", "expected text"),
        ("22:", "panels[1].image.src:", "outside"),
    ]
    assert len(errors) == len(expected), errors
    for error, (line, key, words) in zip(errors, expected, strict=True):
        assert error.startswith(line) and f" {key} " in error and words in error, (error, line)
    # Each problem once, each with a place.
    assert len({str(p) for p in result.problems}) == len(result.problems)
    assert all(p.line > 0 for p in result.problems)


def test_a_value_the_model_refuses_is_not_reported_again_by_the_checks(tmp_path):
    text = GOOD.replace("sources: [s1]", "sources: [s1, Not An Id]").replace(
        "{src: cover.png", "{src: ''"
    )
    result = load_pack(write_pack(tmp_path / "p", text), "p")
    keys = [p.key_path for p in result.errors]
    assert keys == ["cover.src", "panels[0].sources[1]"], located(result)
    assert "not a valid id" in result.errors[1].message


def test_checks_skip_values_of_the_wrong_type_without_failing(tmp_path):
    text = """\
format: 1
id: [p]
language: 5
summary: {en: [1, 2]}
accent: 12
cover: [cover.png]
sources: {s1: x}
glossary: [5, {id: [k]}, {id: k, sources: s1}]
panels:
  - 3
  - {id: x, kind: map, groups: 4}
  - {id: y, kind: map, groups: [{countries: [7, Atlantis]}, 5]}
  - {id: z, kind: timeline, events: [{sources: 5}, {sources: [9, s1]}, 4]}
  - {id: w, kind: gallery, images: [5, {src: 5}, {src: nope.png}], body: {en: [1]}}
  - {id: v, kind: text, body: "[@s1] [[k]]", sources: 5, image: 3}
"""
    result = load_pack(write_pack(tmp_path / "p", text), "p")
    assert not result.ok
    messages = located(result)
    assert any("'Atlantis' is not a country" in m for m in messages), messages
    assert any("panels[4].images[2].src" in m and "nope.png" in m for m in messages), messages
    assert any("panels[3].events[1].sources[1]: unknown source id 's1'" in m for m in messages)
    assert len(set(messages)) == len(messages)


EXHIBIT_EN_RU = """\
format: 1
title: {en: Exhibit, ru: Выставка}
tagline: A tagline.
language: en
"""


def test_a_pack_without_a_language_the_exhibit_offers_gets_one_warning(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "exhibit.yaml").write_text(EXHIBIT_EN_RU, encoding="utf-8")
    write_pack(tmp_path / "c" / "plain", GOOD.replace("id: p\n", "id: plain\n"))
    translated = (
        GOOD.replace("id: p\n", "id: both\n")
        .replace("title: T\n", "title: {en: T, ru: Т}\n")
        .replace("title: One", "title: {en: One}")
    )
    write_pack(tmp_path / "c" / "both", translated)
    result = load_content(tmp_path / "c", "c")
    assert result.ok and not result.problems
    plain = result.result_for("plain")
    [warning] = plain.warnings  # one for the pack, not one per text
    assert str(warning).startswith("c/plain/pack.yaml:2:1: warning: ")
    assert "pack 'plain' has no 'ru' translation" in warning.message
    assert "see this pack in 'en'" in warning.message
    # A pack translated in places is told per text instead, as before.
    both = result.result_for("both")
    assert all("no 'ru' translation at all" not in p.message for p in both.warnings)
    assert any(": warning: panels[0].title: no 'ru' translation" in str(p) for p in both.warnings)
    # The pack is still shown (in its own language).
    assert {p.id for p in result.shown_packs()} == {"plain", "both"}


def test_a_one_language_exhibit_asks_for_no_translations(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "exhibit.yaml").write_text(
        EXHIBIT_EN_RU.replace("{en: Exhibit, ru: Выставка}", "Exhibit"), encoding="utf-8"
    )
    write_pack(tmp_path / "c" / "p", GOOD)
    result = load_content(tmp_path / "c", "c")
    assert result.ok and result.packs[0].problems == []
