"""``typing.override`` on every Python the kiosk supports, without ``typing_extensions``.

The decorator only marks a method for type checkers; at run time it returns the method. On
Python 3.11 the kiosk used ``typing_extensions.override``, and importing that module took
about 6 to 10 ms of a cold start whose floor is under 200 ms.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

if sys.version_info >= (3, 12):
    from typing import override
else:
    _Method = TypeVar("_Method", bound=Callable[..., object])

    def override(method: _Method) -> _Method:
        """Mark ``method`` as overriding its base class's (PEP 698)."""
        method.__override__ = True  # type: ignore[attr-defined]  # as typing.override does
        return method


__all__ = ["override"]
