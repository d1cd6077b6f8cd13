"""The kiosk reuses its last validated content only while the content folder is unchanged.

A restart after a power cut must not validate six unchanged packs again, but a curator's edit
(or a broken file) must always be validated: the cache may save time, never hide an error.
"""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest

import kiosk.content.loader as loader_module
from kiosk.services.content_cache import FORMAT, cache_key
from kiosk.services.library import ContentLibrary

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent


def library(content: Path, cache: Path) -> ContentLibrary:
    lib = ContentLibrary(content, content_cache_path=cache)
    lib.reload()
    return lib


def pack_ids(lib: ContentLibrary) -> list[str]:
    return [loaded.pack.id for loaded in lib.packs]


@pytest.fixture
def no_validation(monkeypatch):
    """Fail the test if the content folder is validated."""

    def refuse(*args, **kwargs):
        raise AssertionError("the content was validated again")

    monkeypatch.setattr(loader_module, "load_content", refuse)


def test_an_unchanged_folder_is_not_validated_again(content_dir, tmp_path, request):
    cache = tmp_path / "state" / "content-cache.bin"
    first = library(content_dir, cache)
    assert cache.is_file() and first.packs
    request.getfixturevalue("no_validation")
    second = library(content_dir, cache)
    assert pack_ids(second) == pack_ids(first)
    assert second.packs[0].pack == first.packs[0].pack
    assert second.packs[0].images == first.packs[0].images


def test_an_edited_pack_is_validated_and_its_error_reported(content_dir, tmp_path):
    cache = tmp_path / "content-cache.bin"
    good = library(content_dir, cache)
    broken = good.packs[0]
    pack_file = broken.folder / "pack.yaml"
    pack_file.write_text(pack_file.read_text() + "\nnot: [closed\n")
    again = library(content_dir, cache)
    assert broken.pack.id not in pack_ids(again)
    assert any("pack.yaml" in str(p) for problems in again.rejected.values() for p in problems)


def test_a_damaged_cache_file_costs_a_validation_not_a_crash(content_dir, tmp_path):
    cache = tmp_path / "content-cache.bin"
    expected = pack_ids(library(content_dir, cache))
    data = cache.read_bytes()
    cache.write_bytes(data[: len(data) // 2])  # a half-written file
    assert pack_ids(library(content_dir, cache)) == expected
    cache.write_bytes(b"\x00" * 100)
    assert pack_ids(library(content_dir, cache)) == expected


def test_a_cache_for_other_content_is_never_unpickled(content_dir, tmp_path):
    """The key is compared before anything is unpickled: a stale or planted file runs nothing."""
    marker = tmp_path / "unpickled"

    class Planted:
        def __reduce__(self):
            return (Path.touch, (marker,))

    cache = tmp_path / "content-cache.bin"
    cache.write_bytes(FORMAT + b"0" * 64 + b"\n" + pickle.dumps(Planted()))
    assert library(content_dir, cache).packs
    assert not marker.exists()


def test_a_new_or_touched_file_changes_the_key(content_dir):
    lib = ContentLibrary(content_dir)
    before = cache_key(content_dir, lib.fingerprint())
    folder = next(p for p in content_dir.iterdir() if p.is_dir())
    (folder / "new.png").write_bytes(b"x")
    assert cache_key(content_dir, lib.fingerprint()) != before
    with_new = cache_key(content_dir, lib.fingerprint())
    assert with_new != before
    os.utime(folder / "new.png", ns=(1, 1))
    assert cache_key(content_dir, lib.fingerprint()) not in {before, with_new}


def test_a_cleared_zip_unpack_folder_is_validated_again(tmp_path, monkeypatch):
    """Zip packs are unpacked into the user's cache folder; if that was cleared, the cached
    result's image paths are gone, and the pack is unpacked and validated again."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "content", content)
    folder = next(p for p in sorted(content.iterdir()) if (p / "pack.yaml").is_file())
    shutil.make_archive(str(content / folder.name), "zip", content, folder.name)
    shutil.rmtree(folder)
    cache = tmp_path / "content-cache.bin"
    first = library(content, cache)
    zipped = next(p for p in first.all_packs if p.source.endswith(".zip"))
    shutil.rmtree(tmp_path / "user-cache")
    again = library(content, cache)
    reloaded = next(p for p in again.all_packs if p.source == zipped.source)
    assert all(path.is_file() for path in reloaded.images.values())


def test_cached_packs_show_exactly_what_validated_packs_show(tmp_path, request):
    """The cache keeps packs as plain records, not pydantic models: every screen must still
    read the same from them (home tiles, every panel of every kind, sources, glossary), in
    every language a pack offers."""
    from kiosk.ui.present import Presenter

    content = REPO / "content"
    cache = tmp_path / "content-cache.bin"
    fresh = library(content, cache)
    request.getfixturevalue("no_validation")
    cached = library(content, cache)
    assert type(cached.packs[0].pack).__name__ == "Record"  # what the cache holds
    kinds = set()
    for old, new in zip(fresh.packs, cached.packs, strict=True):
        assert new.pack == old.pack and new.images == old.images
        languages = {old.pack.language, "en", "ru"}
        for language in languages:
            was, now = Presenter(old.pack, language), Presenter(new.pack, language)
            assert now.pack_row() == was.pack_row()
            assert now.panel_rows() == was.panel_rows()
            for index, panel in enumerate(old.pack.panels):
                kinds.add(panel.kind)
                assert now.source_rows(index) == was.source_rows(index)
            for term in old.pack.glossary:
                assert now.glossary_entry(term.id) == was.glossary_entry(term.id)
    assert {"text", "quote", "timeline", "chart", "map"} <= kinds


def test_a_record_cannot_be_changed():
    from kiosk.content.records import Record

    record = Record("Source", {"id": "kotkin2014", "title": "Stalin"})
    with pytest.raises(AttributeError):
        record.title = "Other"  # type: ignore[misc]
    assert record == Record("Source", {"id": "kotkin2014", "title": "Stalin"})
    assert record != Record("Person", {"id": "kotkin2014", "title": "Stalin"})
    assert pickle.loads(pickle.dumps(record)) == record


def test_a_cached_start_imports_no_validator_parser_or_decoder(tmp_path):
    """A start on unchanged content and settings, as ``kiosk run`` makes it, up to the home
    screen's rows (its first frame) imports neither pydantic nor the YAML reader, Pillow, the
    Markdown renderer, the QR encoder or OpenSSL's hashing; nor does reading the covers back
    from the image cache (the next frame), but for the hashing that names the cache's files.
    Each of those costs 4 to 120 ms of a cold start whose floor is under 200 ms. (The first
    start validates and fills the caches; the second reads them.)
    """
    import subprocess
    import sys

    settings = tmp_path / "kiosk.yaml"
    settings.write_text("idle_timeout: 120\nlanguage: en\n")
    code = f"""
import sys
from pathlib import Path
import kiosk.ui.app, kiosk.ui.engine
from kiosk.services.library import ContentLibrary
from kiosk.services.settings import load_settings
from kiosk.services.images import ImageLoader
from kiosk.ui.image_provider import to_qimage
from kiosk.ui.present import Presenter
HEAVY = ("pydantic", "yaml", "PIL", "markdown_it", "segno", "kiosk.content.models",
    "kiosk.content.loader", "kiosk.content.checks", "kiosk.content.markup", "kiosk.content.geo",
    "html", "logging.handlers", "typing_extensions", "_hashlib", "kiosk.services.maps",
    "platformdirs")
state = Path({str(tmp_path / "state")!r})
loaded = load_settings(Path({str(settings)!r}), cache_dir=state)
assert loaded.settings.idle_timeout == 120, loaded
library = ContentLibrary(Path({str(REPO / "content")!r}), content_cache_path=state / "c.bin")
library.reload()
rows = [Presenter(shown.pack, "en").pack_row() for shown in library.packs]
print(sorted(m for m in HEAVY if m in sys.modules))
images = ImageLoader(cache_dir=state / "images")
for shown in library.packs:
    to_qimage(images.load_pixels(shown.images[shown.pack.cover.src], 640, 640))
print(sorted(m for m in HEAVY if m in sys.modules and m != "_hashlib"))
"""
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    assert "pydantic" in runs[0].stdout  # the first start validated: the test can fail
    assert runs[1].stdout.split() == ["[]", "[]"], runs[1].stderr
