"""Shared fixtures: an offscreen 1920x1080 screen, the test content, and a kiosk UI that fails
the test on any QML warning."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.ui.qt_app import use_offscreen

use_offscreen((1920, 1080))  # before any Qt import creates the platform

from PySide6.QtGui import QGuiApplication  # noqa: E402

from kiosk.services.library import ContentLibrary  # noqa: E402
from kiosk.ui.engine import KioskUi, build_ui  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent


@pytest.fixture(scope="session")
def qapp_cls() -> type[QGuiApplication]:
    return QGuiApplication


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """A private copy of the test content, so a test may break it."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURES / "content", target)
    return target


@pytest.fixture
def library(content_dir: Path) -> ContentLibrary:
    lib = ContentLibrary(content_dir)
    lib.reload()
    return lib


@pytest.fixture
def kiosk_ui(qapp: QGuiApplication, library: ContentLibrary, qtbot) -> Iterator[KioskUi]:
    ui = build_ui(library, reduced_motion=True)
    ui.window.show()
    qtbot.waitExposed(ui.window)
    yield ui
    warnings = list(ui.qml_warnings)
    ui.close()
    assert warnings == [], f"QML warnings: {warnings}"


def shown_kiosk(qtbot, content: Path) -> Iterator[tuple[KioskUi, ContentLibrary]]:
    """A kiosk on ``content``, shown, for one test; the test fails on any QML warning."""
    library = ContentLibrary(content)
    library.reload()
    ui = build_ui(library, reduced_motion=True)
    ui.window.show()
    qtbot.waitExposed(ui.window)
    yield ui, library
    warnings = list(ui.qml_warnings)
    ui.close()
    assert warnings == [], f"QML warnings: {warnings}"


@pytest.fixture
def bundled(qapp: QGuiApplication, qtbot) -> Iterator[tuple[KioskUi, ContentLibrary]]:
    """The kiosk on the bundled exhibit (``content/``)."""
    yield from shown_kiosk(qtbot, REPO / "content")
