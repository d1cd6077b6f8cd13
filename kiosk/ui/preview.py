"""``kiosk preview PATH``: a window on one pack (or a content folder) for curators at work.

It checks the files twice a second, reloads within a second of every save, and shows the
validator's problems on screen instead of failing.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.content.loader import PACK_FILE, ContentResult
from kiosk.services.library import ContentLibrary
from kiosk.ui.engine import build_ui
from kiosk.ui.qt_app import application


def preview_library(path: Path) -> ContentLibrary:
    if (path / PACK_FILE).is_file() or path.suffix.lower() == ".zip":
        return ContentLibrary(path.parent, only=frozenset({path.name}))
    return ContentLibrary(path)


def problem_lines(result: ContentResult) -> list[str]:
    lines = [str(p) for p in result.problems]
    for pack in result.packs:
        lines.extend(str(p) for p in pack.problems)
    return lines


def run_preview(path_text: str, language: str | None = None) -> int:
    app = application()
    path = Path(path_text).resolve()
    library = preview_library(path)
    result = library.reload()
    ui = build_ui(
        library,
        language=language,
        idle_reset=False,
        watch_content=True,
        watch_interval_ms=500,
        preview=True,
    )
    ui.view_model.set_problems(problem_lines(result))
    assert ui.watcher is not None
    ui.watcher.loaded.connect(lambda r: ui.view_model.set_problems(problem_lines(r)))
    ui.window.setTitle(f"Preview: {path}")
    ui.window.show()
    code = app.exec()
    ui.close()
    return code
