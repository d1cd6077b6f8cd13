"""``kiosk validate``: check content folders or packs and report in text or JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from kiosk.content.loader import PackResult, is_pack_dir, load_content, load_pack_or_zip
from kiosk.content.localize import localized
from kiosk.content.problems import Problem, Severity


@dataclass
class ValidationRun:
    """Everything one ``kiosk validate`` found, across all the paths it was given."""

    packs: list[PackResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    missing_paths: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.packs) and not any(
            p.severity is Severity.ERROR for p in self.problems
        )


def validate_paths(paths: list[str]) -> ValidationRun:
    """Validate each path: a pack folder, or a content folder of packs."""
    run = ValidationRun()
    for shown in paths:
        path = Path(shown)
        if is_pack_dir(path) or (path.is_file() and path.suffix.lower() == ".zip"):
            run.packs.append(load_pack_or_zip(path, shown))
        elif path.is_dir():
            content = load_content(path, shown)
            run.problems.extend(content.problems)
            if not content.packs:
                run.problems.append(
                    Problem(
                        shown,
                        0,
                        0,
                        "",
                        "no pack folders found here (a pack folder holds a pack.yaml)",
                    )
                )
            run.packs.extend(content.packs)
        elif path.exists():
            run.problems.append(Problem(shown, 0, 0, "", _not_a_folder(path)))
        else:
            run.missing_paths.append(shown)
    return run


def _not_a_folder(path: Path) -> str:
    """What to give instead of a file that is neither a folder nor a ``.zip``."""
    expects = "expected a content folder, a pack folder or a .zip of a pack"
    if path.name == "pack.yaml":
        return f"{expects}, not a file; give the folder the pack.yaml is in ({path.parent})"
    if path.name == "exhibit.yaml":
        return f"{expects}, not a file; give the content folder ({path.parent})"
    return f"{expects}; this is a file"


def plural(count: int, word: str) -> str:
    """``1 error``, ``2 errors``, ``0 errors``."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _pack_json(result: PackResult) -> dict[str, Any]:
    pack = result.pack
    language = pack.language if pack else "en"
    return {
        "id": pack.id if pack else result.path.name,
        "title": localized(pack.title, language, language) if pack else None,
        "path": str(result.path),
        "ok": result.ok,
        "panels": [
            {
                "id": panel.id,
                "kind": panel.kind,
                "title": localized(panel.title, language, language),
                "sources": list(panel.sources),
            }
            for panel in (pack.panels if pack else [])
        ],
        "sources": [source.id for source in (pack.sources if pack else [])],
        "errors": [p.as_json() for p in result.errors],
        "warnings": [p.as_json() for p in result.warnings],
    }


def write_json(run: ValidationRun, out: TextIO) -> None:
    report = {
        "ok": run.ok,
        "packs": [_pack_json(result) for result in run.packs],
        "errors": [p.as_json() for p in run.problems if p.severity is Severity.ERROR],
        "warnings": [p.as_json() for p in run.problems if p.severity is Severity.WARNING],
    }
    json.dump(report, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_text(run: ValidationRun, out: TextIO) -> None:
    for problem in run.problems:
        out.write(f"{problem}\n")
    for result in run.packs:
        for problem in result.problems:
            out.write(f"{problem}\n")
    valid = [r for r in run.packs if r.ok]
    for result in valid:
        pack = result.pack
        assert pack is not None
        out.write(
            f"ok  {pack.id} ({result.path}): "
            f"{plural(len(pack.panels), 'panel')}, {plural(len(pack.sources), 'source')}, "
            f"{plural(len(result.warnings), 'warning')}\n"
        )
    errors = sum(len(r.errors) for r in run.packs) + sum(
        1 for p in run.problems if p.severity is Severity.ERROR
    )
    out.write(f"{len(valid)} of {len(run.packs)} packs valid, {plural(errors, 'error')}\n")
