"""Read YAML with PyYAML's safe C loader and remember where every key and value came from.

``yaml.load`` throws the positions away, so we compose the node graph (which keeps
``start_mark`` on every node) and build plain Python data from it ourselves. That also lets us
refuse what a safe loader would accept but a kiosk must not: duplicate keys, alias bombs
("billion laughs"), absurd nesting and huge files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

try:  # the C loader is much faster; fall back only where libyaml is missing
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - every supported platform wheel ships libyaml
    from yaml import SafeLoader  # type: ignore[assignment]

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_NODES = 200_000
MAX_DEPTH = 40

KeyPath = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Mark:
    """A 1-based line and column in a YAML file."""

    line: int
    column: int


class YamlProblem(Exception):
    """The file cannot be read as YAML data; carries the position of the fault."""

    def __init__(self, message: str, mark: Mark | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark or Mark(0, 0)


@dataclass
class LocatedData:
    """Plain Python data plus the position of every value (and of every mapping key)."""

    data: Any
    value_marks: dict[KeyPath, Mark] = field(default_factory=dict)
    key_marks: dict[KeyPath, Mark] = field(default_factory=dict)
    duplicate_keys: list[tuple[KeyPath, Mark]] = field(default_factory=list)

    def mark_for(self, path: KeyPath) -> Mark:
        """The most precise known position for ``path``: its key, its value, or its parent's."""
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if prefix in self.key_marks:
                return self.key_marks[prefix]
            if prefix in self.value_marks:
                return self.value_marks[prefix]
        return Mark(1, 1)


def _mark(node: yaml.Node) -> Mark:
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


class _Builder:
    """Turns a composed node graph into data, bounded in size and depth."""

    def __init__(self) -> None:
        self.result = LocatedData(data=None)
        self.nodes_seen = 0
        self._constructor = SafeLoader("")

    def build(self, node: yaml.Node, path: KeyPath, depth: int) -> Any:
        self.nodes_seen += 1
        if self.nodes_seen > MAX_NODES:
            raise YamlProblem(
                f"the file expands to more than {MAX_NODES:,} values (an alias bomb?); "
                "remove repeated '*alias' references",
                _mark(node),
            )
        if depth > MAX_DEPTH:
            raise YamlProblem(
                f"nesting is deeper than {MAX_DEPTH} levels; a pack never needs that much",
                _mark(node),
            )
        self.result.value_marks[path] = _mark(node)
        if isinstance(node, yaml.MappingNode):
            return self._build_mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            return [
                self.build(item, (*path, index), depth + 1) for index, item in enumerate(node.value)
            ]
        try:
            return self._constructor.construct_object(node, deep=True)
        except yaml.YAMLError as error:
            raise YamlProblem(f"cannot read this value: {error}", _mark(node)) from None

    def _build_mapping(self, node: yaml.MappingNode, path: KeyPath, depth: int) -> dict:
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlProblem(
                    "a key must be a plain word, not a list or a map", _mark(key_node)
                )
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlProblem(
                    "'<<' merge keys are not supported; write the keys out", _mark(key_node)
                )
            key = str(key_node.value)
            child: KeyPath = (*path, key)
            if key in mapping:
                self.result.duplicate_keys.append((child, _mark(key_node)))
                continue
            self.result.key_marks[child] = _mark(key_node)
            mapping[key] = self.build(value_node, child, depth + 1)
        return mapping


def parse_yaml(text: str | bytes) -> LocatedData:
    """Parse one YAML document; raise :class:`YamlProblem` with a position on any fault."""
    if len(text) > MAX_FILE_BYTES:
        raise YamlProblem(
            f"the file is {len(text) / 1_048_576:.1f} MB; a pack file may be at most "
            f"{MAX_FILE_BYTES // 1_048_576} MB (move long texts into several panels)"
        )
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = text[: error.start].count(b"\n") + 1
            raise YamlProblem(
                f"the file is not UTF-8 text (byte {error.start}); save it as UTF-8",
                Mark(line, 1),
            ) from None
    text = text.removeprefix("\ufeff")
    try:
        node = yaml.compose(text, Loader=SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = Mark(mark.line + 1, mark.column + 1) if mark else None
        problem = error.problem or str(error)
        hint = _syntax_hint(problem)
        lines = text.splitlines()
        if mark is not None and mark.line < len(lines) and "\t" in lines[mark.line]:
            hint = " (indent with spaces, not tabs)"
        context = error.context_mark
        if context is not None and mark is not None and context.line != mark.line:
            hint += (
                f" ({error.context} that starts at line {context.line + 1}, column "
                f"{context.column + 1})"
            )
        raise YamlProblem(f"YAML syntax error: {problem}{hint}", where) from None
    except yaml.YAMLError as error:
        raise YamlProblem(f"YAML error: {error}") from None
    builder = _Builder()
    if node is None:
        builder.result.data = None
        return builder.result
    builder.result.data = builder.build(node, (), 0)
    return builder.result


def _syntax_hint(problem: str) -> str:
    if "mapping values are not allowed" in problem:
        return " (a text with ': ' in it must be in quotes)"
    if "could not find expected ':'" in problem:
        return " (a key is missing its ':', or a quote is not closed)"
    if "found character" in problem and "cannot start any token" in problem:
        return " (put the text in quotes)"
    return ""
