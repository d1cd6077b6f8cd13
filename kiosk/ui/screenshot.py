"""``kiosk screenshot``: render one screen offscreen to a PNG, for tests, docs and reviews."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem

from kiosk.services.library import ContentLibrary
from kiosk.ui.engine import KioskUi, build_ui
from kiosk.ui.qt_app import application, use_offscreen

if TYPE_CHECKING:
    from kiosk.content.loader import ContentResult


@dataclass(frozen=True)
class ScreenshotRequest:
    out: str
    content: str
    screen: str = "home"
    pack: str | None = None
    panel: str | None = None
    language: str | None = None
    size: tuple[int, int] = (1920, 1080)
    term: str | None = None
    text_size: str = "standard"
    contrast: str = "standard"


class ScreenshotError(ValueError):
    """The request names something that does not exist; the message says what."""


@dataclass(frozen=True)
class Target:
    """Where the request leads, checked against the content before any window exists."""

    pack_index: int | None = None
    panel_index: int | None = None
    term: str | None = None


PACK_SCREENS = ("pack", "panel", "sources", "image", "glossary")


def resolve(library: ContentLibrary, request: ScreenshotRequest) -> Target:
    """Check the pack, panel and term the request names; raise ScreenshotError if one is not
    there. Runs before the UI is built, so a usage error never starts QML."""
    if request.screen not in PACK_SCREENS:
        return Target()
    ids = [p.pack.id for p in library.packs]
    if not ids:
        raise ScreenshotError(f"no valid packs in {request.content}")
    with_pictures = [
        p.pack.id for p in library.packs if any(_images_of(panel) for panel in p.pack.panels)
    ]
    first = with_pictures[0] if request.screen == "image" and with_pictures else ids[0]
    pack_id = request.pack or first  # for the image viewer: the first pack with an image
    if pack_id not in ids:
        raise ScreenshotError(f"no pack '{pack_id}' (packs: {', '.join(ids)})")
    pack = library.packs[ids.index(pack_id)].pack
    if request.screen == "pack":
        return Target(pack_index=ids.index(pack_id))
    panels = [p.id for p in pack.panels]
    with_images = [p.id for p in pack.panels if _images_of(p)]
    if request.screen == "image" and not with_images:
        raise ScreenshotError(f"no panel in '{pack_id}' has an image")
    default = with_images[0] if request.screen == "image" else panels[0]
    panel_id = request.panel or default
    if panel_id not in panels:
        raise ScreenshotError(f"no panel '{panel_id}' in '{pack_id}' (panels: {', '.join(panels)})")
    if request.screen == "image" and panel_id not in with_images:
        raise ScreenshotError(
            f"panel '{panel_id}' has no image (panels with images: {', '.join(with_images)})"
        )
    term = None
    if request.screen == "glossary":
        terms = [t.id for t in pack.glossary]
        if not terms:
            raise ScreenshotError(f"'{pack_id}' has no glossary")
        term = request.term or terms[0]
        if term not in terms:
            raise ScreenshotError(
                f"no glossary term '{term}' in '{pack_id}' (terms: {', '.join(terms)})"
            )
    return Target(ids.index(pack_id), panels.index(panel_id), term)


def _images_of(panel: object) -> list[object]:
    image = getattr(panel, "image", None)
    return ([image] if image else []) + list(getattr(panel, "images", None) or [])


def navigate(ui: KioskUi, target: Target, request: ScreenshotRequest) -> None:
    """Put the view model on the requested screen, as a visitor's taps would."""
    vm = ui.view_model
    vm.display.set_text_size_name(request.text_size)
    vm.display.setHighContrast(request.contrast == "high")
    if request.screen == "attract":
        vm.idle.show_attract()
        return
    if request.screen == "display":
        vm.openSettings()
        return
    if request.screen == "staff":
        vm.staff.open_menu_for_screenshot()
        return
    if target.pack_index is None:
        return  # home, preview
    vm.openPack(target.pack_index)
    if target.panel_index is None:
        return
    vm.goToPanel(target.panel_index)
    if request.screen == "sources":
        vm.openSources()
    if request.screen == "image":
        vm.openImage(0)
        if not vm.imageOpen:  # e.g. a sensitive image, which only a visitor's tap uncovers
            raise ScreenshotError("the panel's first image cannot be opened (is it sensitive?)")
    if target.term is not None:
        vm.activateLink(f"term:{target.term}")


def settle(ui: KioskUi, milliseconds: int = 400) -> None:
    """Let Qt lay out, load images and render a few frames."""
    loop = QEventLoop()
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < milliseconds:
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        QTimer.singleShot(0, lambda: None)


IMAGE_LOADING = 2  # QQuickImageBase::Loading (Null 0, Ready 1, Loading 2, Error 3)


def _image_items(item: QQuickItem) -> list[QQuickItem]:
    """Every visible Image-like item (Image, AnimatedImage, BorderImage) under ``item``."""
    found: list[QQuickItem] = []
    for child in item.childItems():
        if not child.isVisible():
            continue  # nor anything inside it
        if child.inherits("QQuickImageBase"):
            found.append(child)
        found.extend(_image_items(child))
    return found


def _is_loading(engine: QQmlEngine, item: QQuickItem) -> bool:
    # PySide cannot convert QQuickImageBase::Status from item.property(); QML can.
    context = QQmlEngine.contextForObject(item) or engine.rootContext()
    value, failed = QQmlExpression(context, item, "status").evaluate()
    return not failed and value == IMAGE_LOADING


def loading_images(ui: KioskUi) -> list[str]:
    """The sources of the visible images that are still loading."""
    return [
        item.property("source").toString()
        for item in _image_items(ui.window.contentItem())
        if _is_loading(ui.engine, item)
    ]


def wait_for_images(ui: KioskUi, timeout_ms: int = 15000) -> list[str]:
    """Process events until no visible image is loading (each is Ready, Error or Null), or
    the timeout passes; returns the sources still loading then (empty when all arrived)."""
    timer = QElapsedTimer()
    timer.start()
    while True:
        pending = loading_images(ui)
        if not pending or timer.elapsed() >= timeout_ms:
            return pending
        settle(ui, 50)


def grab(ui: KioskUi, timeout_ms: int = 15000) -> QImage:
    settle(ui)  # bindings set image sources and start their loads
    pending = wait_for_images(ui, timeout_ms)
    for source in pending:
        print(
            f"kiosk screenshot: image still loading after {timeout_ms} ms: {source}",
            file=sys.stderr,
        )
    settle(ui, 200)  # a frame or two with the images that arrived
    wait_for_images(ui, 2000)  # and any that those frames revealed
    return ui.window.grabWindow()


def render_screenshot(request: ScreenshotRequest) -> int:
    use_offscreen(request.size)
    application()
    if request.screen == "preview":
        from kiosk.ui.preview import preview_library

        # Not resolved: the problems name the path as given (docs need no /tmp names).
        library = preview_library(Path(request.content))
    else:
        library = ContentLibrary(Path(request.content))
    result = library.reload()
    for pack in result.packs:
        for problem in pack.errors:
            print(f"kiosk screenshot: {problem}", file=sys.stderr)
    if not library.packs and request.screen != "preview":
        print(f"kiosk screenshot: no valid packs in {request.content}", file=sys.stderr)
        return 1
    try:
        target = resolve(library, request)
    except ScreenshotError as error:
        print(f"kiosk screenshot: {error}", file=sys.stderr)
        return 2
    ui = build_ui(
        library,
        language=request.language,
        reduced_motion=True,
        idle_reset=False,
        size=request.size,
    )
    try:
        return _shoot(ui, library, result, target, request)
    finally:
        ui.close()  # the engine goes before the view model its bindings read


def _shoot(
    ui: KioskUi,
    library: ContentLibrary,
    result: ContentResult,
    target: Target,
    request: ScreenshotRequest,
) -> int:
    if request.screen == "preview":
        from kiosk.ui.preview import problem_lines

        problems = problem_lines(result, single_pack=library.only is not None)
        if not library.packs and not problems:
            problems = [f"{request.content}: no pack here (a pack folder has a pack.yaml)"]
        ui.view_model.set_problems(problems)
    try:
        navigate(ui, target, request)
    except ScreenshotError as error:
        print(f"kiosk screenshot: {error}", file=sys.stderr)
        return 2
    ui.window.show()
    image = grab(ui)
    for warning in ui.qml_warnings:
        print(f"kiosk screenshot: QML: {warning}", file=sys.stderr)
    if image.isNull() or not image.save(request.out, "PNG"):
        print(f"kiosk screenshot: could not write {request.out}", file=sys.stderr)
        return 1
    print(f"wrote {request.out} ({image.width()}x{image.height()}, screen {request.screen})")
    return 0
