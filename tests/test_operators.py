"""Curators and operators: hot swap with last good copies, zip packs, staff menu, lock-down,
settings, and the authoring commands."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import jsonschema
import pytest
import yaml
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtTest import QTest
from qt_helpers import find, tap, touch_device

from kiosk.authoring import pack_schema
from kiosk.cli import main
from kiosk.content.loader import load_content
from kiosk.services.library import ContentLibrary
from kiosk.services.pin import hash_pin
from kiosk.services.settings import KioskSettings, load_settings
from kiosk.ui.engine import build_ui

FIXTURES = Path(__file__).parent / "fixtures" / "content"
REPO = Path(__file__).parent.parent


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def live_ui(qapp, content_dir, qtbot):
    library = ContentLibrary(content_dir)
    library.reload()
    settings = KioskSettings(staff_pin_hash=hash_pin("2468"))
    ui = build_ui(
        library,
        reduced_motion=True,
        settings=settings,
        kiosk_mode=True,
        watch_content=True,
        watch_interval_ms=50,
    )
    ui.window.show()
    qtbot.waitExposed(ui.window)
    yield ui, library, content_dir
    warnings = list(ui.qml_warnings)
    ui.close()
    assert warnings == []


def test_a_broken_new_version_keeps_the_old_pack_and_lists_the_error(live_ui, qtbot):
    ui, library, content = live_ui
    vm = ui.view_model
    edit(content / "beta" / "pack.yaml", "issued: 2014", "issued: soon")
    qtbot.waitUntil(lambda: library.has_staged, timeout=5000)
    vm.idle.show_attract()  # the swap point
    assert [p.pack.id for p in library.packs] == ["alpha", "gamma", "beta"]  # old beta kept
    beta = next(p for p in library.packs if p.pack.id == "beta")
    assert beta.pack.title == "Beta pack"
    vm.staff.open_menu_for_screenshot()
    row = next(r for r in vm.staff.packs if r["source"] == "beta")
    assert row["state"] == "kept-old"
    assert "sources[0].issued: expected a whole number" in row["errors"][0]


def test_a_valid_new_version_is_swapped_in_only_at_the_attract_screen(live_ui, qtbot):
    ui, library, content = live_ui
    vm = ui.view_model
    vm.openPack(0)
    vm.begin()
    edit(content / "beta" / "pack.yaml", "title: Beta pack", "title: Beta pack, revised")
    qtbot.waitUntil(lambda: library.has_staged, timeout=5000)
    qtbot.wait(100)
    assert "Beta pack" in [r.title for r in vm.packs.rows()]  # mid-visit: unchanged
    vm.idle.show_attract()
    assert "Beta pack, revised" in [r.title for r in vm.packs.rows()]


def test_a_pack_removed_mid_visit_is_survived(live_ui, qtbot):
    ui, library, content = live_ui
    vm = ui.view_model
    vm.openPack(1)  # alpha, which has an image
    vm.begin()
    shutil.rmtree(content / "alpha")
    vm.next()
    vm.previous()
    qtbot.waitUntil(lambda: library.has_staged, timeout=5000)
    assert vm.screen == "panel"  # still reading; nothing swapped under the visitor
    vm.idle.show_attract()
    assert "alpha" not in [p.pack.id for p in library.packs]


def test_zip_packs_load_and_a_truncated_zip_is_rejected(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    with zipfile.ZipFile(content / "alpha.zip", "w") as archive:
        for path in (FIXTURES / "alpha").iterdir():
            archive.write(path, f"alpha/{path.name}")
    data = (content / "alpha.zip").read_bytes()
    (content / "broken.zip").write_bytes(data[: len(data) // 2])
    result = load_content(content)
    by_name = {r.path.name: r for r in result.packs}
    assert by_name["alpha.zip"].ok
    assert not by_name["broken.zip"].ok
    assert "zip" in by_name["broken.zip"].errors[0].message


def test_zip_entries_that_escape_the_folder_are_refused(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    with zipfile.ZipFile(content / "evil.zip", "w") as archive:
        archive.writestr("pack.yaml", "format: 1\n")
        archive.writestr("../../escaped.txt", "x")
    [result] = load_content(content).packs
    assert "outside the pack folder" in result.errors[0].message
    assert not (tmp_path / "escaped.txt").exists()


def test_escape_alt_f4_and_close_requests_do_not_quit_in_kiosk_mode(live_ui, qtbot):
    ui, _, _ = live_ui
    window = ui.window
    for key, modifiers in (
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    ):
        event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
        assert ui.lock.eventFilter(window, event) is True
    close = QCloseEvent()
    assert ui.lock.eventFilter(window, close) is True
    window.close()
    qtbot.wait(50)
    assert window.isVisible()


def enter_pin(window, digits):
    for digit in digits:
        tap(window, find(window, f"pinKey_{digit}"))
    tap(window, find(window, "pinKey_OK"))


def test_wrong_pin_keeps_the_staff_menu_shut_and_the_right_one_opens_it(live_ui, qtbot):
    ui, _, _ = live_ui
    window, staff = ui.window, ui.view_model.staff
    staff.requestAccess()  # what the 3-second corner press calls
    qtbot.waitUntil(lambda: find(window, "pinPad").isVisible())
    enter_pin(window, "1357")
    assert not staff.menuOpen and staff.message == "Wrong PIN."
    enter_pin(window, "2468")
    qtbot.waitUntil(lambda: staff.menuOpen)
    assert find(window, "staffMenu").isVisible()


def test_holding_the_corner_for_three_seconds_asks_for_the_pin(live_ui, qtbot):
    ui, _, _ = live_ui
    window, staff = ui.window, ui.view_model.staff
    point = QPoint(20, 20)
    QTest.touchEvent(window, touch_device()).press(0, point, window).commit()
    qtbot.wait(1500)
    assert not staff.pinOpen  # a short press does nothing
    qtbot.waitUntil(lambda: staff.pinOpen, timeout=3000)
    QTest.touchEvent(window, touch_device()).release(0, point, window).commit()
    assert find(window, "pinPad").isVisible()


def test_settings_errors_are_located_and_defaults_are_used(tmp_path):
    path = tmp_path / "kiosk.yaml"
    path.write_text("language: en\nidle_timeout: 5\nrotation: 45\n", encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings.idle_timeout == 90
    messages = [str(p) for p in loaded.problems]
    assert messages[0].startswith(f"{path}:2:1: idle_timeout:")
    assert messages[1].startswith(f"{path}:3:1: rotation:")


def test_one_bad_setting_keeps_the_others(tmp_path):
    """A typo in one key used to drop the whole file: the content folder and the staff PIN hash
    went with it, locking the staff menu and showing the bundled content instead."""
    pin_hash = "scrypt$" + "0" * 32 + "$" + "f" * 64
    path = tmp_path / "kiosk.yaml"
    path.write_text(
        "content: museum-content\n"
        "idle_timeout: 5\n"
        f"staff_pin_hash: {pin_hash}\n"
        "rotation: 45\n"
        "colour: red\n"
        "language: ru\n"
        "hidden_packs: [a, b]\n"
        "classroom: maybe\n",
        encoding="utf-8",
    )
    loaded = load_settings(path)
    settings = loaded.settings
    assert settings.content == (tmp_path / "museum-content").resolve()
    assert settings.staff_pin_hash == pin_hash
    assert settings.language == "ru" and settings.hidden_packs == ["a", "b"]
    defaults = KioskSettings()
    assert settings.idle_timeout == defaults.idle_timeout
    assert settings.rotation == defaults.rotation and settings.classroom is False
    messages = [str(p) for p in loaded.problems]
    assert [m.split(": ")[0] for m in messages] == [
        f"{path}:2:1",
        f"{path}:4:1",
        f"{path}:5:1",
        f"{path}:8:1",
    ], messages
    assert [p.key_path for p in loaded.problems] == [
        "idle_timeout",
        "rotation",
        "colour",
        "classroom",
    ]


def test_a_settings_file_of_only_bad_keys_gives_the_defaults(tmp_path):
    path = tmp_path / "kiosk.yaml"
    path.write_text("idle_timeout: [1]\n7: x\n", encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == KioskSettings()
    assert [p.line for p in loaded.problems] == [1, 2]


def test_the_settings_dataclass_and_the_file_schema_agree():
    """The kiosk runs on a plain dataclass; the file is validated by a pydantic model. The
    two must have the same keys and defaults, or a key would validate and then be lost."""
    import dataclasses

    from kiosk.services.settings_file import SettingsFile

    defaults = KioskSettings()
    fields = {f.name: getattr(defaults, f.name) for f in dataclasses.fields(KioskSettings)}
    assert fields == SettingsFile().model_dump()


def test_an_unchanged_settings_file_is_read_from_the_cache(tmp_path, monkeypatch):
    """A kiosk start reads its validated settings back (no YAML, no pydantic), problems and
    all; an edited file is validated again."""
    import kiosk.services.settings as settings_module

    path = tmp_path / "kiosk.yaml"
    path.write_text("content: here\nidle_timeout: 5\nhidden_packs: [a]\n", encoding="utf-8")
    state = tmp_path / "state"
    first = load_settings(path, cache_dir=state)
    assert (state / "settings-cache.json").is_file()

    def refuse(_path):
        raise AssertionError("validated again")

    monkeypatch.setattr(settings_module, "_validate_file", refuse)
    again = load_settings(path, cache_dir=state)
    assert again.settings == first.settings
    assert again.settings.content == (tmp_path / "here").resolve()
    assert again.problems == first.problems and "idle_timeout" in str(again.problems[0])
    monkeypatch.undo()
    path.write_text("idle_timeout: 300\n", encoding="utf-8")
    edited = load_settings(path, cache_dir=state)
    assert edited.settings.idle_timeout == 300 and edited.problems == []
    (state / "settings-cache.json").write_text("{not json", encoding="utf-8")
    assert load_settings(path, cache_dir=state).settings.idle_timeout == 300


def test_set_pin_stores_only_a_salted_hash(tmp_path, capsys):
    path = tmp_path / "kiosk.yaml"
    assert main(["set-pin", "--settings", str(path), "--pin", "24681357"]) == 0
    text = path.read_text(encoding="utf-8")
    assert "24681357" not in text and "scrypt$" in text
    assert main(["set-pin", "--settings", str(path), "--pin", "12"]) == 2


def test_schema_validates_the_packs(tmp_path):
    schema = pack_schema()
    packs = sorted(FIXTURES.glob("*/pack.yaml"))
    if (REPO / "content" / "exhibit.yaml").exists():
        packs += sorted((REPO / "content").glob("*/pack.yaml"))
    assert len(packs) >= 3
    for path in packs:
        data = json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))
        jsonschema.validate(data, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"format": 1, "id": "x"}, schema)


def test_new_pack_scaffold_is_valid(tmp_path, capsys):
    assert main(["new-pack", "demo", "--content", str(tmp_path)]) == 0
    assert main(["validate", str(tmp_path / "demo")]) == 0
    kinds = {p["kind"] for p in yaml.safe_load((tmp_path / "demo/pack.yaml").read_text())["panels"]}
    assert kinds == {"text", "timeline", "quote", "questions", "gallery", "chart", "map"}


def test_rotation_turns_the_whole_interface_for_a_screen_on_its_side(qapp, library, qtbot):
    ui = build_ui(library, settings=KioskSettings(rotation=90), size=(1080, 1920))
    ui.window.show()
    qtbot.waitExposed(ui.window)
    home = find(ui.window, "homeScreen")
    stage = home.parentItem()
    qtbot.waitUntil(lambda: stage.width() == 1920)
    assert (stage.width(), stage.height(), stage.rotation()) == (1920, 1080, 90)
    ui.close()
