"""The floor of the stack for a cold start: PySide6, one QML Window, one Text.

Run as a child by :mod:`bench.cold_start`; it prints ``first-frame <time.monotonic()>`` at its
window's first ``frameSwapped`` and quits, exactly as ``kiosk run`` does when
``KIOSK_BENCH_FIRST_FRAME`` is set.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine

QML = b"""
import QtQuick
import QtQuick.Window
Window {
    width: 1920; height: 1080; visible: true; color: "#16161A"
    Text { anchors.centerIn: parent; text: "Hello"; color: "white"; font.pixelSize: 48 }
}
"""


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    engine = QQmlApplicationEngine()
    engine.loadData(QML)
    window = engine.rootObjects()[0]

    def swapped() -> None:
        window.frameSwapped.disconnect(swapped)
        print(f"first-frame {time.monotonic():.6f}", flush=True)
        QTimer.singleShot(0, QCoreApplication.quit)

    # Not Qt.ConnectionType.SingleShotConnection: naming PySide's Qt namespace builds all of
    # its enums (about 40 ms), which the floor of the stack does not need (nor does the kiosk).
    window.frameSwapped.connect(swapped)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
