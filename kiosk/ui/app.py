"""``kiosk run``: the kiosk itself, full screen by default."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from kiosk.services.library import ContentLibrary
from kiosk.ui.engine import build_ui
from kiosk.ui.qt_app import application

log = logging.getLogger("kiosk")


def run_kiosk(
    content: str, language: str | None = None, windowed: bool = False, reduced_motion: bool = False
) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    app = application()
    library = ContentLibrary(Path(content))
    result = library.reload()
    for pack in result.packs:
        for problem in pack.errors:
            log.error("pack not shown: %s", problem)
    if not library.packs:
        print(
            f"kiosk: no valid packs in {content}; run 'kiosk validate {content}' to see why",
            file=sys.stderr,
        )
        return 1
    log.info("showing %d packs from %s", len(library.packs), content)
    ui = build_ui(library, language=language, reduced_motion=reduced_motion)
    for warning in ui.qml_warnings:
        log.warning("QML: %s", warning)
    if windowed:
        ui.window.show()
    else:
        ui.window.showFullScreen()
    code = app.exec()
    ui.close()
    return code
