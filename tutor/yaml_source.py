"""Reading a YAML file safely, keeping the line and column of every value for error messages.

Teachers write these files by hand, so every failure must point at a place in the file; and the
files may be hostile (alias bombs, Python object tags, binary junk, huge sizes), so only the safe
loader is used and aliases, duplicate keys and excessive size are refused up front.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

MAX_YAML_BYTES = 4 * 1024 * 1024
"""Exercise files are a few kilobytes; anything this large is a mistake, refused before parsing."""

PathKey = tuple[str | int, ...]

try:  # the C loader is much faster; the pure-Python one gives the same results
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[attr-defined]
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader


@dataclass(frozen=True)
class Position:
    """A 1-based line and column in a file."""

    line: int
    column: int


@dataclass(frozen=True)
class YamlProblem(Exception):
    """A file that is not usable YAML, with where and why."""

    message: str
    position: Position = Position(1, 1)


@dataclass
class YamlDocument:
    """The data of a YAML file plus where each value (and each mapping key) stands in it."""

    data: Any
    values: dict[PathKey, Position] = field(default_factory=dict)
    keys: dict[PathKey, Position] = field(default_factory=dict)

    def position(self, path: PathKey, *, prefer_key: bool = False) -> Position:
        """Where the deepest known part of `path` is (a missing field points at its parent)."""
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if prefer_key and prefix in self.keys:
                return self.keys[prefix]
            if prefix in self.values:
                return self.values[prefix]
        return Position(1, 1)


def _pos(mark: yaml.Mark) -> Position:
    return Position(mark.line + 1, mark.column + 1)


def decode_text(raw: bytes) -> str:
    """UTF-8 text from file bytes, or a YamlProblem saying what is wrong and where."""
    if b"\x00" in raw[:8192]:
        raise YamlProblem("this is a binary file, not YAML text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise YamlProblem("not UTF-8 text; save the file as UTF-8", Position(line, 1)) from err


def _index(node: yaml.Node, path: PathKey, doc: YamlDocument, seen: set[int]) -> None:
    if id(node) in seen:
        # The composer reuses the node object of an anchor for each alias of it.
        raise YamlProblem(
            "aliases (*name) are not allowed; write the value out", _pos(node.start_mark)
        )
    seen.add(id(node))
    doc.values[path] = _pos(node.start_mark)
    if isinstance(node, yaml.MappingNode):
        names: set[object] = set()
        for key_node, value_node in node.value:
            key = (
                key_node.value
                if isinstance(key_node, yaml.ScalarNode)
                else str(key_node.start_mark)
            )
            if key in names:
                raise YamlProblem(
                    f"'{key}' is given twice in the same block", _pos(key_node.start_mark)
                )
            names.add(key)
            doc.keys[(*path, key)] = _pos(key_node.start_mark)
            _index(value_node, (*path, key), doc, seen)
    elif isinstance(node, yaml.SequenceNode):
        for i, child in enumerate(node.value):
            _index(child, (*path, i), doc, seen)


def _problem_from_yaml_error(err: yaml.YAMLError) -> YamlProblem:
    mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
    problem = getattr(err, "problem", None) or str(err).splitlines()[0]
    if isinstance(err, yaml.constructor.ConstructorError) and "tag" in str(problem):
        problem = f"{problem} (tags such as !!python/... are not allowed)"
    position = _pos(mark) if mark is not None else Position(1, 1)
    return YamlProblem(f"invalid YAML: {problem}", position)


def parse_yaml(text: str) -> YamlDocument:
    """Parse one YAML document with the safe loader and index the positions of its values."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlDocument(None)
        doc = YamlDocument(None)
        _index(node, (), doc, set())
        doc.data = loader.construct_document(node)
        return doc
    except yaml.YAMLError as err:
        raise _problem_from_yaml_error(err) from err
    except RecursionError as err:
        raise YamlProblem("the file is nested too deeply to be an exercise file") from err
    finally:
        loader.dispose()


def read_yaml_file(path: Path) -> YamlDocument:
    """Read and parse a YAML file; every failure is a YamlProblem with a position."""
    try:
        size = path.stat().st_size
        if size > MAX_YAML_BYTES:
            raise YamlProblem(
                f"the file is {size / 1e6:.0f} MB; exercise files must stay under 4 MB"
            )
        raw = path.read_bytes()
    except OSError as err:
        raise YamlProblem(f"cannot read the file ({err.strerror})") from err
    return parse_yaml(decode_text(raw))
