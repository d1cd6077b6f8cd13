"""The kiosk's QML engine, which a starting kiosk makes before the rest of its UI.

Compiling ``Main.qml`` and every type it uses (the QtQuick module and its plugin, the qmldir
files, the compiled units from the disk cache) is about 15-20 ms of work that needs nothing
from Python. Asked for asynchronously, it runs on the engine's own loader thread, in C++ and
without Python's lock, while the main thread imports the rest of the kiosk, reads its content
and registers its fonts. The window is then made by the engine's usual synchronous
``loadFromModule``, which finds the type compiled (or waits for the loader thread to finish
it), so creating it, its warnings and its errors are exactly as without the head start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtQml import QQmlApplicationEngine, QQmlComponent

from kiosk.paths import qml_dir

MAIN_MODULE = "Kiosk"
MAIN_TYPE = "Main"
COMPILED_AHEAD = "mainCompiledAhead"  # the object name of the component compiling ahead


def new_engine(*, compile_ahead: bool = False) -> QQmlApplicationEngine:
    """An engine that finds the kiosk's QML module; with ``compile_ahead``, already compiling
    ``Main.qml`` on its loader thread (see the module's docstring)."""
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(qml_dir()))
    if compile_ahead:
        # By its file, not loadFromModule: asked for asynchronously by module and type name,
        # Qt (6.11) only resolves the name, and compiles nothing until the window is made. A
        # file name, not a QUrl: PySide's QUrl class alone is about 2 ms to build. A child of
        # the engine: it keeps the compiled type alive until the window is made from it.
        ahead = QQmlComponent(
            engine, str(main_qml()), QQmlComponent.CompilationMode.Asynchronous, engine
        )
        ahead.setObjectName(COMPILED_AHEAD)
    return engine


def main_qml() -> Path:
    """The file behind the ``Kiosk.Main`` type (the module's ``qmldir`` names it)."""
    return qml_dir() / MAIN_MODULE / f"{MAIN_TYPE}.qml"


def load_main(engine: QQmlApplicationEngine) -> None:
    """Make the main window (synchronously; a compilation started ahead is waited for)."""
    engine.loadFromModule(MAIN_MODULE, MAIN_TYPE)
