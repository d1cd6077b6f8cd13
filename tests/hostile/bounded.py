"""Run a piece of work with a time limit, so that a regression that hangs fails its test."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
LIMIT_SECONDS = 60.0  # only a hang gets anywhere near this; every case takes well under 1 s


def within(work: Callable[[], T], seconds: float = LIMIT_SECONDS) -> T:
    """Run ``work`` in a daemon thread; fail (rather than hang) if it takes over ``seconds``.

    The work is bounded by construction (the loader's limits); this only turns a hang, such as
    opening a FIFO or a quadratic parser, into a failure instead of a stuck test run.
    """
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as error:  # re-raised in the test's own thread
            box["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds:.0f} s (a hang?)"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]
