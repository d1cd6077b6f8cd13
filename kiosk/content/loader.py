"""Load and validate packs and content folders, collecting every problem in one run."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from kiosk.content.assets import AssetProblem, open_regular
from kiosk.content.checks import PackChecker
from kiosk.content.image_checks import ImageCheckMemo
from kiosk.content.models import Exhibit, Pack
from kiosk.content.problems import Problem, Severity, shorten
from kiosk.content.results import ContentResult, PackResult
from kiosk.content.schema_errors import problems_from_validation_error
from kiosk.content.yamlsource import MAX_FILE_BYTES, LocatedData, YamlProblem, parse_yaml
from kiosk.content.zipped import ZipProblem, unpack

PACK_FILE = "pack.yaml"
EXHIBIT_FILE = "exhibit.yaml"
MAX_PROBLEMS = 200
Model = TypeVar("Model", bound=BaseModel)


def _read_bytes(
    path: Path, file: str, root: Path | None = None
) -> tuple[bytes | None, list[Problem]]:
    """The file's bytes (at most one more than the size limit), or a whole-file problem.

    ``root`` is the folder the file must really be in: a ``pack.yaml`` that is a link to a
    file elsewhere is refused before anything is read from it. A FIFO, device or folder of
    that name is refused without blocking (see :func:`open_regular`).
    """
    folder = root if root is not None else path.parent
    try:
        real = path.resolve()
        inside = real.is_relative_to(folder.resolve())
    except (OSError, RuntimeError) as error:  # RuntimeError: a link loop (Python < 3.13)
        reason = getattr(error, "strerror", None) or "a link that points to itself"
        return None, [Problem(file, 0, 0, "", f"cannot follow {path.name} ({reason})")]
    if not inside:
        return None, [
            Problem(
                file,
                0,
                0,
                "",
                f"{path.name} is a link to a file outside the folder ({shorten(str(real), 80)}); "
                "it was not read: copy the file into the folder instead",
            )
        ]
    if not path.exists() and not path.is_symlink():
        return None, [
            Problem(
                file,
                0,
                0,
                "",
                f"there is no {path.name} here; every pack "
                f"folder needs one (see docs/content-format.md)",
            )
        ]
    try:
        with open_regular(real, path.name) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except AssetProblem as problem:
        return None, [Problem(file, 0, 0, "", str(problem))]
    except OSError as error:
        return None, [Problem(file, 0, 0, "", f"cannot read the file: {error.strerror}")]
    return data, []


def _parse_model(
    data: bytes, file: str, model: type[Model]
) -> tuple[Model | None, LocatedData | None, list[Problem]]:
    try:
        located = parse_yaml(data)
    except YamlProblem as problem:
        return (
            None,
            None,
            [Problem(file, problem.mark.line, problem.mark.column, "", problem.message)],
        )
    if not isinstance(located.data, dict):
        return (
            None,
            located,
            [
                Problem(
                    file,
                    1,
                    1,
                    "",
                    "the file must be a map of keys and "
                    "values (format: 1, id: ..., title: ...); it is not",
                )
            ],
        )
    try:
        return model.model_validate(located.data), located, []
    except ValidationError as error:
        return None, located, problems_from_validation_error(error, located, file, model)


def load_pack(
    pack_dir: Path,
    shown_dir: str | None = None,
    image_checks: ImageCheckMemo | None = None,
    languages: frozenset[str] = frozenset(),
) -> PackResult:
    """Read, parse and check one pack folder. Never raises for bad content.

    ``image_checks`` remembers images that passed, so unchanged ones are not decoded again.
    ``languages`` are the languages the exhibit offers; a pack with no text in one of them
    gets a warning.

    The whole-pack checks (ids, references, images, translations) run on the YAML data even
    when the model finds errors in it, so every problem is reported in one run; a check that
    would only repeat the model's complaint about a value is left out.
    """
    shown = shown_dir if shown_dir is not None else str(pack_dir)
    file = f"{shown.rstrip('/')}/{PACK_FILE}"
    result = PackResult(path=pack_dir, file=file)
    data, problems = _read_bytes(pack_dir / PACK_FILE, file, pack_dir)
    result.problems.extend(problems)
    if data is None:
        return result
    pack, located, problems = _parse_model(data, file, Pack)
    result.problems.extend(problems)
    if located is not None and isinstance(located.data, dict):
        raw_lines = data.decode("utf-8-sig", errors="replace").splitlines()
        checker = PackChecker(
            located,
            pack_dir,
            file,
            raw_lines,
            image_checks=image_checks,
            languages=languages,
            reported=frozenset(p.key_path for p in problems if p.key_path),
        )
        result.problems.extend(checker.run())
        if pack is not None:
            result.images = checker.images
    result.problems.sort(key=lambda p: (p.line, p.column))
    if pack is not None and not result.errors:
        result.pack = pack
    result.problems = _at_most(result.problems, file)
    return result


def _at_most(problems: list[Problem], file: str) -> list[Problem]:
    """The first :data:`MAX_PROBLEMS` problems, and one saying how many more there are.

    Every problem is still found (so ``ok`` is unaffected), but a report of 100,000 lines
    about one file helps no one and would make output size depend on hostile input.
    """
    if len(problems) <= MAX_PROBLEMS:
        return problems
    rest = problems[MAX_PROBLEMS:]
    errors = sum(1 for p in rest if p.severity is Severity.ERROR)
    more = Problem(
        file,
        rest[0].line,
        rest[0].column,
        "",
        f"... and {len(rest):,} more problems ({errors:,} errors) after this line; "
        "fix the ones above first",
        Severity.ERROR if errors else Severity.WARNING,
    )
    return [*problems[:MAX_PROBLEMS], more]


def load_pack_or_zip(
    path: Path,
    shown: str,
    image_checks: ImageCheckMemo | None = None,
    languages: frozenset[str] = frozenset(),
) -> PackResult:
    """A pack folder, or a ``.zip`` of one (unpacked safely first)."""
    if path.suffix.lower() != ".zip":
        return load_pack(path, shown, image_checks, languages)
    try:
        folder = unpack(path)
    except (ZipProblem, OSError) as error:
        return PackResult(path=path, file=shown, problems=[Problem(shown, 0, 0, "", str(error))])
    result = load_pack(folder, shown, image_checks, languages)
    result.path = path
    return result


def is_pack_dir(path: Path) -> bool:
    """A folder with something called ``pack.yaml`` in it (even a broken link or a FIFO, so
    that it is reported as a broken pack rather than skipped)."""
    candidate = path / PACK_FILE
    return candidate.exists() or candidate.is_symlink()


def load_content(
    root: Path,
    shown_root: str | None = None,
    only: frozenset[str] | None = None,
    image_checks: ImageCheckMemo | None = None,
) -> ContentResult:
    """Load every pack folder (or only those named) in a content folder, and its
    ``exhibit.yaml`` if present."""
    with _collector_paused():
        return _load_content(root, shown_root, only, image_checks)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Hold Python's cycle collector off while a content folder loads.

    A load makes hundreds of thousands of objects that all stay alive (YAML data, models,
    positions), and each collection of the oldest generation walks every one of them to find
    nothing: a quarter of loading 5,000 panels. Garbage with cycles made meanwhile is
    collected at the next collection after the load; the load's size is bounded by the
    loader's limits. If the collector was already off, it stays off.

    Only on the main thread: a collection put off by a load on the content watcher's thread
    would then run on that thread, and garbage it frees can hold Qt objects of the GUI thread
    (Qt warns "Timers cannot be stopped from another thread").
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load_content(
    root: Path,
    shown_root: str | None,
    only: frozenset[str] | None,
    image_checks: ImageCheckMemo | None,
) -> ContentResult:
    shown = (shown_root if shown_root is not None else str(root)).rstrip("/")
    problems: list[Problem] = []
    exhibit = Exhibit.model_construct(
        format=1, title=root.name or "Exhibit", tagline="", language="en", packs=[]
    )
    exhibit_file = f"{shown}/{EXHIBIT_FILE}"
    if (root / EXHIBIT_FILE).exists() or (root / EXHIBIT_FILE).is_symlink():
        data, read_problems = _read_bytes(root / EXHIBIT_FILE, exhibit_file, root)
        problems.extend(read_problems)
        if data is not None:
            parsed, _, parse_problems = _parse_model(data, exhibit_file, Exhibit)
            problems.extend(parse_problems)
            exhibit = parsed or exhibit
    try:
        entries = sorted(
            p
            for p in root.iterdir()
            if not p.name.startswith(".")
            and (p.is_dir() or (p.is_file() and p.suffix.lower() == ".zip"))
            and (only is None or p.name in only)
        )
    except OSError as error:
        problems.append(Problem(shown, 0, 0, "", f"cannot read the folder: {error.strerror}"))
        entries = []
    languages = exhibit_languages(exhibit)
    packs = [
        _load_entry(root, entry, f"{shown}/{entry.name}", image_checks, languages)
        for entry in entries
    ]
    _reject_duplicate_pack_ids(packs)
    known = {r.pack.id for r in packs if r.pack}
    for pack_id in exhibit.packs:
        if pack_id not in known:
            problems.append(
                Problem(
                    exhibit_file,
                    0,
                    0,
                    "packs",
                    f"pack '{pack_id}' is listed but not loaded (missing or has errors)",
                    Severity.WARNING,
                )
            )
    return ContentResult(root=root, exhibit=exhibit, packs=packs, problems=problems)


def exhibit_languages(exhibit: Exhibit) -> frozenset[str]:
    """The languages an exhibit offers: its default language and those its title and tagline
    are written in. Empty when that is only one language (nothing for packs to miss)."""
    codes = {exhibit.language}
    for text in (exhibit.title, exhibit.tagline):
        if isinstance(text, dict):
            codes.update(text)
    return frozenset(codes) if len(codes) > 1 else frozenset()


def _load_entry(
    root: Path,
    entry: Path,
    shown: str,
    image_checks: ImageCheckMemo | None,
    languages: frozenset[str] = frozenset(),
) -> PackResult:
    """One pack folder or zip of a content folder, unless it is a link that leads outside it.

    The content folder is what an operator chose to show; a link inside it to some other
    folder (on a USB stick, say) would make the kiosk read and show files nobody chose.
    """
    try:
        outside = not entry.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):
        outside = True
    if outside:
        message = (
            f"{entry.name} is a link to a folder or file outside the content folder; it was "
            "not read: copy the pack into the content folder instead"
        )
        return PackResult(path=entry, file=shown, problems=[Problem(shown, 0, 0, "", message)])
    return load_pack_or_zip(entry, shown, image_checks, languages)


def _reject_duplicate_pack_ids(packs: list[PackResult]) -> None:
    seen: dict[str, PackResult] = {}
    for result in packs:
        if result.pack is None:
            continue
        first = seen.setdefault(result.pack.id, result)
        if first is not result:
            result.problems.append(
                Problem(
                    result.file,
                    0,
                    0,
                    "id",
                    f"pack id "
                    f"'{result.pack.id}' is already used by {first.file}; "
                    "give each pack its own id",
                )
            )
            result.pack = None
