"""A starting kiosk compiles its main window's QML ahead, on the engine's loader thread
(kiosk.ui.qml_engine): the window made afterwards must be the same window, from the same
compiled file, with no warning."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtQml import QQmlComponent, QQmlEngine

from kiosk.paths import qml_dir
from kiosk.services.library import ContentLibrary
from kiosk.ui.engine import build_ui
from kiosk.ui.qml_engine import COMPILED_AHEAD, main_qml, new_engine


def test_the_window_is_made_from_the_qml_compiled_ahead(qapp, library: ContentLibrary, qtbot):
    engine = new_engine(compile_ahead=True)
    ahead = engine.findChild(QQmlComponent, COMPILED_AHEAD)
    assert ahead is not None
    assert ahead.url().toLocalFile() == str(main_qml())

    ui = build_ui(library, reduced_motion=True, defer_screens=True, engine=engine)
    try:
        ui.window.show()
        qtbot.waitExposed(ui.window)
        # Compiled from the very file the engine resolved for Kiosk.Main: had the two differed,
        # the work ahead would have been thrown away (and the start no faster).
        window_file = QQmlEngine.contextForObject(ui.window).baseUrl()
        assert window_file == ahead.url()
        qtbot.waitUntil(lambda: not ahead.isLoading(), timeout=5000)
        assert ahead.isReady(), ahead.errorString()
        qtbot.waitUntil(lambda: bool(ui.window.property("coversReady")), timeout=5000)
        assert ui.window.findChild(QObject, "homeScreen") is not None
        assert ui.qml_warnings == []
    finally:
        ui.close()


def test_an_engine_without_the_head_start_compiles_nothing_until_asked(qapp):
    engine = new_engine()
    assert engine.findChild(QQmlComponent, COMPILED_AHEAD) is None
    assert str(qml_dir()) in engine.importPathList()
