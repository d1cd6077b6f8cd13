"""Property-based fuzzing of the loader: whatever pack.yaml holds, ``load_pack`` returns problems
(never raises), each with a message and a line inside the file.

The default run is short (200 examples per test) so the suite stays fast. For a long run:

    HYPOTHESIS_PROFILE=long QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest \
        tests/test_fuzz_loader.py -q

(``long`` runs 20,000 examples per test; add ``--hypothesis-show-statistics`` to see timings.)
No example database is written (``database=None``), so fuzzing leaves nothing in the work tree.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml
from hostile import corpus
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content.loader import PackResult, load_pack
from kiosk.content.yamlsource import parse_yaml

settings.register_profile(
    "fuzz-short",
    max_examples=200,
    deadline=5000,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "long",
    max_examples=20_000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
FUZZ = settings.get_profile(
    "long" if os.environ.get("HYPOTHESIS_PROFILE") == "long" else "fuzz-short"
)

_BREAKS = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def yaml_line_count(data: bytes) -> int:
    """Lines as YAML counts them (CR, LF, CRLF, NEL, LS and PS all end a line), plus the
    empty line after a final break where "unexpected end of stream" is reported."""
    return len(_BREAKS.findall(data.decode("utf-8-sig", errors="replace"))) + 1


def check(result: PackResult, data: bytes) -> None:
    lines = yaml_line_count(data)
    for problem in result.problems:
        assert problem.message.strip(), problem
        assert 0 <= problem.line <= lines, (str(problem), lines)
        if problem.line == 0:  # only whole-file problems carry no position
            assert problem.column == 0 and problem.key_path == "", str(problem)
        else:
            assert problem.column >= 1, str(problem)
    if not result.ok:
        assert result.errors


def load_bytes(folder: Path, data: bytes) -> PackResult:
    (folder / "pack.yaml").write_bytes(data)
    return load_pack(folder, "p")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One pack folder with its images; each example only rewrites its pack.yaml."""
    return corpus.write_pack(tmp_path_factory.mktemp("fuzz"), corpus.FULL, corpus.full_images())


# --- mutations of a valid pack ----------------------------------------------------------------

HOSTILE_CHARACTERS = [
    *":-?[]{},&*!|>'\"%@`#\t\n\r \\",
    *["\x00", "\x07", "\x85", "\u2028", "\ufeff", "\u200b", "\u202e", "é", "Ж", "😀", "\ud7ff"],
]
SNIPPETS = [
    "*a",
    "&a",
    "&a [*a]",
    "<<: *a",
    "? x",
    "---",
    "...",
    "!!binary AAAA",
    "!!python/object:os.system ls",
    "!!int x",
    "!!float x",
    "!!timestamp 2020-13-45",
    "!!timestamp soon",
    "!!bool maybe",
    "!!int ''",
    "!!null x",
    "2020-13-45",
    "1e99999",
    "1" + "0" * 5000,
    "{",
    "[",
    "}",
    "]",
    "|",
    ">-",
    '"\\x00"',
    '"\\ud800"',
    "%YAML 1.1",
    "%TAG ! tag:x,2000:",
    "kind: chart",
    "kind: nothing",
    "src: ../../etc/passwd",
    "src: /dev/zero",
    "src: cover.png",
    "sources: [nope]",
    "body: '[@nope] [[nope]] [[' ",
    "- " * 50 + "x",
    "[" * 60,
    "{a: " * 30,
    "\t- x",
    "zz: 1",
    "null",
    "~",
]
SWAPS = ["[]", "{}", "~", "yes", "3.5", "-1", "''", '"#FFF"', "[a, [b]]", "{a: {b: c}}", "0x1F"]


@st.composite
def mutated_pack(draw: st.DrawFn) -> bytes:
    lines = corpus.FULL.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 6))):
        action = draw(
            st.sampled_from(
                [
                    "delete-char",
                    "insert-char",
                    "duplicate-char",
                    "delete-line",
                    "duplicate-line",
                    "swap-lines",
                    "insert-snippet",
                    "swap-value",
                    "unicode",
                ]
            )
        )
        at = draw(st.integers(0, len(lines) - 1))
        line = lines[at]
        column = draw(st.integers(0, max(len(line) - 1, 0)))
        if action == "delete-char":
            lines[at] = line[:column] + line[column + 1 :]
        elif action == "insert-char":
            lines[at] = line[:column] + draw(st.sampled_from(HOSTILE_CHARACTERS)) + line[column:]
        elif action == "duplicate-char":
            lines[at] = line[: column + 1] + line[column:]
        elif action == "delete-line" and len(lines) > 1:
            del lines[at]
        elif action == "duplicate-line":
            lines.insert(at, line)
        elif action == "swap-lines":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif action == "insert-snippet":
            indent = " " * draw(st.integers(0, 8))
            lines.insert(at, indent + draw(st.sampled_from(SNIPPETS)) + "\n")
        elif action == "swap-value" and ": " in line:
            key = line.split(": ", 1)[0]
            lines[at] = f"{key}: {draw(st.sampled_from(SWAPS))}\n"
        elif action == "unicode":
            text = draw(st.text(min_size=1, max_size=8))
            lines[at] = line[:column] + text + line[column:]
    text = "".join(lines)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from st.text: write it as the raw bytes
        return text.encode("utf-8", errors="surrogatepass")


@FUZZ
@given(data=mutated_pack())
def test_mutated_packs_never_break_the_loader(folder, data):
    check(load_bytes(folder, data), data)


@FUZZ
@given(data=st.binary(max_size=400), at=st.integers(0, len(corpus.FULL)))
def test_random_bytes_spliced_into_a_pack(folder, data, at):
    raw = corpus.FULL.encode("utf-8")
    spliced = raw[:at] + data + raw[at:]
    check(load_bytes(folder, spliced), spliced)


# --- random structures --------------------------------------------------------------------------

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(["cover.png", "s1", "text", "chart", "#C8553D", "https://x.org", "1924-01"])
    | st.dates()
)
KEYS = st.text(max_size=12) | st.sampled_from(sorted({str(p[-1]) for p in corpus.field_paths()}))
STRUCTURES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(KEYS, children, max_size=5),
    max_leaves=40,
)


@FUZZ
@given(value=STRUCTURES, flow=st.booleans(), unicode=st.booleans())
def test_random_structures_never_break_the_loader(folder, value, flow, unicode):
    data = yaml.safe_dump(value, default_flow_style=flow, allow_unicode=unicode).encode("utf-8")
    check(load_bytes(folder, data), data)


@FUZZ
@given(value=STRUCTURES, pick=st.integers(0, 10_000))
def test_random_structures_inside_a_valid_pack(folder, value, pick):
    """A random value replaces one value deep in a valid pack, so the checks behind the schema
    (references, images, translations) see hostile data too."""
    located = parse_yaml(corpus.FULL)
    paths = [p for p in located.value_marks if p]
    path = paths[pick % len(paths)]
    tree = located.data
    for part in path[:-1]:
        tree = tree[part]
    tree[path[-1]] = value
    data = corpus.dump(located.data).encode("utf-8")
    check(load_bytes(folder, data), data)
