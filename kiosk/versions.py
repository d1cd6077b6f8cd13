"""Versions of the app and of the Qt stack it runs on, for ``kiosk --version`` and logs."""

from __future__ import annotations

import sys

from kiosk import __version__


def version_text() -> str:
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {PySide6.__version__}, Qt {qVersion()}"
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        qt = "PySide6 not installed"
    return f"kiosk {__version__} ({qt}, Python {sys.version.split()[0]})"
