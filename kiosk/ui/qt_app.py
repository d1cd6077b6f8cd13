"""Create the Qt application object with the settings every kiosk entry point shares."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication


def use_offscreen(size: tuple[int, int]) -> None:
    """Render without a display, on a virtual screen of ``size`` (the default is 800x800)."""
    config = {
        "screens": [
            {
                "name": "kiosk",
                "x": 0,
                "y": 0,
                "width": size[0],
                "height": size[1],
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ]
    }
    path = Path(tempfile.gettempdir()) / f"kiosk-offscreen-{size[0]}x{size[1]}.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={path}"


def application(argv: list[str] | None = None, *, touch_setup_now: bool = True) -> QGuiApplication:
    """The one QGuiApplication, created on first use.

    ``touch_setup_now=False`` leaves :func:`no_mouse_from_touch` to the caller: a starting
    kiosk calls it after its first frame (it names a ``Qt`` enum, and PySide's first use of
    that namespace builds every one of its enums, about 40 ms)."""
    existing = QGuiApplication.instance()
    if existing is not None:
        assert isinstance(existing, QGuiApplication)
        return existing
    app = QGuiApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("kiosk")
    app.setOrganizationName("stalinism-kiosk")
    if touch_setup_now:
        no_mouse_from_touch()
    return app


def no_mouse_from_touch() -> None:
    """A touch that no item takes is not turned into a mouse press as well: a touch reaches
    controls once. (Qt reads this attribute at each touch, so it may be set at any time.)"""
    from PySide6.QtCore import Qt

    QCoreApplication.setAttribute(
        Qt.ApplicationAttribute.AA_SynthesizeMouseForUnhandledTouchEvents, False
    )
