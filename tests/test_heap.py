"""After start-up the kiosk freezes its long-lived heap so the cycle collector does not pause
the frames that answer a touch; a content change thaws it so old cycles are still collected."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject

from kiosk.services.library import ContentLibrary
from kiosk.ui.content_watcher import ContentWatcher
from kiosk.ui.heap import GuiThreadCollector, freeze_long_lived, refreeze


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def _cycle() -> Node:
    first, second = Node(), Node()
    first.other, second.other = second, first
    return first


@pytest.fixture
def thawed() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # leave the test process as it was


def test_freezing_takes_live_objects_out_of_collections(thawed):
    kept = [Node() for _ in range(100)]
    freeze_long_lived()
    assert gc.get_freeze_count() >= len(kept)


def test_cycles_made_after_the_freeze_are_still_collected(thawed):
    freeze_long_lived()
    later = weakref.ref(_cycle())
    gc.collect()
    assert later() is None


def test_a_content_change_lets_frozen_cycles_go(thawed):
    content = _cycle()
    old_content = weakref.ref(content)
    freeze_long_lived()
    del content  # the new content replaces it: garbage, but frozen with everything else
    gc.collect()
    assert old_content() is not None  # frozen: the collector does not look at it
    refreeze()
    assert old_content() is None


def test_collections_run_on_the_gui_thread_timer_only(thawed, qapp, qtbot):
    owner = QObject()
    collector = GuiThreadCollector(owner, interval_ms=5)
    try:
        assert not gc.isenabled()  # no collection can start on another thread
        garbage = weakref.ref(_cycle())
        qtbot.waitUntil(lambda: garbage() is None, timeout=2000)  # the timer collected it
    finally:
        collector.stop()
    assert gc.isenabled()


def test_the_content_watcher_holds_collections_while_its_thread_loads(content_dir, qapp, qtbot):
    """Its worker must not run a collection that frees GUI-thread Qt objects."""
    library = ContentLibrary(content_dir)
    library.reload()
    watcher = ContentWatcher(library, interval_ms=20)
    pauses: list[bool] = []
    real_load = library.load

    def load(*args, **kwargs):
        pauses.append(not gc.isenabled())
        return real_load(*args, **kwargs)

    library.load = load  # type: ignore[method-assign]
    try:
        (content_dir / "alpha" / "pack.yaml").write_text(
            (content_dir / "alpha" / "pack.yaml").read_text(encoding="utf-8") + "\n",
            encoding="utf-8",
        )
        qtbot.waitUntil(lambda: library.has_staged, timeout=5000)
    finally:
        watcher.stop()
    assert pauses == [True] and gc.isenabled()
