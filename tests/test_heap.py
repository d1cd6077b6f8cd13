"""After start-up the kiosk freezes its long-lived heap so the cycle collector does not pause
the frames that answer a touch; a content change thaws it so old cycles are still collected."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from kiosk.ui.heap import freeze_long_lived, refreeze


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
