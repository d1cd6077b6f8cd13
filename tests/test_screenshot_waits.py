"""``kiosk screenshot`` waits for the images a screen shows, and usage errors are quiet."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from kiosk.ui import screenshot
from kiosk.ui.engine import KioskUi

FIXTURES = Path(__file__).parent / "fixtures" / "content"


def run_screenshot(tmp_path: Path, content: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "user-cache"))  # no cached decodes
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "screenshot", "--content", str(content), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def slow_cover(path: Path) -> None:
    """A large, hard-to-compress cover: seconds to decode, so an early grab misses it."""
    rng = random.Random(7)
    small = Image.new("RGB", (480, 270))
    small.putdata([(rng.randrange(90, 256), rng.randrange(60, 200), 40) for _ in range(480 * 270)])
    big = small.resize((3840, 2160), Image.Resampling.BICUBIC)
    noise = Image.effect_noise((3840, 2160), 60).convert("RGB")
    Image.blend(big, noise, 0.3).save(path, compress_level=9)


def test_attract_screenshot_waits_for_the_cover(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES, content)
    for pack in ("alpha", "beta"):
        slow_cover(content / pack / "cover.png")
    out = tmp_path / "attract.png"
    completed = run_screenshot(tmp_path, content, "--screen", "attract", "--out", str(out))
    assert completed.returncode == 0, completed.stderr
    assert "QML" not in completed.stderr, completed.stderr
    image = Image.open(out).convert("RGB")
    top = image.crop((0, 0, 1920, 450))  # above the title: nothing but the cover
    assert len(top.getcolors(maxcolors=1 << 20) or []) > 200, "the cover is missing"
    assert max(ImageStat.Stat(top).stddev) > 5, "the top of the attract screen is flat"


USAGE_ERRORS = [
    (("--screen", "pack", "--pack", "nope"), "no pack 'nope' (packs: beta, alpha, gamma)"),
    (("--screen", "panel", "--pack", "alpha", "--panel", "nope"), "no panel 'nope' in 'alpha'"),
    (("--screen", "glossary", "--pack", "alpha", "--term", "nope"), "no glossary term 'nope'"),
    (("--screen", "image", "--pack", "beta"), "no panel in 'beta' has an image"),
    (("--screen", "image", "--pack", "gamma", "--panel", "quote"), "panel 'quote' has no image"),
]


@pytest.mark.parametrize(("args", "message"), USAGE_ERRORS)
def test_usage_errors_exit_2_with_one_message(tmp_path, args, message):
    completed = run_screenshot(tmp_path, FIXTURES, *args, "--out", str(tmp_path / "x.png"))
    assert completed.returncode == 2, completed.stderr
    lines = completed.stderr.splitlines()
    assert len(lines) == 1, completed.stderr  # no QML "TypeError ... of null" after it
    assert lines[0].startswith("kiosk screenshot: ") and message in lines[0], lines
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize(("args", "message"), USAGE_ERRORS)
def test_usage_errors_are_found_before_any_window_is_built(monkeypatch, qapp, args, message):
    def no_ui(*_args, **_kwargs):
        raise AssertionError("built the UI for a request that names nothing real")

    monkeypatch.setattr(screenshot, "build_ui", no_ui)
    options = dict(zip(args[::2], args[1::2], strict=True))
    request = screenshot.ScreenshotRequest(
        out="unused.png",
        content=str(FIXTURES),
        screen=args[1],
        pack=options.get("--pack"),
        panel=options.get("--panel"),
        term=options.get("--term"),
    )
    assert screenshot.render_screenshot(request) == 2


def test_an_error_after_the_window_is_built_closes_it(tmp_path, monkeypatch, qapp, capsys):
    """A sensitive first image cannot be opened without a tap: the UI that was built for it
    is closed (engine first) before the exit, so no binding reads a deleted view model."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURES, content)
    pack = content / "gamma" / "pack.yaml"
    text = pack.read_text(encoding="utf-8")
    first = "      - {src: cover.png, alt: Blue bands, caption: First,"
    assert first in text
    pack.write_text(
        text.replace(
            first,
            first.replace(
                "caption: First,", "sensitive: true, sensitive_note: Covered., caption: First,"
            ),
        ),
        encoding="utf-8",
    )
    closed: list[bool] = []
    original = KioskUi.close
    monkeypatch.setattr(KioskUi, "close", lambda ui: (closed.append(True), original(ui)))
    request = screenshot.ScreenshotRequest(
        out=str(tmp_path / "x.png"), content=str(content), screen="image", pack="gamma"
    )
    assert screenshot.render_screenshot(request) == 2
    assert closed == [True]
    assert "cannot be opened" in capsys.readouterr().err


def test_image_screen_defaults_to_the_first_pack_with_an_image(tmp_path):
    """The first pack (beta) has no image; --screen image alone opens alpha's."""
    out = tmp_path / "image.png"
    completed = run_screenshot(tmp_path, FIXTURES, "--screen", "image", "--out", str(out))
    assert completed.returncode == 0, completed.stderr
    assert "QML" not in completed.stderr, completed.stderr
    with Image.open(out) as image:
        assert image.size == (1920, 1080)
