"""Curators' and technicians' commands: ``set-pin``, ``schema`` and ``new-pack``."""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path

from kiosk.content.models import ID_PATTERN, Pack
from kiosk.services.artwork import make_cover
from kiosk.services.pin import hash_pin
from kiosk.services.settings import default_settings_path, load_settings, save_settings

SCAFFOLD = Path(__file__).resolve().parent / "scaffold" / "pack.yaml"


def set_pin(settings_file: str | None, pin: str | None) -> int:
    path = Path(settings_file) if settings_file else default_settings_path()
    loaded = load_settings(path)
    if loaded.problems:
        for problem in loaded.problems:
            print(f"kiosk set-pin: {problem}", file=sys.stderr)
        print("kiosk set-pin: fix the settings file first; nothing was changed", file=sys.stderr)
        return 1
    if pin is None:
        pin = getpass.getpass("New staff PIN (4-12 digits): ")
        if getpass.getpass("Again: ") != pin:
            print("kiosk set-pin: the two PINs differ; nothing was changed", file=sys.stderr)
            return 1
    try:
        loaded.settings.staff_pin_hash = hash_pin(pin)
    except ValueError as error:
        print(f"kiosk set-pin: {error}", file=sys.stderr)
        return 2
    save_settings(loaded.settings, path)
    print(f"Staff PIN stored (as a salted hash) in {path}")
    return 0


def pack_schema() -> dict:
    """JSON Schema of pack.yaml, for editors that check YAML as curators type."""
    schema = Pack.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Kiosk content pack (pack.yaml), format 1"
    return schema


def write_schema(out: str) -> int:
    text = json.dumps(pack_schema(), indent=2, ensure_ascii=False) + "\n"
    if out == "-":
        sys.stdout.write(text)
    else:
        Path(out).write_text(text, encoding="utf-8")
        print(
            f"wrote {out}; in VS Code add to pack.yaml's first line:\n"
            f"# yaml-language-server: $schema={Path(out).resolve().as_uri()}"
        )
    return 0


def new_pack(pack_id: str, content: str) -> int:
    import re

    if not re.match(ID_PATTERN, pack_id):
        print(
            f"kiosk new-pack: {pack_id!r} is not a valid id (lower-case letters, digits, "
            "'-' and '_')",
            file=sys.stderr,
        )
        return 2
    folder = Path(content) / pack_id
    if folder.exists():
        print(f"kiosk new-pack: {folder} already exists; nothing was changed", file=sys.stderr)
        return 1
    folder.mkdir(parents=True)
    accent = "#5C9BD1"
    (folder / "pack.yaml").write_text(
        SCAFFOLD.read_text(encoding="utf-8").replace("__ID__", pack_id), encoding="utf-8"
    )
    make_cover(pack_id, accent).resize((1280, 720)).save(folder / "cover.png", optimize=True)
    make_cover(pack_id + "-2", "#D08C4A").resize((1280, 720)).save(folder / "picture.png")
    print(f"created {folder}: edit {folder / 'pack.yaml'}, then run: kiosk validate {folder}")
    return 0
