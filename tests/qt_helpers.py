"""Find items in the kiosk window and drive them with synthetic touch and mouse input."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

_TOUCH: QPointingDevice | None = None


def touch_device() -> QPointingDevice:
    global _TOUCH  # one device per process: Qt keeps them registered
    if _TOUCH is None:
        _TOUCH = QTest.createTouchDevice()
    return _TOUCH


def _matches(item: QQuickItem, name: str) -> list[QQuickItem]:
    found = []
    for child in item.childItems():
        if child.objectName() == name:
            found.append(child)
        found.extend(_matches(child, name))
    return found


def _walk(item: QQuickItem, name: str) -> QQuickItem | None:
    """Search the visual tree (view delegates are not QObject children of their view),
    preferring an item a visitor can see."""
    found = _matches(item, name)
    visible = [candidate for candidate in found if candidate.isVisible()]
    return (visible or found or [None])[0]


def find(window: QQuickWindow, name: str, within: str | None = None) -> QQuickItem:
    root: QQuickItem = window.contentItem()
    if within:
        scope = _walk(root, within)
        assert scope is not None, f"no item {within!r}"
        root = scope
    item = _walk(root, name)
    assert item is not None, f"no item {name!r}" + (f" in {within!r}" if within else "")
    return item


def centre(item: QQuickItem) -> QPoint:
    """The item's centre in window coordinates, once layout has settled after a change."""
    previous = None
    for _ in range(25):
        QTest.qWait(20)
        point = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
        if point == previous:
            return point
        previous = point
    return previous


def click(window: QQuickWindow, item: QQuickItem) -> None:
    QTest.mouseClick(
        window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(item)
    )


def tap(window: QQuickWindow, item: QQuickItem) -> None:
    point = centre(item)
    QTest.touchEvent(window, touch_device()).press(0, point, window).commit()
    QTest.qWait(20)
    QTest.touchEvent(window, touch_device()).release(0, point, window).commit()
    QTest.qWait(20)


def swipe(window: QQuickWindow, start: QPoint, end: QPoint, steps: int = 12) -> None:
    device = touch_device()
    QTest.touchEvent(window, device).press(0, start, window).commit()
    for step in range(1, steps + 1):
        x = start.x() + (end.x() - start.x()) * step // steps
        y = start.y() + (end.y() - start.y()) * step // steps
        QTest.qWait(8)
        QTest.touchEvent(window, device).move(0, QPoint(x, y), window).commit()
    QTest.touchEvent(window, device).release(0, end, window).commit()


def pinch(
    window: QQuickWindow, centre_point: QPoint, start: int, end: int, steps: int = 10
) -> None:
    """Two fingers moving apart (end > start) or together, horizontally about a centre."""
    device = touch_device()
    cx, cy = centre_point.x(), centre_point.y()
    seq = QTest.touchEvent(window, device)
    seq.press(0, QPoint(cx - start, cy), window).press(1, QPoint(cx + start, cy), window).commit()
    for step in range(1, steps + 1):
        half = start + (end - start) * step // steps
        QTest.qWait(10)
        QTest.touchEvent(window, device).move(0, QPoint(cx - half, cy), window).move(
            1, QPoint(cx + half, cy), window
        ).commit()
    QTest.touchEvent(window, device).release(0, QPoint(cx - end, cy), window).release(
        1, QPoint(cx + end, cy), window
    ).commit()
