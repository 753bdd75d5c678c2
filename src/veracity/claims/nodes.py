"""Turn a YAML node tree into plain data, refusing what a claim file never needs.

Only the YAML core types are accepted: no Python or other tags, no merge keys, no duplicate keys,
no keys that are not text, no control characters in text, no nesting deeper than `MAX_DEPTH`
and no more than `MAX_NODES` values, aliases included (which stops 'billion laughs' files).
Every value's position is recorded so validation errors can point at `line:col`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from veracity.errors import Problem

__all__ = [
    "MAX_ALIASED",
    "MAX_DEPTH",
    "MAX_NODES",
    "REFUSED",
    "DataPath",
    "NodeReader",
    "Positions",
    "TooLarge",
    "shown",
]

MAX_NODES = 1_000_000
"""Upper bound on YAML values read, aliases counted each time they are used."""
MAX_ALIASED = 10_000
"""Upper bound on values read again through aliases: stops 'billion laughs' files early."""
MAX_DEPTH = 64
"""Upper bound on nesting; a claim file nests three levels deep."""

DataPath = tuple[str | int, ...]
_CORE_TAGS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


class _Refused:
    """Stands for a value already reported as a problem, so validation does not repeat it."""

    def __repr__(self) -> str:
        return "<refused>"


REFUSED = _Refused()


def shown(value: object, limit: int = 60) -> str:
    """A value as quoted in a message: its repr, shortened."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 4] + "…" + text[-3:]


class TooLarge(Exception):
    """The document holds more than `MAX_NODES` values, or `MAX_ALIASED` through aliases."""

    def __init__(self, mark: yaml.Mark, aliased: bool) -> None:
        self.mark = mark
        self.aliased = aliased


class Positions:
    """Maps a data path such as ('claims', 3, 'text') to the YAML marks it came from."""

    def __init__(self) -> None:
        self.value: dict[DataPath, yaml.Mark] = {}
        self.key: dict[DataPath, yaml.Mark] = {}

    def find(self, path: DataPath) -> yaml.Mark | None:
        """The mark of `path`, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            mark = self.value.get(path[:end])
            if mark is not None:
                return mark
        return None


class NodeReader:
    """Reads one document's nodes into data; collects a Problem for each refused value."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.positions = Positions()
        self.problems: list[Problem] = []
        self._visited = 0
        self._seen: set[int] = set()
        self._aliased = 0
        self._scalars = yaml.SafeLoader("")

    def problem(self, mark: yaml.Mark | None, message: str, hint: str = "") -> None:
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        self.problems.append(Problem(self.path, line, column, message, hint))

    def read(self, node: yaml.Node, at: DataPath = (), depth: int = 0) -> Any:
        self._visited += 1
        if id(node) in self._seen:
            self._aliased += 1
            if self._aliased > MAX_ALIASED:
                raise TooLarge(node.start_mark, aliased=True)
        self._seen.add(id(node))
        if self._visited > MAX_NODES:
            raise TooLarge(node.start_mark, aliased=False)
        self.positions.value.setdefault(at, node.start_mark)
        if depth > MAX_DEPTH:
            self.problem(
                node.start_mark,
                f"the values are nested more than {MAX_DEPTH} levels deep",
                "a claim file nests three levels: claims, a claim, its keys",
            )
            return REFUSED
        if node.tag not in _CORE_TAGS:
            self.problem(
                node.start_mark,
                f"the YAML tag {shown(node.tag)} is not allowed",
                "claim files hold plain text, numbers and dates; remove the tag",
            )
            return REFUSED
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, at, depth)
        if isinstance(node, yaml.SequenceNode):
            return [self.read(child, (*at, i), depth + 1) for i, child in enumerate(node.value)]
        return self._scalar(node)

    def _scalar(self, node: yaml.Node) -> Any:
        try:
            value = self._scalars.construct_object(node, deep=True)
        except Exception as exc:
            # PyYAML's constructors are not written for hostile input: `!!timestamp foo` raises
            # AttributeError, `!!float ""` IndexError, `!!bool ""` KeyError (found by fuzzing).
            kind = str(node.tag).rsplit(":", 1)[-1]
            reason = str(exc).splitlines()[0][:120] if str(exc) else ""
            if "int_max_str_digits" in reason:
                reason = "the number has too many digits"
            elif not isinstance(exc, ValueError | yaml.YAMLError) or not reason:
                reason = f"not a valid {kind}"
            self.problem(
                node.start_mark,
                f"cannot read the value {shown(node.value)}: {reason}",
                "correct the value, or put it in quotes if it is text",
            )
            return REFUSED
        if isinstance(value, str) and (bad := _CONTROL.search(value)):
            self.problem(
                node.start_mark,
                f"the text holds the control character U+{ord(bad.group()):04X}",
                "remove it; claim files hold printable text",
            )
            return REFUSED
        return value

    def _mapping(self, node: yaml.MappingNode, at: DataPath, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problem(
                    key_node.start_mark,
                    "merge keys (<<) are not allowed",
                    "write the keys out in full",
                )
                continue
            key = self.read(key_node, (*at, "<key>"), depth + 1)
            if not isinstance(key, str):
                if key is not REFUSED:
                    self.problem(
                        key_node.start_mark,
                        f"the key {shown(key)} is not text",
                        "keys are names such as `id` or `text`",
                    )
                continue
            if key in result:
                self.problem(
                    key_node.start_mark,
                    f"the key {shown(key)} appears twice here",
                    "keep one of them",
                )
                continue
            self.positions.key[(*at, key)] = key_node.start_mark
            result[key] = self.read(value_node, (*at, key), depth + 1)
        return result
