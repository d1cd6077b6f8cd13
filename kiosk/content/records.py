"""Validated content as plain records: what the content cache keeps, readable without pydantic.

A kiosk that starts on unchanged content reads its packs back from the content cache
(:mod:`kiosk.services.content_cache`). Had the cache kept the pydantic models themselves,
reading it back would import pydantic and define every model class first: about 130 ms of a
start whose floor (PySide6 showing one Text) is under 200 ms. So the cache keeps each model
as a :class:`Record` instead: the same field names and values, read the same way
(``panel.title``, ``pack.panels[0].sources``), compared by value, and immutable, but a plain
Python object. Everything that shows content reads it by attribute and tells panels apart by
their ``kind``, never by their class, so it cannot tell a record from the model it came from
(``tests/test_content_cache.py`` compares what the screens show for both).
"""

from __future__ import annotations

from typing import Any

__all__ = ["Record", "to_records"]


class Record:
    """The field values of one validated model, under the model's name."""

    __slots__ = ("__dict__", "_model")

    def __init__(self, model: str, values: dict[str, Any]) -> None:
        object.__setattr__(self, "_model", model)
        object.__setattr__(self, "__dict__", values)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{self._model} is validated content and cannot be changed")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{self._model} is validated content and cannot be changed")

    def __eq__(self, other: object) -> bool:
        if getattr(type(other), "__pydantic_fields__", None) is not None:
            other = to_records(other)  # a record equals the model it was made from
        if not isinstance(other, Record):
            return NotImplemented
        return self._model == other._model and self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash((self._model, tuple(self.__dict__.values())))

    def __repr__(self) -> str:
        fields = ", ".join(f"{key}={value!r}" for key, value in self.__dict__.items())
        return f"{self._model}({fields})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Record, (self._model, self.__dict__))


def to_records(value: Any) -> Any:
    """``value`` with every pydantic model in it (at any depth) turned into a :class:`Record`.

    Lists, tuples and dicts are copied with their items converted; anything else is returned
    as it is (strings, numbers, dates, paths, records).
    """
    fields = getattr(type(value), "__pydantic_fields__", None)
    if fields is not None:
        return Record(
            type(value).__name__, {name: to_records(getattr(value, name)) for name in fields}
        )
    if isinstance(value, list):
        return [to_records(item) for item in value]
    if isinstance(value, tuple):
        return tuple(to_records(item) for item in value)
    if isinstance(value, dict):
        return {key: to_records(item) for key, item in value.items()}
    return value
