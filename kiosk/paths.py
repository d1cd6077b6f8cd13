"""Where the kiosk's own files live, in a source checkout and in a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder that holds ``assets/`` and ``content/``: the bundle, or the checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def assets_dir() -> Path:
    return app_root() / "assets"


def default_content_dir() -> Path:
    return app_root() / "content"


def qml_dir() -> Path:
    return Path(__file__).resolve().parent / "qml"
