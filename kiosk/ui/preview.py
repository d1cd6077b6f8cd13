"""``kiosk preview PATH``: a window on one pack (or a content folder) for curators at work.

It checks the files twice a second, reloads within a second of every save, and shows the
validator's problems on screen instead of failing.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.content.loader import EXHIBIT_FILE, PACK_FILE, ContentResult
from kiosk.content.problems import Severity
from kiosk.services.library import ContentLibrary
from kiosk.ui.engine import KioskUi, build_ui
from kiosk.ui.qt_app import application

POLL_MS = 500  # a change is loaded once it has stood still for one poll: within a second


def preview_library(path: Path) -> ContentLibrary:
    if (path / PACK_FILE).is_file() or path.suffix.lower() == ".zip":
        return ContentLibrary(path.parent, only=frozenset({path.name}))
    return ContentLibrary(path)


def problem_lines(result: ContentResult, single_pack: bool = False) -> list[str]:
    """Every problem, for the banner. Previewing one pack that sits in a content folder,
    the exhibit's warnings about the other packs (listed there but not loaded, as only this
    one is) are left out: they say nothing about the pack being edited."""
    lines = [
        str(p)
        for p in result.problems
        if not (
            single_pack and p.severity is Severity.WARNING and Path(p.file).name == EXHIBIT_FILE
        )
    ]
    for pack in result.packs:
        lines.extend(str(p) for p in pack.problems)
    return lines


def open_preview(
    path_text: str, language: str | None = None, interval_ms: int = POLL_MS
) -> KioskUi:
    """Build and show the preview window on ``path_text``, watching it every ``interval_ms``."""
    application()
    path = Path(path_text).resolve()
    library = preview_library(path)
    result = library.reload()
    ui = build_ui(
        library,
        language=language,
        idle_reset=False,
        watch_content=True,
        watch_interval_ms=interval_ms,
        preview=True,
    )
    single = library.only is not None
    ui.view_model.set_problems(problem_lines(result, single))
    assert ui.watcher is not None
    ui.watcher.loaded.connect(lambda r: ui.view_model.set_problems(problem_lines(r, single)))
    ui.window.setTitle(f"Preview: {path}")
    ui.window.show()
    return ui


def run_preview(path_text: str, language: str | None = None) -> int:
    ui = open_preview(path_text, language)
    try:
        return application().exec()
    finally:
        ui.close()
