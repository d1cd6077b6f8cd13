"""Turn pydantic's validation errors into located, plain-English problems for curators."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from kiosk.content.problems import Problem, format_key_path, shorten
from kiosk.content.yamlsource import KeyPath, LocatedData

_TYPE_WORDS = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "list_type": "a list (lines starting with '- ', or [a, b])",
    "dict_type": "a map of keys and values",
    "model_type": "a map of keys and values",
    "date_type": "a date (YYYY-MM-DD)",
    "date_from_datetime_parsing": "a date (YYYY-MM-DD)",
    "date_parsing": "a date (YYYY-MM-DD)",
}


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"yes/no ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, str):
        return f"text ({shorten(value, 40)!r})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a map"
    return type(value).__name__


def _allowed_keys(model: type[BaseModel] | None) -> str:
    if model is None:
        return ""
    return ", ".join(model.model_fields)


def _strip_union_tags(loc: tuple[Any, ...], data: Any) -> KeyPath:
    """Drop the parts of pydantic's error location that are not keys in the data.

    Discriminated unions insert the tag (``'text'``) and unions insert type names
    (``'str'``, ``'dict[str,str]'``) into ``loc``; only real keys and indexes point at YAML.
    """
    path: list[str | int] = []
    node = data
    fresh_item = False  # just stepped into a list item: a discriminator tag may come next
    for part in loc:
        if fresh_item and isinstance(node, dict) and part == node.get("kind"):
            fresh_item = False
            continue  # the discriminator's tag, e.g. 'chart' (even where 'chart' is a key too)
        fresh_item = isinstance(part, int)
        if (isinstance(node, dict) and part in node) or (
            isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        ):
            path.append(part)
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str) and not _looks_like_type(part):
            path.append(part)  # a missing or unknown key: keep it so the message can name it
            node = None
        # otherwise a union branch name: skip it
    return tuple(path)


def _looks_like_type(part: str) -> bool:
    return part in {"str", "int", "function-after", "function-before"} or "[" in part


def _message(error: dict[str, Any], path: KeyPath) -> str:
    kind = error["type"]
    key = shorten(str(path[-1]), 60) if path else ""
    value = error.get("input")
    if kind == "missing":
        return f"required key '{key}' is missing; add it (see docs/content-format.md)"
    if kind == "extra_forbidden":
        return f"unknown key '{key}'; remove it or check its spelling"
    if kind in _TYPE_WORDS:
        return f"expected {_TYPE_WORDS[kind]}, found {_describe(value)}"
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        return f"{_describe(value)} is not allowed here; use one of {expected}"
    if kind == "union_tag_invalid":
        ctx = error.get("ctx", {})
        tag = shorten(str(ctx.get("tag")), 40)
        return f"unknown panel kind {tag!r}; use one of {ctx.get('expected_tags')}"
    if kind == "union_tag_not_found":
        expected = error.get("ctx", {}).get("expected_tags", "'text'")
        return f"this panel has no 'kind'; add one of {expected}"
    if kind == "string_pattern_mismatch" and error["loc"][-1:] == ("[key]",):
        return (
            f"{shorten(str(value), 40)!r} is not a language code; use a code such as en, ru, "
            "de or pt-BR"
        )
    if kind == "string_pattern_mismatch":
        return _pattern_message(path, value)
    if kind == "too_short":
        return "this list is empty; it needs at least one entry"
    if kind == "string_too_short":
        return "this text is empty; write it or remove the key"
    if kind in {"greater_than_equal", "less_than_equal"}:
        return f"{_describe(value)} is out of range ({error['msg'].lower()})"
    if kind == "value_error":
        return str(error.get("ctx", {}).get("error", error["msg"]))
    return f"{error['msg']} (found {_describe(value)})"


def _pattern_message(path: KeyPath, value: Any) -> str:
    key = next((part for part in reversed(path) if isinstance(part, str)), "")
    value = shorten(value, 60) if isinstance(value, str) else value
    if key in {"id", "sources", "packs"} or (key == "glossary"):
        return (
            f"{value!r} is not a valid id; use lower-case letters, digits, '-' and '_', "
            "starting with a letter or digit (e.g. service2004)"
        )
    if key == "accent":
        return f'{value!r} is not a colour; write it as "#RRGGBB" in quotes, e.g. "#C8553D"'
    if key in {"url", "read_more"}:
        return f"{value!r} is not a web address; it must start with https:// or http://"
    if key == "version":
        return f'{value!r} is not a version; write it in quotes like "1.0" or "1.2.0"'
    if key == "language":
        return f"{value!r} is not a language code; use e.g. en, ru, de or pt-BR"
    return f"{value!r} does not have the expected form"


def problems_from_validation_error(
    error: ValidationError, located: LocatedData, file: str, model: type[BaseModel]
) -> list[Problem]:
    """One :class:`Problem` per pydantic error, placed at the YAML node it concerns."""
    problems = []
    items = [
        (item, _strip_union_tags(item["loc"], located.data))
        for item in error.errors(include_url=False)
    ]
    deeper = {path[:end] for _, path in items for end in range(len(path))}
    for item, path in items:
        if item["type"] == "string_type" and isinstance(item.get("input"), dict) and path in deeper:
            continue  # "not text" from a text-or-language-map field; the map's own error says more
        if item["type"] in {"union_tag_invalid", "union_tag_not_found"}:
            path = (*path, "kind")
        if item["type"] == "missing" and path:
            mark = located.mark_for(path[:-1])  # the missing key's parent map
        else:
            mark = located.mark_for(path)
        message = _message(item, path)
        if item["type"] == "extra_forbidden":
            message += _allowed_suffix(model, path)
        problems.append(Problem(file, mark.line, mark.column, format_key_path(path), message))
    return _deduplicate(problems)


def _allowed_suffix(model: type[BaseModel], path: KeyPath) -> str:
    """Name the keys that *are* allowed where an unknown key was found, when we can tell."""
    target = _model_at(model, path[:-1])
    allowed = _allowed_keys(target)
    return f" (allowed here: {allowed})" if allowed else ""


def _model_at(model: type[BaseModel], path: KeyPath) -> type[BaseModel] | None:
    from kiosk.content import models as m

    current: Any = model
    for part in path:
        if isinstance(part, int):
            continue
        if current is m.Pack and part == "panels":
            return None  # the panel kind decides; the message already says enough
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return None
        current = _inner_model(field.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if isinstance(found, type) and issubclass(found, BaseModel):
            return found
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = getattr(annotation, "__origin__", None)
    if origin is not None and origin is not annotation:
        return _inner_model(origin)
    return None


def _deduplicate(problems: list[Problem]) -> list[Problem]:
    """A wrong value in a ``str | dict`` field yields one error per branch; keep the first."""
    seen: set[tuple[int, int, str]] = set()
    unique = []
    for problem in problems:
        key = (problem.line, problem.column, problem.key_path)
        if key not in seen:
            seen.add(key)
            unique.append(problem)
    return unique
