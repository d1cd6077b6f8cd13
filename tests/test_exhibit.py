"""The bundled exhibit keeps the house rules a museum's historians and visitors rely on.

These are the rules of the exhibit issue: six packs in order, 6-10 panels each with a timeline,
full bibliography entries, a specific content advisory, panels a visitor can read standing up,
the introduction in a second language, and each rich panel kind used where it tells the story.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.content.loader import load_content
from kiosk.content.models import Pack
from kiosk.content.readability import reading_problems

CONTENT = Path(__file__).parent.parent / "content"
SEEDS = Path(__file__).parent.parent.parent / "shared" / "seeds"
PACK_IDS = [
    "introduction",
    "consolidation",
    "industrialization",
    "collectivization",
    "global-influence",
    "cult-of-personality",
]


@pytest.fixture(scope="module")
def exhibit():
    return load_content(CONTENT)


@pytest.fixture(scope="module")
def packs(exhibit) -> dict[str, Pack]:
    return {pack.id: pack for pack in exhibit.shown_packs()}


def test_the_exhibit_validates_with_six_packs_in_order(exhibit):
    # The exhibit offers Russian (its title and tagline) and only the introduction is
    # translated: each other pack gets exactly one warning saying so, and nothing else.
    untranslated = [r.pack.id for r in exhibit.packs if r.pack and r.pack.id != "introduction"]
    for result in exhibit.packs:
        if result.pack and result.pack.id in untranslated:
            [warning] = result.warnings
            assert f"pack '{result.pack.id}' has no 'ru' translation" in warning.message
    problems = [
        str(p)
        for r in exhibit.packs
        for p in r.errors + r.warnings
        if not (r.pack and r.pack.id in untranslated and "no 'ru' translation" in p.message)
    ]
    problems += [str(p) for p in exhibit.problems]
    assert problems == []
    assert [pack.id for pack in exhibit.shown_packs()] == PACK_IDS


@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_each_pack_has_six_to_ten_panels_and_a_timeline(packs, pack_id):
    pack = packs[pack_id]
    assert 6 <= len(pack.panels) <= 10
    assert any(panel.kind == "timeline" for panel in pack.panels)


@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_every_source_is_a_full_bibliography_entry(packs, pack_id):
    pack = packs[pack_id]
    for source in pack.sources:
        assert source.author and source.title.strip() and source.issued, source.id
        if source.type == "book":
            assert source.publisher and source.place, f"{source.id}: a book needs its imprint"
        if source.url:
            assert source.accessed, f"{source.id}: an online source needs the date it was read"
    cited = {source for panel in pack.panels for source in panel.sources}
    assert cited <= {source.id for source in pack.sources}
    assert all(panel.sources for panel in pack.panels)


@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_each_pack_opens_with_a_specific_short_advisory(packs, pack_id):
    advisory = packs[pack_id].advisory
    assert advisory is not None
    text = advisory if isinstance(advisory, str) else advisory["en"]
    assert len(text.split()) <= 60, "an advisory is a sentence or two, not a lecture"
    # Specific, not vague: it names what follows.
    assert re.search(
        r"execut|shoot|shot|famine|starv|deport|camp|torture|death|killed", text, re.I
    ), text


@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_panels_read_standing_up(packs, pack_id):
    assert reading_problems(packs[pack_id]) == []


def test_the_introduction_is_complete_in_russian(exhibit, packs):
    pack = packs["introduction"]
    assert isinstance(pack.title, dict) and "ru" in pack.title
    assert exhibit.result_for("introduction").warnings == []  # a missing translation warns
    assert reading_problems(pack, "ru") == []


def test_rich_panel_kinds_tell_the_story_where_they_fit(packs):
    def kinds(pack_id: str) -> set[str]:
        return {panel.kind for panel in packs[pack_id].panels}

    assert "questions" in kinds("introduction")
    assert "chart" in kinds("industrialization")
    assert "map" in kinds("global-influence")
    assert sum("quote" in kinds(pack_id) for pack_id in PACK_IDS) >= 3


# Twelve words in a row: long enough that a shared proper name ("... of the Communist Party of
# the Soviet Union") is not a copy, short enough to catch any copied sentence or clause.
def _shingles(text: str, size: int = 12) -> set[tuple[str, ...]]:
    tokens = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed texts live outside the repository")
def test_no_seed_sentence_is_copied():
    seeds = set().union(*(_shingles(p.read_text("utf-8")) for p in SEEDS.glob("*.txt")))
    for pack_file in CONTENT.glob("*/pack.yaml"):
        copied = _shingles(pack_file.read_text("utf-8")) & seeds
        assert not copied, f"{pack_file}: copies the seed: {' '.join(sorted(copied)[0])}"
