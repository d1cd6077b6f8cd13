"""Read YAML with PyYAML's safe C loader and remember where every key and value came from.

``yaml.load`` throws the positions away, so we compose the node graph (which keeps
``start_mark`` on every node) and build plain Python data from it ourselves. That also lets us
refuse what a safe loader would accept but a kiosk must not: duplicate keys, alias bombs
("billion laughs", and "wide" ones that repeat one long text), absurd nesting and huge files.
Everything that goes wrong is a :class:`YamlProblem` with a line and column, never another
exception: a scalar PyYAML cannot convert (``2020-13-45``, ``!!int abc``, a 5,000-digit number)
raises ``ValueError`` from deep inside the constructor, and a control character raises a
``ReaderError`` that carries only a byte offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from kiosk.content.problems import shorten

try:  # the C loader is much faster; fall back only where libyaml is missing
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - every supported platform wheel ships libyaml
    from yaml import SafeLoader  # type: ignore[assignment]

MAX_FILE_BYTES = 2 * 1024 * 1024
# Values and characters of text after expanding every alias: a few lines of aliases can stand
# for billions of values or gigabytes of text, which the checks (Markdown parsing above all)
# would then walk. The bundled packs hold about 500 values and 20,000 characters; validating a
# file at both limits takes a few seconds at worst.
MAX_NODES = 20_000
MAX_TEXT_CHARS = 300_000
MAX_DEPTH = 40
# Characters an editor does not show that break YAML syntax where they stand.
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff]")
_LINE_BREAKS = ("\r\n", "\r", "\n", "\x85", "\u2028", "\u2029")

KeyPath = tuple[str | int, ...]
_STR_TAG = "tag:yaml.org,2002:str"


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


class MarkTable(dict[KeyPath, Mark]):
    """Key path -> :class:`Mark`, holding PyYAML's own mark objects until one is read.

    A pack has thousands of values and only a problem needs a position, so making a
    :class:`Mark` for each while building was a tenth of loading a large pack.
    """

    def __getitem__(self, path: KeyPath) -> Mark:
        return _from_yaml(dict.__getitem__(self, path))

    def get(self, path: KeyPath, default: Any = None) -> Any:  # type: ignore[override]
        raw = dict.get(self, path)
        return default if raw is None else _from_yaml(raw)

    def values(self) -> list[Mark]:  # type: ignore[override]
        return [_from_yaml(raw) for raw in dict.values(self)]

    def items(self) -> list[tuple[KeyPath, Mark]]:  # type: ignore[override]
        return [(path, _from_yaml(raw)) for path, raw in dict.items(self)]


def _from_yaml(raw: Any) -> Mark:
    """PyYAML's 0-based mark as our 1-based one (a :class:`Mark` is kept as it is)."""
    return raw if isinstance(raw, Mark) else Mark(raw.line + 1, raw.column + 1)


@dataclass
class LocatedData:
    """Plain Python data plus the position of every value (and of every mapping key)."""

    data: Any
    value_marks: MarkTable = field(default_factory=MarkTable)
    key_marks: MarkTable = field(default_factory=MarkTable)
    value_ends: MarkTable = field(default_factory=MarkTable)
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


def _mark(node: yaml.Node | yaml.Event) -> Mark:
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


def _position_mark(text: str, byte_offset: int) -> Mark:
    """Line and column of a libyaml byte offset into the UTF-8 encoding of ``text``."""
    before = text.encode("utf-8")[:byte_offset].decode("utf-8", errors="ignore")
    for separator in _LINE_BREAKS:
        before = before.replace(separator, "\n")
    line_start = before.rfind("\n") + 1
    return Mark(before.count("\n") + 1, len(before) - line_start + 1)


def _describe_scalar(node: yaml.ScalarNode, error: Exception) -> str:
    value = shorten(str(node.value), 40)
    if node.tag == "tag:yaml.org,2002:timestamp":
        return f"{value!r} looks like a date but is not one; write YYYY-MM-DD or put it in quotes"
    if node.tag == "tag:yaml.org,2002:int":
        if len(str(node.value)) > 100:
            return f"{value!r} has too many digits for a number; shorten it or quote it"
        return f"{value!r} is not a number YAML can read; put it in quotes if it is text"
    if node.tag == "tag:yaml.org,2002:bool":
        return f"{value!r} is not yes or no; write true or false, or remove the '!!bool' tag"
    if node.tag == "tag:yaml.org,2002:float":
        return f"{value!r} is not a decimal number; put it in quotes if it is text"
    if isinstance(error, yaml.MarkedYAMLError) and "constructor for the tag" in str(error.problem):
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        return f"the tag {shorten(tag, 40)!r} is not supported; remove it"
    problem = error.problem if isinstance(error, yaml.MarkedYAMLError) else str(error)
    return f"cannot read this value ({shorten(str(problem), 120)}); put it in quotes"


class _Builder:
    """Turns a composed node graph into data, bounded in size and depth."""

    def __init__(self) -> None:
        self.result = LocatedData(data=None)
        self.nodes_seen = 0
        self.chars_seen = 0
        self._constructor = SafeLoader("")

    def build(self, node: yaml.Node, path: KeyPath, depth: int) -> Any:
        self.nodes_seen += 1
        if self.nodes_seen > MAX_NODES:
            raise _too_many_values(_mark(node))
        if depth > MAX_DEPTH:
            raise _too_deep(_mark(node))
        dict.__setitem__(self.result.value_marks, path, node.start_mark)
        dict.__setitem__(self.result.value_ends, path, node.end_mark)
        if isinstance(node, yaml.MappingNode):
            return self._build_mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            return [
                self.build(item, (*path, index), depth + 1) for index, item in enumerate(node.value)
            ]
        self._count_text(node)
        if node.tag == _STR_TAG:
            return node.value  # what PyYAML's constructor returns for text, without its detour
        try:
            return self._constructor.construct_object(node, deep=True)
        except Exception as error:  # explicit tags (!!timestamp x, !!bool x) make PyYAML's
            # constructors raise AttributeError, KeyError, IndexError as well as ValueError
            raise YamlProblem(_describe_scalar(node, error), _mark(node)) from None

    def _count_text(self, node: yaml.Node) -> None:
        self.chars_seen += len(str(node.value))
        if self.chars_seen > MAX_TEXT_CHARS:
            raise YamlProblem(
                f"the file holds more than {MAX_TEXT_CHARS:,} characters of text once every "
                "'*alias' is counted as a copy; a pack needs far less (split it into packs, "
                "and do not repeat long texts with aliases)",
                _mark(node),
            )

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
            self._count_text(key_node)
            key = str(key_node.value)
            child: KeyPath = (*path, key)
            if key in mapping:
                self.result.duplicate_keys.append((child, _mark(key_node)))
                continue
            dict.__setitem__(self.result.key_marks, child, key_node.start_mark)
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
        node = _compose(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = Mark(mark.line + 1, mark.column + 1) if mark else None
        problem = error.problem or str(error)
        hint = _syntax_hint(problem)
        lines = text.splitlines()
        if mark is not None and mark.line < len(lines) and "\t" in lines[mark.line]:
            hint = " (indent with spaces, not tabs)"
        if mark is not None and mark.line < len(lines):
            hidden = _INVISIBLE.search(lines[mark.line])
            if hidden:
                hint = (
                    f" (this line holds the invisible character U+{ord(hidden.group()):04X}; "
                    "delete it)"
                )
        context = error.context_mark
        if context is not None and mark is not None and context.line != mark.line:
            hint += (
                f" ({error.context} that starts at line {context.line + 1}, column "
                f"{context.column + 1})"
            )
        raise YamlProblem(f"YAML syntax error: {problem}{hint}", where) from None
    except yaml.reader.ReaderError as error:
        code = error.character if isinstance(error.character, int) else ord(error.character)
        raise YamlProblem(
            f"the file contains the invisible character U+{code:04X}, which YAML does not "
            "allow; delete it (editors may show it as a box or not at all)",
            _position_mark(text, error.position),
        ) from None
    except yaml.YAMLError as error:
        raise YamlProblem(f"YAML error: {shorten(str(error), 200)}") from None
    builder = _Builder()
    if node is None:
        builder.result.data = None
        return builder.result
    builder.result.data = builder.build(node, (), 0)
    return builder.result


# Exact event classes (the C parser makes no subclasses): a set and a dict look-up per event
# instead of three isinstance calls.
_VALUE_EVENTS = frozenset(
    {yaml.ScalarEvent, yaml.AliasEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent}
)
_DEPTH_STEP = {
    yaml.MappingStartEvent: 1,
    yaml.SequenceStartEvent: 1,
    yaml.MappingEndEvent: -1,
    yaml.SequenceEndEvent: -1,
}


def _too_many_values(mark: Mark) -> YamlProblem:
    return YamlProblem(
        f"the file holds more than {MAX_NODES:,} values once every '*alias' is counted "
        "as a copy; a pack needs far fewer (an alias bomb? remove repeated '*alias' "
        "references, or split the pack)",
        mark,
    )


def _too_deep(mark: Mark) -> YamlProblem:
    return YamlProblem(
        f"nesting is deeper than {MAX_DEPTH} levels; a pack never needs that much", mark
    )


class _LimitReached(Exception):
    """A guard in :class:`_GuardedLoader` stopped the composer; :func:`_prescan` says where."""


class _GuardedLoader(SafeLoader):  # type: ignore[misc,valid-type]
    """PyYAML's safe C loader, stopped before it composes too many or too deeply nested values.

    The composer calls ``descend_resolver`` before and ``ascend_resolver`` after each value
    (they exist for path resolvers, which a safe loader has none of), so they can count values
    and nesting as the file is read, in one pass. ``resolve``, called for every value to find
    its type, is remembered per text: keys and short values repeat hundreds of times in a pack.
    Together these halve the cost of reading a large pack compared with a separate
    :func:`_prescan` pass followed by a plain compose.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._values = 0
        self._depth = 0
        self._tags: dict[tuple[Any, Any, Any], str] = {}

    def descend_resolver(self, parent: Any, index: Any) -> None:
        self._values += 1
        self._depth += 1
        if self._values > MAX_NODES or self._depth > MAX_DEPTH + 1:
            raise _LimitReached

    def ascend_resolver(self) -> None:
        self._depth -= 1

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        key = (kind, value, implicit)
        tag = self._tags.get(key)
        if tag is None:
            tag = self._tags[key] = super().resolve(kind, value, implicit)
        return tag


def _compose(text: str) -> yaml.Node | None:
    """The node graph of a text within the limits, or the YAML error or limit it breaks.

    When a guard trips, the text is read again the careful way: :func:`_prescan` reports the
    limit with its exact position (it counts aliases too, and only collections for nesting),
    and if the file is within its limits after all (values nested just one level too deep,
    which the builder reports where they are), a plain compose is safe.
    """
    try:
        return yaml.compose(text, Loader=_GuardedLoader)
    except _LimitReached:
        _prescan(text)
        return yaml.compose(text, Loader=SafeLoader)


def _prescan(text: str) -> None:
    """Refuse a file with too many values or too deep nesting before composing it.

    PyYAML's C composer recurses once per level of nesting and crashes the whole process
    (a segmentation fault, no exception) somewhere below 100,000 levels, which a 200 kB file
    of ``[`` reaches; it also builds an object for every value of the file before we can
    count them. The parser's events stream past cheaply and stop at either limit.
    """
    count = depth = 0
    for event in yaml.parse(text, Loader=SafeLoader):
        kind = type(event)
        step = _DEPTH_STEP.get(kind)
        if kind in _VALUE_EVENTS:
            count += 1
            if count > MAX_NODES:
                raise _too_many_values(_mark(event))
        if step is not None:
            depth += step
            if depth > MAX_DEPTH + 1:  # the same limit as _Builder: the root is depth 0
                raise _too_deep(_mark(event))


def _syntax_hint(problem: str) -> str:
    if "mapping values are not allowed" in problem:
        return (
            " (a text with ': ' in it must be in quotes, or this line is indented differently "
            "from the keys around it)"
        )
    if "could not find expected ':'" in problem:
        return " (a key is missing its ':', or a quote is not closed)"
    if "found character" in problem and "cannot start any token" in problem:
        return " (put the text in quotes)"
    return ""
