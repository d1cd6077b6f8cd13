"""``kiosk preview PATH`` and ``kiosk screenshot --screen preview``: a pack folder is previewed
on its own, edits show within about a second, and problems are shown on screen, not raised."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image

from kiosk.ui.preview import open_preview

FIXTURES = Path(__file__).parent / "fixtures" / "content"
BANNER = (0x3A, 0x12, 0x14)  # ProblemsBanner's fill
ALPHA, BETA = (0xD0, 0x8C, 0x4A), (0x5C, 0x9B, 0xD1)  # the fixture packs' accents


def pack_copy(tmp_path: Path, pack: str = "alpha") -> Path:
    folder = tmp_path / "work" / pack
    shutil.copytree(FIXTURES / pack, folder)
    return folder


def titles(ui) -> list[str]:
    return [row.title for row in ui.view_model.packs.rows()]


def save(path: Path, text: str) -> float:
    path.write_text(text, encoding="utf-8")
    return time.monotonic()


def test_preview_reloads_an_edited_pack_and_shows_its_problems(tmp_path, qapp, qtbot):
    folder = pack_copy(tmp_path)
    pack = folder / "pack.yaml"
    good = pack.read_text(encoding="utf-8")
    ui = open_preview(str(folder), interval_ms=100)
    try:
        qtbot.waitExposed(ui.window)
        assert titles(ui) == ["Alpha pack"]  # the pack folder alone, not its parent's packs
        assert ui.view_model.problems == []
        assert str(folder) in ui.window.title()

        saved = save(pack, good.replace("en: Alpha pack,", "en: Alpha pack revised,"))
        qtbot.waitUntil(lambda: titles(ui) == ["Alpha pack revised"], timeout=1500)
        assert time.monotonic() - saved < 1.5

        # A broken save: the window stays up and lists the problem.
        save(pack, good.replace('accent: "#D08C4A"', "accent: orange"))
        qtbot.waitUntil(lambda: ui.view_model.problems != [], timeout=1500)
        assert any("accent" in line for line in ui.view_model.problems), ui.view_model.problems
        assert ui.window.isVisible()

        # YAML that does not even parse is a problem too, not a crash.
        save(pack, good + "\n  : : [\n")
        qtbot.waitUntil(
            lambda: any("pack.yaml" in line for line in ui.view_model.problems), timeout=1500
        )
        assert ui.window.isVisible()

        save(pack, good)
        qtbot.waitUntil(lambda: ui.view_model.problems == [], timeout=1500)
        assert titles(ui) == ["Alpha pack"]
        warnings = list(ui.qml_warnings)
    finally:
        ui.close()
    assert warnings == []


def shoot_preview(tmp_path: Path, content: Path) -> tuple[Image.Image, str]:
    out = tmp_path / "preview.png"
    command = ["screenshot", "--screen", "preview", "--content", str(content), "--out", str(out)]
    completed = subprocess.run(
        [sys.executable, "-m", "kiosk", *command],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert "QML" not in completed.stderr, completed.stderr
    return Image.open(out).convert("RGB"), completed.stderr


def count(image: Image.Image, colour: tuple[int, int, int]) -> int:
    return {rgb: n for n, rgb in image.getcolors(maxcolors=1 << 20) or []}.get(colour, 0)


def test_preview_screenshot_of_a_pack_folder_shows_that_pack(tmp_path):
    image, _ = shoot_preview(tmp_path, FIXTURES / "alpha")
    assert count(image, ALPHA) >= 500  # alpha's tile
    assert count(image, BETA) == 0  # and no other pack's
    assert count(image, BANNER) == 0  # no problems


def test_preview_screenshot_of_a_broken_pack_folder_shows_its_errors(tmp_path):
    folder = pack_copy(tmp_path)
    pack = folder / "pack.yaml"
    pack.write_text(
        pack.read_text(encoding="utf-8").replace('accent: "#D08C4A"', "accent: orange"),
        encoding="utf-8",
    )
    image, stderr = shoot_preview(tmp_path, folder)
    assert count(image, BANNER) >= 5000, "no problems banner"
    assert "accent" in stderr


def test_preview_of_a_pack_in_a_content_folder_ignores_the_other_packs(qapp, qtbot):
    """exhibit.yaml lists packs that a one-pack preview does not load: no warning for them."""
    ui = open_preview(str(FIXTURES / "alpha"), interval_ms=100)
    try:
        qtbot.waitExposed(ui.window)
        assert titles(ui) == ["Alpha pack"]
        assert ui.view_model.problems == []
    finally:
        ui.close()
