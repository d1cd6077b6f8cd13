"""Hostile content: every broken input gets a located error, in bounded time, never a traceback,
and nothing outside the pack folder is read.

The corpus (tests/hostile/corpus.py) makes every file at test time. Each case runs in a worker
thread with a generous time limit, so that a regression that hangs (a FIFO, a quadratic parser)
fails the test instead of hanging the suite; the work itself is bounded by the loader's limits.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile import corpus
from hostile.bounded import within
from PIL import Image

from kiosk.cli import main
from kiosk.content.loader import PackResult, load_content, load_pack
from kiosk.content.problems import MAX_MESSAGE_CHARS, Severity, format_key_path
from kiosk.content.yamlsource import parse_yaml
from kiosk.services.images import ImageLoader

MARKER = "OUTSIDE_SECRET_7f3a"


def load(folder: Path) -> PackResult:
    return within(lambda: load_pack(folder, str(folder)))


def assert_refused(result: PackResult, words: str, *, in_file: bool = True) -> None:
    """Not ok; an error says ``words``; every problem is short and, when ``in_file``, located
    at a line and column of pack.yaml."""
    messages = [str(p) for p in result.problems]
    assert not result.ok, messages
    assert result.errors, messages
    assert any(words in p.message for p in result.errors), messages
    for problem in result.problems:
        assert problem.message.strip()
        assert len(problem.message) <= MAX_MESSAGE_CHARS and len(str(problem)) < 1200
        assert problem.file.endswith("pack.yaml") or problem.file == str(result.path)
    if in_file:
        assert all(p.line > 0 and p.column > 0 for p in result.errors), messages


def assert_cli_reports(target: Path, capsys: pytest.CaptureFixture[str], *words: str) -> str:
    """``kiosk validate`` exits 1, names the file, and prints no traceback or internal error."""
    code = within(lambda: main(["validate", str(target)]))
    out, err = capsys.readouterr()
    assert code == 1, out + err
    assert "Traceback" not in out + err and "internal error" not in err, err
    assert str(target) in out
    for word in words:
        assert word in out, out
    return out


# --- pack.yaml: YAML syntax, encodings, duplicate keys, aliases, nesting, sizes, shapes ------

YAML_CASES = list(corpus.yaml_cases())


@pytest.mark.parametrize(
    ("text", "words", "line"), [c for _, c in YAML_CASES], ids=[n for n, _ in YAML_CASES]
)
def test_broken_pack_yaml_is_a_located_error(tmp_path, capsys, text, words, line):
    folder = corpus.write_pack(tmp_path / "p", text)
    result = load(folder)
    assert_refused(result, words)
    if line is not None:
        assert any(p.line == line for p in result.errors if words in p.message), [
            str(p) for p in result.problems
        ]
    assert_cli_reports(folder, capsys, f"{folder}/pack.yaml:")


def test_a_byte_order_mark_at_the_start_is_accepted(tmp_path):
    for name, data in {
        "bom": b"\xef\xbb\xbf" + corpus.GOOD.encode(),
        "two-boms": b"\xef\xbb\xbf\xef\xbb\xbf" + corpus.GOOD.encode(),
    }.items():
        assert load(corpus.write_pack(tmp_path / name, data)).ok


def test_huge_files_are_refused_as_a_whole_without_reading_them(tmp_path, capsys):
    folder = corpus.write_pack(tmp_path / "p", corpus.GOOD + "# " + "x" * 3_000_000 + "\n")
    result = load(folder)
    assert_refused(result, "at most 2 MB", in_file=False)
    [problem] = result.errors
    assert (problem.line, problem.column) == (0, 0)  # a whole-file problem
    assert_cli_reports(folder, capsys, "at most 2 MB")


def test_a_million_character_comment_is_fine(tmp_path):
    assert load(corpus.write_pack(tmp_path / "p", corpus.GOOD + "#" * 1_000_000 + "\n")).ok


def test_a_broken_mark_in_a_long_text_gives_a_short_warning(tmp_path):
    body = "Text [@s1] [[" + "x" * 150 + "]] [@" + "y" * 150 + "]"
    text = corpus.GOOD.replace('"Text [@s1] about a [[kulak]]."', f'"{body}"')
    result = load(corpus.write_pack(tmp_path / "p", text))
    assert result.ok
    warnings = [p for p in result.warnings if "looks like a citation" in p.message]
    assert len(warnings) == 2 and all(len(p.message) < 200 for p in warnings)
    assert all(p.line == 16 for p in warnings)


def test_thousands_of_problems_are_capped_in_the_report(tmp_path, capsys):
    text = corpus.GOOD.replace('"Text [@s1] about a [[kulak]]."', '"' + "[@zz] " * 3000 + '"')
    folder = corpus.write_pack(tmp_path / "p", text)
    result = load(folder)
    assert not result.ok and len(result.problems) == 201
    assert "more problems" in result.problems[-1].message
    out = assert_cli_reports(folder, capsys, "unknown source id 'zz'")
    assert len(out.splitlines()) < 300


# --- every field of the Pack model: wrong types, unknown keys --------------------------------


def test_the_full_example_is_valid(tmp_path):
    result = load(corpus.write_pack(tmp_path / "p", corpus.FULL, corpus.full_images()))
    assert result.ok, [str(p) for p in result.problems]
    assert len(corpus.field_paths()) > 100  # every field, nested ones included


WRONG = list(corpus.wrong_type_cases())


@pytest.mark.parametrize(("text", "path"), [c[1:] for c in WRONG], ids=[c[0] for c in WRONG])
def test_wrong_types_in_every_field(tmp_path, text, path):
    result = load(corpus.write_pack(tmp_path / "p", text, corpus.full_images()))
    assert_refused(result, "")
    located = parse_yaml(text)
    first = located.key_marks[path].line
    last = located.value_ends[path].line
    shown = format_key_path(path)
    assert any(p.key_path.startswith(shown) and first <= p.line <= last for p in result.errors), [
        str(p) for p in result.problems
    ]


UNKNOWN = list(corpus.unknown_key_cases())


@pytest.mark.parametrize(("text", "path"), [c[1:] for c in UNKNOWN], ids=[c[0] for c in UNKNOWN])
def test_unknown_keys_everywhere(tmp_path, text, path):
    result = load(corpus.write_pack(tmp_path / "p", text, corpus.full_images()))
    assert_refused(result, corpus.UNKNOWN_KEY)
    line = parse_yaml(text).key_marks[path].line
    assert any(p.line == line and p.key_path == format_key_path(path) for p in result.errors), [
        str(p) for p in result.problems
    ]


# --- images ------------------------------------------------------------------------------------


def image_pack(folder: Path, name: str, data: bytes) -> Path:
    text = corpus.GOOD.replace("src: cover.png", f"src: {name}")
    return corpus.write_pack(folder, text, {name: data}, cover=name != "cover.png")


REFUSED = corpus.refused_images()


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_unusable_images_are_errors_at_their_src(tmp_path, capsys, case):
    name, make, words = REFUSED[case]
    folder = image_pack(tmp_path / "p", name, make())
    result = load(folder)
    assert_refused(result, words)
    assert [(p.line, p.column, p.key_path) for p in result.errors] == [(7, 9, "cover.src")]
    assert_cli_reports(folder, capsys, f"{folder}/pack.yaml:7:9: cover.src:")


ACCEPTED = corpus.accepted_images()


@pytest.mark.parametrize("case", sorted(ACCEPTED))
def test_images_pillow_can_decode_are_accepted_and_the_kiosk_decodes_them(tmp_path, case):
    name, make, warning = ACCEPTED[case]
    folder = image_pack(tmp_path / "p", name, make())
    result = load(folder)
    assert result.ok, [str(p) for p in result.problems]
    warnings = [p.message for p in result.warnings]
    if warning:
        assert any(warning in w for w in warnings), warnings
        assert all(p.line == 7 for p in result.warnings)
    decoded = ImageLoader().load(result.images[name], 64, 64)
    assert decoded.mode in {"RGB", "RGBA"}
    assert decoded.size == (16, 9)


@pytest.mark.parametrize("case", ["cmyk-jpeg", "png-16-bit-rgb", "png-16-bit-rgba"])
def test_cmyk_and_16_bit_colour_keep_their_colour(tmp_path, case):
    name, make, _ = ACCEPTED[case]
    folder = image_pack(tmp_path / "p", name, make())
    decoded = ImageLoader().load(load(folder).images[name], 64, 64)
    red, green, blue = decoded.convert("RGB").getpixel((8, 4))
    assert red > 230 and green < 25 and blue < 25


def test_image_loader_shows_16_bit_grey_as_grey(tmp_path):
    path = tmp_path / "grey.png"
    path.write_bytes(corpus.raw_png(16, 9, 16, 0, b"\x80\x00" * 16))  # 32768 of 65535
    value = ImageLoader().load(path, 64, 64).convert("L").getpixel((8, 4))
    assert 120 <= value <= 136


def test_a_png_bomb_is_refused_from_its_header_without_decoding(tmp_path):
    folder = image_pack(tmp_path / "p", "cover.png", corpus.png_claiming(19_000, 19_000))
    assert len((folder / "cover.png").read_bytes()) < 1000
    assert_refused(load(folder), "pixels")


# --- paths and links ---------------------------------------------------------------------------

BAD_SOURCES = {
    "../x.png": "leaves the pack",
    "a/../../x.png": "leaves the pack",
    "./../x.png": "leaves the pack",
    "..": "leaves the pack",
    "images/..": "leaves the pack",
    "/etc/passwd": "not a relative path",
    "//server/share/x.png": "not a relative path",
    "/dev/zero": "not a relative path",
    "C:\\x.png": "not a relative path",
    "C:/x.png": "not a relative path",
    "c:x.png": "not a relative path",
    "\\\\server\\share\\x.png": "not a relative path",
    "..\\x.png": "not a relative path",
    "\\x.png": "not a relative path",
    "cov\x00er.png": "NUL",
    "a" * 5000 + ".png": "cannot be",
    "/".join(["d" * 200] * 50) + ".png": "cannot be",
    "missing.png": "does not exist",
    ".": "is a folder",
    " ": "does not exist",
    "x.png\n": "does not exist",
    "~/x.png": "does not exist",
    "file:///etc/passwd": "does not exist",
    "%2e%2e/x.png": "does not exist",
    "cover.png/x.png": "cover.png/x.png",
}


@pytest.mark.parametrize("src", list(BAD_SOURCES), ids=[repr(s[:30]) for s in BAD_SOURCES])
def test_image_paths_that_cannot_be_used_are_located_errors(tmp_path, capsys, src):
    quoted = '"' + src.replace("\\", "\\\\").replace("\x00", "\\0").replace("\n", "\\n") + '"'
    folder = corpus.write_pack(
        tmp_path / "p", corpus.GOOD.replace("src: cover.png", f"src: {quoted}")
    )
    result = load(folder)
    assert_refused(result, BAD_SOURCES[src])
    assert [(p.line, p.key_path) for p in result.errors] == [(7, "cover.src")]
    assert_cli_reports(folder, capsys, "cover.src")


def link_pack(tmp_path: Path, src: str) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.png").write_bytes(corpus.small_png())
    return corpus.write_pack(tmp_path / "p", corpus.GOOD.replace("src: cover.png", f"src: {src}"))


LINKS: dict[str, tuple[str, Callable[[Path, Path], None], str]] = {
    "absolute-link-out": (
        "l.png",
        lambda p, o: os.symlink(o / "secret.png", p / "l.png"),
        "outside",
    ),
    "relative-link-out": (
        "l.png",
        lambda p, o: os.symlink("../outside/secret.png", p / "l.png"),
        "outside",
    ),
    "link-to-etc-passwd": ("l.png", lambda p, o: os.symlink("/etc/passwd", p / "l.png"), "outside"),
    "link-to-dev-zero": ("l.png", lambda p, o: os.symlink("/dev/zero", p / "l.png"), "outside"),
    "folder-link-out": ("img/secret.png", lambda p, o: os.symlink(o, p / "img"), "outside"),
    "chain-inside-then-out": (
        "a.png",
        lambda p, o: (os.symlink("b.png", p / "a.png"), os.symlink(o / "secret.png", p / "b.png")),
        "outside",
    ),
    "loop": ("loop.png", lambda p, o: os.symlink("loop.png", p / "loop.png"), "cannot be followed"),
    "dangling": (
        "gone.png",
        lambda p, o: os.symlink("nothing.png", p / "gone.png"),
        "does not exist",
    ),
    "fifo": ("fifo.png", lambda p, o: os.mkfifo(p / "fifo.png"), "named pipe"),
    "folder": ("dir.png", lambda p, o: (p / "dir.png").mkdir(), "is a folder"),
}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX symlinks and FIFOs")
@pytest.mark.parametrize("case", list(LINKS))
def test_links_and_special_files_as_images(tmp_path, capsys, case):
    src, make, words = LINKS[case]
    folder = link_pack(tmp_path, src)
    make(folder, tmp_path / "outside")
    result = load(folder)
    assert_refused(result, words)
    assert [(p.line, p.key_path) for p in result.errors] == [(7, "cover.src")]
    assert_cli_reports(folder, capsys, "cover.src")


def test_a_link_that_stays_inside_the_pack_is_fine(tmp_path):
    folder = link_pack(tmp_path, "alias.png")
    os.symlink("cover.png", folder / "alias.png")
    assert load(folder).ok


def outside_pack(tmp_path: Path) -> Path:
    """A valid pack outside the content folder, with a marker that must never be printed."""
    text = corpus.GOOD.replace("summary: S", f"summary: S\n{MARKER}: 1").replace(
        "id: p\n", "id: x\n"
    )
    return corpus.write_pack(tmp_path / "elsewhere", text)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_pack_yaml_link_out_of_the_pack_is_refused_unread(tmp_path, capsys):
    target = outside_pack(tmp_path) / "pack.yaml"
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "cover.png").write_bytes(corpus.small_png())
    os.symlink(target, folder / "pack.yaml")
    result = load(folder)
    assert_refused(result, "outside the folder", in_file=False)
    assert MARKER not in " ".join(str(p) for p in result.problems)
    out = assert_cli_reports(folder, capsys, "it was not read")
    assert MARKER not in out


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_pack_yaml_link_inside_the_pack_is_followed(tmp_path):
    folder = corpus.write_pack(tmp_path / "p", corpus.GOOD)
    (folder / "pack.yaml").rename(folder / "real.yaml")
    os.symlink("real.yaml", folder / "pack.yaml")
    assert load(folder).ok


SPECIAL_PACK_YAML: dict[str, tuple[Callable[[Path], None], str]] = {
    "folder": (lambda f: (f / "pack.yaml").mkdir(), "is a folder"),
    "fifo": (lambda f: os.mkfifo(f / "pack.yaml"), "named pipe"),
    "link-loop": (lambda f: os.symlink("pack.yaml", f / "pack.yaml"), "cannot follow"),
    "dangling-link": (lambda f: os.symlink("nothing.yaml", f / "pack.yaml"), "does not exist"),
    "link-to-dev-zero": (lambda f: os.symlink("/dev/zero", f / "pack.yaml"), "outside"),
}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX symlinks and FIFOs")
@pytest.mark.parametrize("case", list(SPECIAL_PACK_YAML))
def test_a_pack_yaml_that_is_not_a_file_is_refused_without_blocking(tmp_path, capsys, case):
    make, words = SPECIAL_PACK_YAML[case]
    folder = tmp_path / "p"
    folder.mkdir()
    make(folder)
    result = load(folder)
    assert_refused(result, words, in_file=False)
    assert_cli_reports(folder, capsys, words)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_the_real_cli_on_a_fifo_pack_yaml_and_a_fifo_cover_exits_1_at_once(tmp_path):
    fifo_yaml = tmp_path / "a"
    fifo_yaml.mkdir()
    os.mkfifo(fifo_yaml / "pack.yaml")
    fifo_cover = corpus.write_pack(tmp_path / "b", corpus.GOOD, cover=False)
    os.mkfifo(fifo_cover / "cover.png")
    for folder in (fifo_yaml, fifo_cover):
        completed = subprocess.run(
            [sys.executable, "-m", "kiosk", "validate", str(folder)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert completed.returncode == 1, completed.stderr
        assert "Traceback" not in completed.stdout + completed.stderr
        assert "named pipe" in completed.stdout


def test_the_real_cli_survives_nesting_that_crashes_the_yaml_composer(tmp_path):
    """200 kB of '[' made PyYAML's C composer overflow the stack (a segfault, exit -11)."""
    folder = corpus.write_pack(tmp_path / "p", "x: " + "[" * 100_000 + "]" * 100_000 + "\n")
    completed = subprocess.run(
        [sys.executable, "-m", "kiosk", "validate", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert completed.returncode == 1, (completed.returncode, completed.stderr[-500:])
    assert f"{folder}/pack.yaml:1:" in completed.stdout and "nesting" in completed.stdout


# --- content folders -----------------------------------------------------------------------------


def content_folder(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    corpus.write_pack(root / "good", corpus.GOOD)
    return root


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_pack_folder_link_out_of_the_content_folder_is_refused_unread(tmp_path, capsys):
    root = content_folder(tmp_path)
    os.symlink(outside_pack(tmp_path), root / "linked")
    result = within(lambda: load_content(root, str(root)))
    by_name = {r.path.name: r for r in result.packs}
    assert by_name["good"].ok
    linked = by_name["linked"]
    assert not linked.ok and "outside the content folder" in linked.errors[0].message
    assert [p.id for p in result.shown_packs()] == ["p"]
    out = assert_cli_reports(root, capsys, f"{root}/linked: ")
    assert MARKER not in out


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_content_folder_reached_through_a_link_is_fine(tmp_path):
    root = content_folder(tmp_path)
    os.symlink(root, tmp_path / "link")
    result = within(lambda: load_content(tmp_path / "link"))
    assert result.ok and [p.id for p in result.shown_packs()] == ["p"]


EXHIBITS: dict[str, tuple[Callable[[Path], None], str, bool]] = {
    "syntax-error": (lambda r: (r / "exhibit.yaml").write_text("title: [x\n"), "syntax", True),
    "a-list": (lambda r: (r / "exhibit.yaml").write_text("- a\n"), "must be a map", True),
    "wrong-types": (
        lambda r: (r / "exhibit.yaml").write_text("format: 1\ntitle: [x]\ntagline: {}\npacks: 5\n"),
        "expected",
        True,
    ),
    "not-utf-8": (lambda r: (r / "exhibit.yaml").write_bytes(b"title: \xff\n"), "UTF-8", True),
    "folder": (lambda r: (r / "exhibit.yaml").mkdir(), "is a folder", False),
    "fifo": (lambda r: os.mkfifo(r / "exhibit.yaml"), "named pipe", False),
    "link-out": (lambda r: os.symlink("/etc/passwd", r / "exhibit.yaml"), "outside", False),
}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX symlinks and FIFOs")
@pytest.mark.parametrize("case", list(EXHIBITS))
def test_a_broken_exhibit_yaml_is_reported(tmp_path, capsys, case):
    make, words, in_file = EXHIBITS[case]
    root = content_folder(tmp_path)
    make(root)
    result = within(lambda: load_content(root, str(root)))
    errors = [p for p in result.problems if p.severity is Severity.ERROR]
    assert any(words in p.message for p in errors), [str(p) for p in result.problems]
    assert all(p.file == f"{root}/exhibit.yaml" for p in errors)
    if in_file:
        assert all(p.line > 0 for p in errors)
    assert_cli_reports(root, capsys, f"{root}/exhibit.yaml")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_special_files_in_a_content_folder_do_not_block(tmp_path):
    root = content_folder(tmp_path)
    os.mkfifo(root / "pipe.zip")
    os.mkfifo(root / "pipe")
    result = within(lambda: load_content(root))
    assert [r.path.name for r in result.packs] == ["good"] and result.ok


def test_pillow_limits_are_not_loosened_by_the_validator():
    """The validator fixes its own pixel cap; it must not be above what the kiosk decodes."""
    from kiosk.content.assets import MAX_IMAGE_PIXELS

    assert MAX_IMAGE_PIXELS <= Image.MAX_IMAGE_PIXELS


def test_the_deepest_nesting_allowed_still_reads():
    """The composer's guards stop at the builder's limit, not before it."""
    located = parse_yaml("x: " + "[" * 39 + "1" + "]" * 39 + "\n")
    value = located.data["x"]
    for _ in range(38):
        value = value[0]
    assert value == [1]
