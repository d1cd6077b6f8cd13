"""Data flows one way: content knows nothing of Qt, services nothing of Qt Quick/QML."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

KIOSK = Path(__file__).parent.parent / "kiosk"
FORBIDDEN = {
    "content": ("PySide6", "shiboken6", "kiosk.ui", "kiosk.services"),
    "services": ("PySide6.QtQuick", "PySide6.QtQml", "kiosk.ui"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_does_not_import_upward(layer):
    offenders = []
    for path in sorted((KIOSK / layer).glob("*.py")):
        for module in imported_modules(path):
            if module.startswith(FORBIDDEN[layer]):
                offenders.append(f"{path.name} imports {module}")
    assert offenders == []
