"""The interface is fully translated into Russian, and the language switch changes it."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from qt_helpers import find, tap

from kiosk.ui.engine import build_ui
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


def test_a_closed_kiosk_survives_its_view_model_changing_language(qapp, library, qtbot):
    """A view model can outlive its window (a test's leftover, a reloaded preview). When its idle
    timer later starts a new visit, the language resets; that must not reach the deleted engine
    (CI once failed on 'Internal C++ object (QQmlApplicationEngine) already deleted')."""
    ui = build_ui(library, reduced_motion=True)
    vm = ui.view_model
    ui.close()
    assert not vm.idle.enabled, "the idle timer still runs for a closed window"
    with qtbot.captureExceptions() as exceptions:
        vm.setLanguage("ru")
        vm.setLanguage("en")
        qapp.processEvents()
    assert exceptions == []
