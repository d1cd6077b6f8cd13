"""Hostile inputs for the content loader, made at test time.

Nothing large or dangerous is stored in the repository: every pack, image and special file is
written into a temporary folder by the functions here. A "decompression bomb" is a PNG of a few
hundred bytes whose header claims a huge size; a "multi-megabyte scalar" is built from a short
string when the test runs.
"""

from __future__ import annotations

import copy
import io
import struct
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml
from PIL import Image

from kiosk.content.problems import format_key_path
from kiosk.content.yamlsource import KeyPath, parse_yaml

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

# Every key of every model of the format, each on its own line (block style), so that a wrong
# value or an unknown key has a line of its own to be reported at.
FULL = """\
format: 1
id: full
version: "1.2.0"
language: en
title:
  en: Full pack
  ru: Полный
summary: Every field of the format.
accent: "#C8553D"
cover:
  src: cover.png
  alt: Bands of colour
  caption: A caption
  credit: Original artwork
  licence: CC0 1.0
  sensitive: false
advisory: Descriptions of executions.
read_more: https://example.org/more
sources:
  - id: s1
    type: article-journal
    author:
      - family: Service
        given: Robert
    title: A title
    container: A journal
    editor:
      - literal: The editors
    publisher: A publisher
    place: London
    issued: 2004
    volume: 3
    issue: "2"
    pages: 1-10
    url: https://example.org/a
    accessed: 2020-01-02
    licence: CC BY 4.0
    note: A note
glossary:
  - id: kulak
    term: kulak
    definition: A better-off peasant.
    sources:
      - s1
panels:
  - id: text
    kind: text
    title: Text
    body: Text [@s1] about a [[kulak]].
    image:
      src: image.png
      alt: An image
      caption: A caption
      credit: A credit
      licence: CC0 1.0
      sensitive: true
      sensitive_note: Shows a street.
    read_more: https://example.org/text
    sources:
      - s1
  - id: timeline
    kind: timeline
    title: Timeline
    intro: Intro [@s1].
    events:
      - date: 1924-01-21
        title: Lenin dies
        text: One sentence.
        sources:
          - s1
    read_more: https://example.org/timeline
    sources:
      - s1
  - id: quote
    kind: quote
    title: Quote
    quote: The words.
    speaker: Someone
    date: 1956-02-25
    context: Where and why [@s1].
    image:
      src: image.png
      alt: A speaker
      credit: A credit
      licence: CC0 1.0
    read_more: https://example.org/quote
    sources:
      - s1
  - id: questions
    kind: questions
    title: Questions
    intro: Intro.
    questions:
      - question: Why?
        answer: Because [@s1].
    read_more: https://example.org/questions
    sources:
      - s1
  - id: gallery
    kind: gallery
    title: Gallery
    intro: Intro.
    images:
      - src: image.png
        alt: One
        credit: A credit
        licence: CC0 1.0
      - src: cover.png
        alt: Two
        credit: A credit
        licence: CC0 1.0
    read_more: https://example.org/gallery
    sources:
      - s1
  - id: chart
    kind: chart
    title: Chart
    intro: Official figures [@s1].
    chart:
      type: bar
      unit: Million tonnes
      categories:
        - 1928
        - 1932
      series:
        - name: Steel
          values:
            - 4.3
            - 5.9
      note: A note.
    read_more: https://example.org/chart
    sources:
      - s1
  - id: map
    kind: map
    title: Map
    intro: Intro.
    region: europe
    groups:
      - label: Bloc
        colour: "#D4574F"
        countries:
          - Poland
          - Soviet Union
    note: Today's borders.
    read_more: https://example.org/map
    sources:
      - s1
"""

# No field of the format accepts any of these (checked by test_wrong_types_in_every_field).
WRONG_VALUES: dict[str, Any] = {
    "nested-list": [[[]]],
    "nested-map": {"x": {"y": 1}},
    "fraction": 3.5,
}
UNKNOWN_KEY = "zz_unknown"


def small_png(colour: tuple[int, int, int] = (200, 80, 60)) -> bytes:
    return encode(Image.new("RGB", (16, 9), colour), "PNG")


def encode(image: Image.Image, fmt: str, **options: Any) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def write_pack(
    folder: Path, text: str | bytes, images: dict[str, bytes] | None = None, cover: bool = True
) -> Path:
    """A pack folder with ``pack.yaml`` and, unless told otherwise, a small ``cover.png``."""
    folder.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8") if isinstance(text, str) else text
    (folder / "pack.yaml").write_bytes(data)
    if cover:
        (folder / "cover.png").write_bytes(small_png())
    for name, content in (images or {}).items():
        (folder / name).write_bytes(content)
    return folder


def full_images() -> dict[str, bytes]:
    return {"image.png": small_png((90, 120, 200))}


# --- structural cases generated from FULL ----------------------------------------------------


def _replace(data: Any, path: KeyPath, value: Any) -> Any:
    changed = copy.deepcopy(data)
    target = changed
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return changed


def dump(data: Any) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


def field_paths() -> list[KeyPath]:
    """Every key of FULL: each field of every model (and each language of a text)."""
    return list(parse_yaml(FULL).key_marks)


def map_paths() -> list[KeyPath]:
    """Every map in FULL, the top level included."""
    located = parse_yaml(FULL)
    return [path for path in located.value_marks if isinstance(_at(located.data, path), dict)]


def _at(data: Any, path: KeyPath) -> Any:
    for part in path:
        data = data[part]
    return data


def wrong_type_cases() -> Iterator[tuple[str, str, KeyPath]]:
    """(case id, pack text, path of the wrong value) for every field and every wrong value."""
    data = parse_yaml(FULL).data
    for path in field_paths():
        for name, value in WRONG_VALUES.items():
            yield f"{format_key_path(path)}={name}", dump(_replace(data, path, value)), path


def unknown_key_cases() -> Iterator[tuple[str, str, KeyPath]]:
    """(case id, pack text, path of the added key) for an unknown key added to every map."""
    data = parse_yaml(FULL).data
    for path in map_paths():
        changed = copy.deepcopy(data)
        _at(changed, path)[UNKNOWN_KEY] = "x"
        yield format_key_path(path) or "(top)", dump(changed), (*path, UNKNOWN_KEY)


# --- YAML text cases: (pack text or bytes, words the error must contain, line or None) -------

Case = tuple[str | bytes, str, int | None]


def _good(old: str, new: str) -> str:
    assert old in GOOD, old
    return GOOD.replace(old, new, 1)


def billion_laughs(levels: int = 9, width: int = 10) -> str:
    lines = ["a0: &a0 [" + ", ".join(["lol"] * width) + "]"]
    for level in range(1, levels):
        refs = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


def syntax_cases() -> dict[str, Case]:
    return {
        "unclosed-flow-list": (_good("title: T\n", "title: [T\n"), "YAML syntax error", None),
        "unclosed-flow-map": (_good("licence: CC0 1.0}", "licence: CC0 1.0"), "syntax", None),
        "unclosed-double-quote": (
            _good('"Text [@s1] about a [[kulak]]."', '"Text'),
            "syntax",
            None,
        ),
        "double-quote-swallows-lines": (_good("summary: S", 'summary: "S'), "'accent'", 1),
        "unclosed-single-quote": (_good("summary: S", "summary: 'S"), "syntax", None),
        "bad-indentation": (_good("summary: S", " summary: S"), "syntax", 5),
        "colon-in-plain-text": (_good("summary: S", "summary: S: s"), "in quotes", 5),
        "at-sign-starts-text": (_good("summary: S", "summary: @S"), "in quotes", 5),
        "backtick-starts-text": (_good("summary: S", "summary: `S`"), "in quotes", 5),
        "undefined-alias": (_good("summary: S", "summary: *nowhere"), "undefined alias", 5),
        "unknown-escape": (_good("summary: S", 'summary: "\\q"'), "syntax", 5),
        "missing-colon": (_good("summary: S", "summary S"), "syntax", None),
        "yaml-2-directive": ("%YAML 2.0\n---\n" + GOOD, "syntax", 1),
        "content-after-document-end": (GOOD + "...\nextra: 1\n", "syntax", None),
        "flow-map-missing-comma": (_good("alt: A,", "alt: A"), "syntax", 7),
        "block-in-flow": (_good("title: T\n", "title: [a,\n- b]\n"), "syntax", None),
        "python-tag": (_good("summary: S", "summary: !!python/object:os.system ls"), "tag", 5),
        "unknown-tag": (_good("summary: S", "summary: !secret S"), "tag", 5),
        "bad-timestamp": (_good("summary: S", "summary: 2020-13-45"), "not one", 5),
        "bad-int-tag": (_good("summary: S", "summary: !!int twelve"), "number", 5),
        "bad-float-tag": (_good("summary: S", "summary: !!float twelve"), "decimal", 5),
        "empty-int-tag": (_good("summary: S", "summary: !!int ''"), "number", 5),
        "bad-bool-tag": (_good("summary: S", "summary: !!bool maybe"), "yes or no", 5),
        "bad-timestamp-tag": (_good("summary: S", "summary: !!timestamp soon"), "not one", 5),
        "5000-digit-number": (_good("issued: 2004", "issued: 1" + "0" * 5000), "digits", 9),
        "complex-key": (_good("summary: S", "? [a, b]\n: S"), "plain word", 5),
        "merge-key": (_good("summary: S", "summary: &m {a: 1}\nx: {<<: *m}"), "merge", 6),
        "tab-indent-top-key": (_good("summary: S", "\tsummary: S"), "tabs", 5),
        "tab-indent-list-item": (_good("  - {id: s1", "\t- {id: s1"), "tabs", None),
        "tab-indent-panel-key": (_good("    kind: text", "\t  kind: text"), "tabs", None),
        "tab-after-dash": (_good("  - id: one", "  -\tid: one\n\t"), "syntax", None),
        "nul-character": (_good("summary: S", "summary: S\x00"), "U+0000", 5),
        "bell-character": (_good("summary: S", "summary: \x07S"), "U+0007", 5),
        "escape-character": (_good("body: ", "body: \x1b"), "U+001B", 16),
        "delete-character": (_good("summary: S", "summary: S\x7f"), "U+007F", 5),
        "c1-control": (_good("summary: S", "summary: S\x9b"), "U+009B", 5),
        "noncharacter": (_good("summary: S", "summary: S\ufffe"), "U+FFFE", 5),
        "bom-in-the-middle": (_good("summary: S", "\ufeffsummary: S"), "U+FEFF", 5),
        "zero-width-space-in-key": (_good("summary: S", "sum\u200bmary: S"), "U+200B", 5),
    }


def encoding_cases() -> dict[str, Case]:
    good = GOOD.encode("utf-8")
    return {
        "latin-1-byte": (good.replace(b"summary: S", b"summary: S\xe9"), "not UTF-8", 5),
        "cp1252-quotes": (good.replace(b"summary: S", b"summary: \x93S\x94"), "not UTF-8", 5),
        "lone-continuation-byte": (good.replace(b"id: one", b"id: \x80one"), "not UTF-8", 13),
        "overlong-encoding": (good.replace(b"summary: S", b"summary: \xc0\xaf"), "not UTF-8", 5),
        "encoded-surrogate": (good.replace(b"summary: S", b"summary: \xed\xa0\x80"), "UTF-8", 5),
        "truncated-sequence-at-end": (good + b"# \xe2\x82", "not UTF-8", 18),
        "utf-16-with-bom": (GOOD.encode("utf-16"), "not UTF-8", 1),
        "utf-16-without-bom": (GOOD.encode("utf-16-le"), "U+0000", 1),
        "utf-32": (GOOD.encode("utf-32"), "not UTF-8", 1),
    }


def duplicate_key_cases() -> dict[str, Case]:
    return {
        "top-level": (_good("summary: S", "summary: S\nsummary: S2"), "appears twice", 6),
        "in-cover": (_good("alt: A,", "alt: A, alt: B,"), "appears twice", 7),
        "in-source": (_good("title: Stalin,", "title: Stalin, title: X,"), "appears twice", 9),
        "in-panel": (_good("    kind: text", "    kind: text\n    kind: text"), "twice", 15),
        "quoted-and-plain": (_good("summary: S", "summary: S\n'summary': S2"), "twice", 6),
        "with-wrong-shape": (_good("summary: S", "summary: [S]\nsummary: S"), "twice", 6),
        "in-language-map": (_good("title: T", "title: {en: T, en: U}"), "appears twice", 4),
    }


def alias_cases() -> dict[str, Case]:
    long_text = "x " * 5000
    wide = "  - *big\n" * 100
    return {
        "billion-laughs": (billion_laughs(), "alias bomb", None),
        "billion-laughs-inside-a-pack": (GOOD + billion_laughs(), "alias bomb", None),
        "wide-text-bomb": (
            _good("summary: S", f"summary: &big '{long_text}'\nx:\n{wide}"),
            "characters of text",
            None,
        ),
        "alias-panels": (
            _good("  - id: one\n", "  - &p\n    id: one\n") + "  - *p\n" * 40_000,
            "values",
            None,
        ),
        "recursive-list": ("a: &a [*a]\n", "nesting", 1),
        "recursive-map": ("a: &a {b: *a}\n", "nesting", 1),
        "recursive-panels": (_good("panels:\n", "panels: &p\n  - *p\n"), "nesting", None),
        "mutual-recursion": ("a: &a [&b [*a]]\n", "nesting", 1),
    }


def nesting_cases() -> dict[str, Case]:
    deep_block = "".join("  " * i + "a:\n" for i in range(60)) + "  " * 60 + "b\n"
    return {
        "flow-lists-41": ("x: " + "[" * 41 + "]" * 41 + "\n", "nesting", 1),
        # 41 collections pass the composer's guard; the value inside them is one too deep.
        "a-value-one-level-too-deep": ("x: " + "[" * 40 + "1" + "]" * 40 + "\n", "nesting", 1),
        "flow-lists-10000": ("x: " + "[" * 10_000 + "]" * 10_000 + "\n", "nesting", 1),
        "flow-maps-5000": ("x: " + "{a: " * 5000 + "1" + "}" * 5000 + "\n", "nesting", 1),
        "block-maps-60": (deep_block, "nesting", None),
        "block-lists-100": ("x:\n" + "- " * 100 + "y\n", "nesting", 2),
        "unclosed-flow-lists-100000": ("x: " + "[" * 100_000 + "\n", "nesting", 1),
        "inside-a-panel": (_good("title: One", "title: " + "[" * 50 + "]" * 50), "nesting", 15),
    }


def size_cases() -> dict[str, Case]:
    big = "x" * 250_000  # under the 300,000-character cap, so the value's own check speaks
    return {
        "title-25000-characters": (_good("summary: S", "summary: " + "w" * 25_000), "20,000", 5),
        "body-1.9-megabytes": (_good("body: ", "body: " + "x" * 1_900_000 + " "), "text", 16),
        "text-over-300000-characters": (
            _good("summary: S", "summary: S\nadvisory: " + big + "\nx: " + big),
            "characters of text",
            7,
        ),
        "key-250000-characters": (_good("summary: S", f"? {big}\n: S"), "unknown key", 5),
        "id-250000-characters": (_good("id: p", f"id: {big}"), "not a valid id", 2),
        "url-250000-characters": (
            _good("summary: S", f"summary: S\nread_more: h{big}"),
            "web address",
            6,
        ),
        "date-250000-characters": (
            _good(
                "  - id: one\n",
                "  - id: tl\n    kind: timeline\n    title: t\n"
                f"    events: [{{date: '{big}', title: x}}]\n    sources: [s1]\n  - id: one\n",
            ),
            "not a date",
            16,
        ),
        "kind-250000-characters": (_good("kind: text", f"kind: {big}"), "panel kind", 14),
        "language-code-250000-characters": (
            _good("title: T", f"title: {{? {big} : T}}"),
            "language code",
            4,
        ),
        "tag-1-megabyte": (_good("summary: S", f"summary: !{'t' * 1_000_000} S"), "tag", 5),
    }


def shape_cases() -> dict[str, Case]:
    must_be_map = "must be a map"
    return {
        "empty": ("", must_be_map, 1),
        "whitespace": ("   \n\n  \n", must_be_map, 1),
        "comment-only": ("# nothing\n", must_be_map, 1),
        "null": ("~\n", must_be_map, 1),
        "document-marker-only": ("---\n", must_be_map, 1),
        "document-end-only": ("...\n", "syntax", 1),
        "list": ("- format: 1\n- id: p\n", must_be_map, 1),
        "scalar": ("hello\n", must_be_map, 1),
        "quoted-string": ('"format: 1"\n', must_be_map, 1),
        "number": ("1\n", must_be_map, 1),
        "boolean": ("yes\n", must_be_map, 1),
        "binary": ("!!binary aGVsbG8=\n", must_be_map, 1),
        "set": ("!!set {format, id}\n", "required key", 1),
        "omap": ("!!omap [format: 1]\n", must_be_map, 1),
        "two-documents": (GOOD + "---\n" + GOOD, "another document", 18),
        "two-empty-documents": ("---\n---\n", "another document", 2),
        "empty-then-pack": ("---\n---\n" + GOOD, "another document", 2),
    }


YAML_CASES: dict[str, Callable[[], dict[str, Case]]] = {
    "syntax": syntax_cases,
    "encoding": encoding_cases,
    "duplicate-key": duplicate_key_cases,
    "alias": alias_cases,
    "nesting": nesting_cases,
    "size": size_cases,
    "shape": shape_cases,
}


def yaml_cases() -> Iterator[tuple[str, Case]]:
    for group, make in YAML_CASES.items():
        for name, case in make().items():
            yield f"{group}:{name}", case


# --- images ----------------------------------------------------------------------------------


def noise(size: tuple[int, int] = (96, 64), mode: str = "RGB") -> Image.Image:
    """An image that does not compress, so that truncating it cuts into the pixel data."""
    bands = len(Image.new(mode, (1, 1)).getbands())
    data = bytes((x * 7919 + x // 13 * 104729) % 251 for x in range(size[0] * size[1] * bands))
    return Image.frombytes(mode, size, data)


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def raw_png(width: int, height: int, bit_depth: int, colour_type: int, row: bytes) -> bytes:
    """A PNG written by hand, for the modes Pillow cannot write (16-bit colour)."""
    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + row for _ in range(height)))
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", pixels)
        + png_chunk(b"IEND", b"")
    )


def png_claiming(width: int, height: int) -> bytes:
    """A small PNG whose IHDR (with a correct CRC) claims ``width`` x ``height`` pixels."""
    data = bytearray(small_png())
    assert data[12:16] == b"IHDR"
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


def jpeg_claiming(width: int, height: int) -> bytes:
    data = bytearray(encode(Image.new("RGB", (16, 9), (10, 20, 30)), "JPEG"))
    start = data.index(b"\xff\xc0")
    data[start + 5 : start + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def webp_claiming(width: int, height: int) -> bytes:
    """A lossy WebP whose VP8 frame header claims ``width`` x ``height`` (at most 16383)."""
    data = bytearray(encode(Image.new("RGB", (16, 9), (10, 20, 30)), "WEBP", quality=50))
    start = data.index(b"\x9d\x01\x2a")
    data[start + 3 : start + 7] = struct.pack("<HH", width, height)
    return bytes(data)


def png_with_bad_crc() -> bytes:
    data = bytearray(encode(noise(), "PNG"))
    idat = data.index(b"IDAT")
    length = struct.unpack(">I", data[idat - 4 : idat])[0]
    data[idat + 4 + length] ^= 0xFF  # first byte of the IDAT checksum
    return bytes(data)


def png_with_garbage_pixels() -> bytes:
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0))
        + png_chunk(b"IDAT", b"this is not zlib data" * 20)
        + png_chunk(b"IEND", b"")
    )


def animation(fmt: str) -> bytes:
    frames = [Image.new("RGB", (16, 9), colour) for colour in ("red", "green", "blue")]
    return encode(frames[0], fmt, save_all=True, append_images=frames[1:], duration=100)


def _truncated(data: bytes, fraction: float) -> bytes:
    return data[: int(len(data) * fraction)]


def refused_images() -> dict[str, tuple[str, Callable[[], bytes], str]]:
    """name -> (file name, bytes, words the error must contain)."""
    png = encode(noise(), "PNG")
    jpeg = encode(noise(), "JPEG", quality=90)
    webp = encode(noise(), "WEBP", quality=90)
    grey16 = struct.pack(">H", 32768) * 16
    return {
        "png-truncated-50": ("cover.png", lambda: _truncated(png, 0.5), "truncated"),
        "png-truncated-95": ("cover.png", lambda: _truncated(png, 0.95), "truncated"),
        "png-header-only": ("cover.png", lambda: png[:33], "not an image"),
        "png-signature-only": ("cover.png", lambda: png[:8], "not an image"),
        "jpeg-truncated-50": ("cover.jpg", lambda: _truncated(jpeg, 0.5), "truncated"),
        "jpeg-truncated-90": ("cover.jpg", lambda: _truncated(jpeg, 0.9), "truncated"),
        "jpeg-truncated-99": ("cover.jpg", lambda: _truncated(jpeg, 0.99), "truncated"),
        "jpeg-header-only": ("cover.jpg", lambda: jpeg[:200], "truncated"),
        "webp-truncated-50": ("cover.webp", lambda: _truncated(webp, 0.5), "truncated"),
        "webp-truncated-90": ("cover.webp", lambda: _truncated(webp, 0.9), "truncated"),
        "png-bad-checksum": ("cover.png", png_with_bad_crc, "damaged"),
        "png-garbage-pixels": ("cover.png", png_with_garbage_pixels, "damaged"),
        "empty-png": ("cover.png", lambda: b"", "empty (0 bytes)"),
        "empty-jpeg": ("cover.jpg", lambda: b"", "empty (0 bytes)"),
        "text-named-png": ("cover.png", lambda: b"this is text, not a PNG\n", "not an image"),
        "html-named-webp": ("cover.webp", lambda: b"<html><img src=x></html>", "not an image"),
        "random-bytes-named-jpeg": ("cover.jpeg", lambda: bytes(range(256)) * 8, "not an image"),
        "gif-named-png": ("cover.png", lambda: animation("GIF"), "is a GIF image"),
        "bmp-named-jpg": ("cover.jpg", lambda: encode(noise(), "BMP"), "is a BMP image"),
        "tiff-named-webp": ("cover.webp", lambda: encode(noise(), "TIFF"), "is a TIFF image"),
        "animated-gif": ("cover.gif", lambda: animation("GIF"), "not a .png"),
        "svg": (
            "cover.svg",
            lambda: b'<svg><image href="file:///etc/passwd"/></svg>',
            "not a .png",
        ),
        "no-extension": ("cover", small_png, "not a .png"),
        "png-claims-19000x19000": ("cover.png", lambda: png_claiming(19_000, 19_000), "pixels"),
        "png-claims-9500x9500": ("cover.png", lambda: png_claiming(9_500, 9_500), "too many"),
        "png-claims-2147483647-wide": ("cover.png", lambda: png_claiming(2**31 - 1, 1), "pixels"),
        "png-claims-zero-size": ("cover.png", lambda: png_claiming(0, 0), "cover.png"),
        "png-20001x1": ("cover.png", lambda: encode(Image.new("L", (20_001, 1)), "PNG"), "a side"),
        "jpeg-claims-65000x65000": ("cover.jpg", lambda: jpeg_claiming(65_000, 65_000), "pixels"),
        "webp-claims-16383x16383": ("cover.webp", lambda: webp_claiming(16_383, 16_383), "pixels"),
        "png-16-bit-grey": ("cover.png", lambda: raw_png(16, 9, 16, 0, grey16), "16-bit"),
    }


def accepted_images() -> dict[str, tuple[str, Callable[[], bytes], str | None]]:
    """name -> (file name, bytes, words of the warning expected, if any)."""
    red16 = struct.pack(">HHH", 65535, 0, 0) * 16
    red16a = struct.pack(">HHHH", 65535, 0, 0, 65535) * 16
    transparent = Image.new("P", (16, 9), 1)
    transparent.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    return {
        "cmyk-jpeg": (
            "cover.jpg",
            lambda: encode(Image.new("CMYK", (16, 9), (0, 255, 255, 0)), "JPEG"),
            None,
        ),
        "grey-jpeg": ("cover.jpg", lambda: encode(Image.new("L", (16, 9), 128), "JPEG"), None),
        "png-16-bit-rgb": ("cover.png", lambda: raw_png(16, 9, 16, 2, red16), None),
        "png-16-bit-rgba": ("cover.png", lambda: raw_png(16, 9, 16, 6, red16a), None),
        "png-grey-alpha": (
            "cover.png",
            lambda: encode(Image.new("LA", (16, 9), (128, 200)), "PNG"),
            None,
        ),
        "png-palette-transparency": (
            "cover.png",
            lambda: encode(transparent, "PNG", transparency=0),
            None,
        ),
        "png-1-bit": ("cover.png", lambda: encode(Image.new("1", (16, 9), 1), "PNG"), None),
        "webp-rgba": (
            "cover.webp",
            lambda: encode(Image.new("RGBA", (16, 9), (255, 0, 0, 128)), "WEBP"),
            None,
        ),
        "webp-lossless": (
            "cover.webp",
            lambda: encode(Image.new("RGB", (16, 9), (255, 0, 0)), "WEBP", lossless=True),
            None,
        ),
        "animated-png": ("cover.png", lambda: animation("PNG"), "animated"),
        "animated-webp": ("cover.webp", lambda: animation("WEBP"), "animated"),
        "png-named-jpg": (
            "cover.jpg",
            lambda: small_png((255, 0, 0)),
            "is a PNG image with a .jpg name",
        ),
        "jpeg-named-png": (
            "cover.png",
            lambda: encode(Image.new("RGB", (16, 9), "red"), "JPEG"),
            "JPEG image",
        ),
    }
