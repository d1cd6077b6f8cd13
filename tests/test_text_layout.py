"""Reading layout on the real exhibit: nothing clipped at the largest text size, a readable
measure for body text, and a cue when a panel has more below.

Runs on the bundled content in English and Russian (Russian labels are longer), on the first
panel of each kind, plus the gallery panel of the test content (the exhibit has none).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import shown_kiosk
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtQuick import QQuickItem

from kiosk.services.library import ContentLibrary

FIXTURES = Path(__file__).parent / "fixtures" / "content"
SLACK = 1.5  # px of rounding


@pytest.fixture
def fixture_ui(qapp, qtbot):
    yield from shown_kiosk(qtbot, FIXTURES)


def _class(item: QQuickItem) -> str:
    return item.metaObject().className()


def _is(item: QQuickItem, name: str) -> bool:
    return _class(item).startswith(name)


def _texts(item: QQuickItem) -> list[QQuickItem]:
    found = []
    for child in item.childItems():
        if not child.isVisible() or child.opacity() == 0:
            continue
        if _is(child, "QQuickText") or _class(child).split("_QML")[0] in _TEXT_TYPES:
            found.append(child)
        found.extend(_texts(child))
    return found


_TEXT_TYPES = {"BodyText", "PanelHeading"}


def _scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def _ancestors(item: QQuickItem):
    parent = item.parentItem()
    while parent is not None:
        yield parent
        parent = parent.parentItem()


def _named(item: QQuickItem, name: str) -> QQuickItem | None:
    for child in item.childItems():
        if child.objectName() == name and child.isVisible():
            return child
        found = _named(child, name)
        if found is not None:
            return found
    return None


def _bar(item: QQuickItem) -> QQuickItem | None:
    for child in item.childItems():
        if _is(child, "BottomBar"):
            return child
        found = _bar(child)
        if found is not None:
            return found
    return None


def _inside(inner: QRectF, outer: QRectF) -> bool:
    return (
        inner.left() >= outer.left() - SLACK
        and inner.top() >= outer.top() - SLACK
        and inner.right() <= outer.right() + SLACK
        and inner.bottom() <= outer.bottom() + SLACK
    )


def _describe(text: QQuickItem) -> str:
    return repr(str(text.property("text"))[:60])


def _text_problems(screen: QQuickItem, window_rect: QRectF, bar: QQuickItem) -> list[str]:
    """Every visible text is whole: not elided, its lines fit its box, and its box lies in the
    window, inside every clipping ancestor (or in a scrolling area's content, which the
    visitor can scroll to), and clear of the bottom bar."""
    problems = []
    for text in _texts(screen):
        name = _describe(text)
        if not text.property("text"):
            continue
        if text.property("truncated"):
            problems.append(f"{name} is cut with an ellipsis")
        if text.property("contentWidth") > text.width() + SLACK:
            problems.append(f"{name} is wider than its box")
        rect = _scene_rect(text)
        if rect.width() == 0:
            rect.setWidth(text.property("contentWidth"))
        ancestors = list(_ancestors(text))
        scroller = next(
            (
                a
                for a in ancestors
                if a.inherits("QQuickFlickable") and not _is(a, "QQuickListView")
            ),
            None,
        )
        if scroller is not None:
            # In a scrolling area: the visitor can scroll to it, so it need only lie within
            # the area's content and across the screen.
            content = scroller.property("contentItem")
            local = text.mapRectToItem(content, QRectF(0, 0, text.width(), text.height()))
            area = QRectF(0, 0, scroller.width(), scroller.property("contentHeight"))
            if not _inside(local, area):
                problems.append(f"{name} lies outside what its scroller can show: {local}")
            if rect.left() < -SLACK or rect.right() > window_rect.right() + SLACK:
                problems.append(f"{name} runs off the side of the screen: {rect}")
            ancestors = ancestors[: ancestors.index(scroller)]
        elif not _inside(rect, window_rect):
            problems.append(f"{name} runs off the screen: {rect}")
            continue
        elif bar not in ancestors and rect.bottom() > _scene_rect(bar).top() + SLACK:
            problems.append(f"{name} runs under the bottom bar")
        for ancestor in ancestors:
            if ancestor.clip() and not _inside(rect, _scene_rect(ancestor)):
                problems.append(f"{name} is clipped by {ancestor.objectName() or _class(ancestor)}")
    return problems


def _overlaps(container: QQuickItem) -> list[str]:
    texts = [t for t in _texts(container) if t.property("text")]
    rects = [(_scene_rect(t), t) for t in texts]
    found = []
    for i, (a, ta) in enumerate(rects):
        for b, tb in rects[i + 1 :]:
            inter = a.intersected(b)
            if inter.width() > 2 and inter.height() > 2:
                found.append(f"{_describe(ta)} overlaps {_describe(tb)}")
    return found


def _fully_usable(button: QQuickItem, window_rect: QRectF, bar: QQuickItem) -> list[str]:
    rect = _scene_rect(button)
    label = button.property("label")
    problems = []
    if not _inside(rect, window_rect):
        problems.append(f"{label!r} is off the screen: {rect}")
    for ancestor in _ancestors(button):
        if ancestor.clip() and not _inside(rect, _scene_rect(ancestor)):
            problems.append(f"{label!r} is cut off by {ancestor.objectName() or _class(ancestor)}")
    if bar not in list(_ancestors(button)) and rect.intersects(_scene_rect(bar)):
        problems.append(f"{label!r} is under the bottom bar")
    return problems


def _first_of_each_kind(library: ContentLibrary) -> list[tuple[int, int, str]]:
    seen: dict[str, tuple[int, int, str]] = {}
    for pack_index, loaded in enumerate(library.packs):
        for panel_index, panel in enumerate(loaded.pack.panels):
            seen.setdefault(panel.kind, (pack_index, panel_index, panel.kind))
    return list(seen.values())


def _show_panel(ui, qtbot, pack_index: int, panel_index: int) -> QQuickItem:
    vm = ui.view_model
    vm.goHome()
    qtbot.wait(10)
    vm.openPack(pack_index)
    vm.begin()
    vm.goToPanel(panel_index)
    screen = _named(ui.window.contentItem(), "panelScreen")
    pages = _named(screen, "panelPages")
    qtbot.waitUntil(lambda: pages.property("currentIndex") == panel_index)
    for _ in range(50):  # the page slides into place
        if abs(_scene_rect(pages.property("currentItem")).left()) < 1:
            break
        qtbot.wait(20)
    qtbot.wait(100)
    return screen


def _current_page(screen: QQuickItem) -> QQuickItem:
    pages = _named(screen, "panelPages")
    return pages.property("currentItem")


def _check_panel(ui, qtbot, pack_index, panel_index, where) -> list[str]:
    window = ui.window
    window_rect = QRectF(0, 0, window.width(), window.height())
    screen = _show_panel(ui, qtbot, pack_index, panel_index)
    bar = _bar(screen)
    page = _current_page(screen)
    problems = _text_problems(page, window_rect, bar)
    page_rect = _scene_rect(page)
    for text in _texts(page):
        rect = _scene_rect(text)
        left, right = (
            rect.left() < page_rect.left() - SLACK,
            rect.right() > page_rect.right() + SLACK,
        )
        sideways = left or right
        if text.property("text") and sideways:
            problems.append(f"{_describe(text)} spills out of its page into the next")
    plot = _named(page, "chartPlot")
    if plot is not None:
        problems += _overlaps(plot)
        if plot.height() < 300:
            problems.append(f"the chart's plot is only {plot.height()} px tall")
    next_button = _named(screen, "nextButton")
    problems += _fully_usable(next_button, window_rect, bar)
    return [f"{where}: {p}" for p in problems]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_panel_kind_and_the_pack_screen_fit_at_the_largest_text(bundled, qtbot, language):
    ui, library = bundled
    vm = ui.view_model
    vm.setLanguage(language)
    vm.display.setTextSize(2)
    problems = []
    for pack_index, panel_index, kind in _first_of_each_kind(library):
        where = f"{library.packs[pack_index].pack.id}/{kind}/{language}"
        problems += _check_panel(ui, qtbot, pack_index, panel_index, where)
    window_rect = QRectF(0, 0, ui.window.width(), ui.window.height())
    for pack_index, loaded in enumerate(library.packs):
        vm.goHome()
        qtbot.wait(10)
        vm.openPack(pack_index)
        qtbot.wait(100)
        screen = _named(ui.window.contentItem(), "packScreen")
        bar = _bar(screen)
        where = f"pack screen {loaded.pack.id}/{language}"
        problems += [f"{where}: {p}" for p in _text_problems(screen, window_rect, bar)]
        for name in ("beginButton", "backToExhibitButton"):
            problems += [
                f"{where}: {p}" for p in _fully_usable(_named(screen, name), window_rect, bar)
            ]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_gallery_fits_at_the_largest_text(fixture_ui, qtbot, language):
    ui, library = fixture_ui
    ui.view_model.setLanguage(language)
    ui.view_model.display.setTextSize(2)
    problems = []
    for pack_index, panel_index, kind in _first_of_each_kind(library):
        if kind == "gallery":
            where = f"{library.packs[pack_index].pack.id}/{kind}/{language}"
            problems += _check_panel(ui, qtbot, pack_index, panel_index, where)
    assert problems == [], "\n".join(problems)


def test_home_tiles_show_their_whole_summary_at_every_text_size(bundled, qtbot):
    ui, _library = bundled
    vm = ui.view_model
    window_rect = QRectF(0, 0, ui.window.width(), ui.window.height())
    problems = []
    for language in ("en", "ru"):
        vm.setLanguage(language)
        for step in (0, 1, 2):
            vm.display.setTextSize(step)
            qtbot.wait(100)
            screen = _named(ui.window.contentItem(), "homeScreen")
            bar = _bar(screen)
            grid = _named(screen, "packGrid")
            found = _text_problems(grid, window_rect, bar)
            problems += [f"home/{language}/step {step}: {p}" for p in found]
    assert problems == [], "\n".join(problems)


# -- measure -------------------------------------------------------------------------------

MAX_CHARS = 70


def _chars_per_line(body: QQuickItem) -> float:
    """Characters in a full line: the text's length scaled by the widest line's share of the
    whole text set on one line."""
    plain = re.sub(r"<[^>]*>", " ", str(body.property("text")))
    plain = re.sub(r"&[a-z#0-9]+;", "x", plain)
    plain = re.sub(r"\s+", " ", plain).strip()
    metrics = QFontMetricsF(body.property("font"))
    advance = metrics.horizontalAdvance(plain)
    return len(plain) * body.property("contentWidth") / advance if advance else 0


def _bodies(item: QQuickItem) -> list[QQuickItem]:
    return [t for t in _texts(item) if _class(t).startswith("BodyText") and t.property("text")]


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_body_text_keeps_a_readable_measure(bundled, qtbot, size):
    ui, library = bundled
    ui.window.resize(*size)
    qtbot.wait(50)
    measured = []
    for pack_index, panel_index, kind in _first_of_each_kind(library):
        screen = _show_panel(ui, qtbot, pack_index, panel_index)
        bodies = _bodies(_current_page(screen))
        for body in bodies:
            if body.property("font").pixelSize() < 28:
                continue  # captions and notes, not reading text
            lines = body.height() / (body.property("font").pixelSize() * 1.45)
            measured.append((kind, round(_chars_per_line(body)), round(lines)))
    assert any(lines > 2 for _kind, _chars, lines in measured), measured
    too_long = [m for m in measured if m[1] > MAX_CHARS]
    assert too_long == [], f"characters per line: {measured}"


# -- scroll cue ----------------------------------------------------------------------------


def _cue(page: QQuickItem) -> QQuickItem | None:
    return _named(page, "moreBelow")


def test_more_below_cue_shows_only_when_a_panel_overflows(bundled, qtbot):
    ui, library = bundled
    vm = ui.view_model
    timeline = next(
        (p, i)
        for p, loaded in enumerate(library.packs)
        for i, panel in enumerate(loaded.pack.panels)
        if panel.kind == "timeline"
    )
    screen = _show_panel(ui, qtbot, *timeline)
    page = _current_page(screen)
    cue = _cue(page)
    assert cue is not None and cue.isVisible() and cue.opacity() == 1
    # Scrolled to the end, the cue goes: there is nothing more below.
    scroller = _named(page, "timeline")
    scroller.setProperty("contentY", scroller.property("contentHeight") - scroller.height())
    qtbot.waitUntil(lambda: not cue.isVisible() or cue.opacity() == 0)

    # A short panel has no cue: the first text panel that fits the screen.
    vm.display.setTextSize(0)
    short = None
    for pack_index, loaded in enumerate(library.packs):
        for panel_index, panel in enumerate(loaded.pack.panels):
            if panel.kind != "text":
                continue
            page = _current_page(_show_panel(ui, qtbot, pack_index, panel_index))
            scroller = _named(page, "panelText")
            if scroller.property("contentHeight") <= scroller.height():
                short = page
                break
        if short is not None:
            break
    assert short is not None
    cue = _cue(short)
    assert cue is None or not cue.isVisible() or cue.opacity() == 0


def test_more_below_cue_appears_at_large_text(bundled, qtbot):
    ui, _library = bundled
    screen = _show_panel(ui, qtbot, 0, 0)
    page = _current_page(screen)
    scroller = _named(page, "panelText")
    if scroller.property("contentHeight") <= scroller.height():
        cue = _cue(page)
        assert cue is None or not cue.isVisible() or cue.opacity() == 0
    ui.view_model.display.setTextSize(2)
    qtbot.wait(100)
    assert scroller.property("contentHeight") > scroller.height()
    cue = _cue(page)
    assert cue is not None and cue.isVisible() and cue.opacity() == 1


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_read_more_never_covers_begin_or_back(bundled, qtbot, size):
    """Every bundled pack has a read-more QR code; in portrait it once sat on the buttons."""
    ui, _library = bundled
    ui.window.resize(*size)
    vm = ui.view_model
    checked = 0
    for pack_index in range(vm.packs.rowCount()):
        vm.openPack(pack_index)
        qtbot.wait(50)
        screen = _named(ui.window.contentItem(), "packScreen")
        read_more = _named(screen, "packReadMore")
        if read_more is None:
            continue
        box = _scene_rect(read_more)
        assert _inside(box, QRectF(0, 0, *size)), box
        for name in ("beginButton", "backToExhibitButton", "advisory"):
            item = _named(screen, name)
            if item is not None:
                overlap = box.intersected(_scene_rect(item))
                assert overlap.isEmpty(), f"read more covers {name} in pack {pack_index}"
        checked += 1
    assert checked == vm.packs.rowCount()
