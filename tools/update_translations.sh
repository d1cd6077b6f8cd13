#!/usr/bin/env bash
# Collect the interface's strings from the QML into the .ts files, then compile them to .qm.
# Translators edit kiosk/i18n/kiosk_<lang>.ts (Qt Linguist or any XML editor).
set -euo pipefail
cd "$(dirname "$0")/.."
for ts in kiosk/i18n/kiosk_*.ts; do
    .venv/bin/pyside6-lupdate -no-obsolete kiosk/qml/Kiosk/*.qml -ts "$ts"
    .venv/bin/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
