"""The interface is fully translated into Russian, and the language switch changes it."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from qt_helpers import find, tap

from kiosk.ui.translations import I18N_DIR, ui_languages

REPO = Path(__file__).parent.parent


def test_every_interface_string_has_a_russian_translation():
    root = ET.parse(I18N_DIR / "kiosk_ru.ts").getroot()
    messages = root.findall(".//message")
    assert len(messages) > 30
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") in {"unfinished", "obsolete"}
        or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == []
    assert ui_languages() == {"en", "ru"}


def test_translation_file_lists_every_qsTr_string_in_the_qml(tmp_path):
    """lupdate on the QML finds nothing the .ts file lacks (run tools/update_translations.sh)."""
    fresh = tmp_path / "fresh.ts"
    qml = sorted(str(p) for p in (REPO / "kiosk/qml/Kiosk").glob("*.qml"))
    subprocess.run(
        [str(REPO / ".venv/bin/pyside6-lupdate"), *qml, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    have = {
        m.findtext("source") for m in ET.parse(I18N_DIR / "kiosk_ru.ts").getroot().iter("message")
    }
    assert wanted - have == set()


def test_language_switch_changes_interface_and_content_text(kiosk_ui, qtbot):
    window, vm = kiosk_ui.window, kiosk_ui.view_model
    vm.openPack(1)
    vm.begin()
    next_button = find(window, "nextButton", within="panelScreen")
    assert next_button.property("label") == "Next"
    tap(window, find(window, "languageButton", within="panelScreen"))
    qtbot.waitUntil(lambda: vm.language == "ru")
    qtbot.waitUntil(lambda: next_button.property("label") == "Далее")
    assert find(window, "panelTitle", within="panel_first").property("text") == "Первая панель"
    assert find(window, "positionLabel").property("text") == "1 из 3"
