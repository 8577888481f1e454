"""Reading a YAML file safely, keeping the line and column of every value for error messages.

Teachers write these files by hand, so every failure must point at a place in the file and say
what to do; and the files may be hostile (alias bombs, Python object tags, binary junk, huge
sizes), so only the safe loader is used and aliases, duplicate keys, unusual tags, deep nesting
and excessive size are refused up front.

Plain values are read as YAML 1.2 reads them, like the editors' YAML extensions do: only
true/false are booleans (`yes`, `no`, `on` stay text), and `2024-06-19` or `14:30` stay text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tutor.yaml_advice import syntax_advice

MAX_YAML_BYTES = 4 * 1024 * 1024
"""Exercise files are a few kilobytes; anything this large is a mistake, refused before parsing."""

MAX_NESTING = 40
"""Exercise files nest six levels deep; much deeper is junk or an attack on the parser."""

PathKey = tuple[str | int, ...]

try:  # the C loader is much faster; the pure-Python one gives the same results
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[attr-defined]
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader

_CORE = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {_CORE + name for name in ("str", "int", "float", "bool", "null", "seq", "map")}
_YAML_11_ONLY = {_CORE + name for name in ("bool", "int", "float", "timestamp")}


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader with YAML 1.2 plain scalars (see the module docstring)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in _YAML_11_ONLY]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    _CORE + "bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Loader.add_implicit_resolver(_CORE + "int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
_Loader.add_implicit_resolver(
    _CORE + "float",
    re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+.0123456789"),
)


class _Yaml11Resolver(yaml.resolver.Resolver):
    """How other YAML readers (PyYAML's defaults, YAML 1.1) would read a plain value."""


class _Yaml12Resolver(yaml.resolver.Resolver):
    """How this module reads a plain value."""


_Yaml12Resolver.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers


def plain_text_is_safe(value: str) -> bool:
    """Whether `value` written without quotes reads back as the same text, here and in other
    YAML readers (so `yes`, `2024-06-19`, `017` and `1e3` need quotes when written)."""
    tag = _CORE + "str"
    return all(
        resolver.resolve(yaml.ScalarNode, value, (True, False)) == tag
        for resolver in (_Yaml11Resolver(), _Yaml12Resolver())
    )


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    # YAML 1.1 would read 017 as octal 15; a teacher means 17
    return int(str(loader.construct_scalar(node)), 10)


_Loader.add_constructor(_CORE + "int", _construct_int)


def _tagged_value_checked(
    kind: str, name: str, construct: Callable[..., object]
) -> Callable[..., object]:
    """A constructor that reports a value its tag does not fit ('!!int abc', '!!bool peut-être')
    as a YAML error at the value: PyYAML raised a bare ValueError or KeyError with no place."""

    def checked(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
        try:
            return construct(loader, node)
        except (ValueError, KeyError):
            problem = f"{node.value!r} is not {kind}; remove the !!{name} before it"
            raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark) from None

    return checked


for _kind, _name in (("a whole number", "int"), ("a number", "float"), ("true or false", "bool")):
    _Loader.add_constructor(
        _CORE + _name, _tagged_value_checked(_kind, _name, _Loader.yaml_constructors[_CORE + _name])
    )


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
    text_warnings: list[tuple[PathKey, Position, str]] = field(default_factory=list)
    """Texts without quotes that learners would see otherwise than the teacher meant, where and
    why: one ending with a lone `"` (its opening quote forgotten: the learner sees the closing
    one), or followed on its line by ' #' and a word ('Question #1 : …', read as a comment, so
    the text is cut). A comment meant as one ('# note', with its space) is left alone."""

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


UTF16_ADVICE = 'saved as UTF-16 ("Unicode" in Windows Notepad), not UTF-8; save it again as UTF-8'


def looks_like_utf16(raw: bytes) -> bool:
    """Whether file bytes are UTF-16 text: its byte order mark, or, without one, a zero byte
    in every other place of the start (Latin letters, digits and punctuation of the text)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    start = raw[:400]
    if len(start) < 8:
        return False
    for parity in (0, 1):
        zeros = start[parity::2]
        if zeros.count(0) >= 0.9 * len(zeros) and start[1 - parity :: 2].count(0) == 0:
            return True
    return False


def decode_text(raw: bytes) -> str:
    """UTF-8 text from file bytes, or a YamlProblem saying what is wrong and where."""
    if looks_like_utf16(raw):
        raise YamlProblem(UTF16_ADVICE)
    if b"\x00" in raw[:8192]:
        raise YamlProblem("this is a binary file, not YAML text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        column = err.start - (raw.rfind(b"\n", 0, err.start) + 1) + 1
        raise YamlProblem(
            "not UTF-8 text (perhaps Latin-1 or Windows-1252); save the file as UTF-8",
            Position(line, column),
        ) from err


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(_CORE) if tag.startswith(_CORE) else tag


class _AliasFound(Exception):
    """An alias was met while indexing; parse_yaml finds where it is."""


def _alias_problem(text: str) -> YamlProblem:
    """Where the first alias is: composed nodes no longer know, so look at the events again."""
    message = "aliases (*name) are not allowed; write the value out"
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                return YamlProblem(
                    f"aliases (*{event.anchor}) are not allowed; write the value out",
                    _pos(event.start_mark),
                )
    except yaml.YAMLError:
        pass
    return YamlProblem(message)


def _check_tag(node: yaml.Node) -> None:
    if node.tag not in _ALLOWED_TAGS:
        raise YamlProblem(
            f"the tag '{_short_tag(node.tag)}' is not allowed (only text, numbers, true/false, "
            "lists and 'key: value' blocks)",
            _pos(node.start_mark),
        )


def _index(
    node: yaml.Node,
    path: PathKey,
    doc: YamlDocument,
    seen: set[int],
    loader: yaml.SafeLoader,
    text: str,
) -> None:
    if id(node) in seen:
        # The composer reuses the node object of an anchor for each alias of it.
        raise _AliasFound
    seen.add(id(node))
    if len(path) >= MAX_NESTING:
        raise YamlProblem(
            f"the file is nested more than {MAX_NESTING} levels deep; this is not an exercise file",
            _pos(node.start_mark),
        )
    _check_tag(node)
    doc.values[path] = _pos(node.start_mark)
    if isinstance(node, yaml.ScalarNode) and node.end_mark.line > node.start_mark.line:
        _check_continued_text(node, text)
    plain = isinstance(node, yaml.ScalarNode) and not node.style
    if plain and node.value.endswith('"') and node.value.count('"') % 2:
        doc.text_warnings.append((path, _pos(node.start_mark), _STRAY_QUOTE))
    if plain and (cut := _COMMENT_CUT.match(text, node.end_mark.index)):
        where = Position(node.end_mark.line + 1, node.end_mark.column + len(cut[1]) + 1)
        shown = json.dumps(cut[2].rstrip()[:60], ensure_ascii=False)
        doc.text_warnings.append((path, where, _CUT_TEXT.format(cut=shown)))
    if isinstance(node, yaml.MappingNode):
        names: set[object] = set()
        for key_node, value_node in node.value:
            _check_tag(key_node)  # a key is constructed too: '!!timestamp x: …' raised there
            if isinstance(key_node, yaml.ScalarNode):
                # the constructed key (1, not "1"), so that paths match the loaded data
                key = loader.construct_object(key_node)
            else:
                key = f"<key at line {key_node.start_mark.line + 1}>"
            if key in names:
                in_list = bool(path) and isinstance(path[-1], int)
                raise YamlProblem(
                    f"'{key}' is given twice in the same block; keep only one"
                    + (", or if a new entry starts here, begin it with '- '" if in_list else ""),
                    _pos(key_node.start_mark),
                )
            names.add(key)
            doc.keys[(*path, key)] = _pos(key_node.start_mark)
            _index(value_node, (*path, key), doc, seen, loader, text)
    elif isinstance(node, yaml.SequenceNode):
        for i, child in enumerate(node.value):
            _index(child, (*path, i), doc, seen, loader, text)


_STRAY_QUOTE = (
    'the text ends with a " but does not start with one, and learners would see that "; '
    "put a \" at its start too (after the ':'), or remove the last one"
)
_CUT_TEXT = (
    "the text stops before {cut}: in YAML, ' #' starts a comment, which learners do not see; "
    "put the whole text in double quotes"
)
_COMMENT_CUT = re.compile(r"([ \t]+)(#[^\s#][^\n]*)")
"""After a plain text: the comment YAML cut it at, when its '#' is glued to a word or number."""


def _check_continued_text(node: yaml.ScalarNode, text: str) -> None:
    """A plain text running over several lines, one of which starts with '- ': a list entry
    indented further than the one above, which YAML quietly reads as more of that entry's text
    (the options "Kim Jong-il - John Kirby" instead of two)."""
    if node.style:  # quoted or a | block: the teacher wrote the line breaks on purpose
        return
    lines = text.split("\n")
    for number in range(node.start_mark.line + 1, min(node.end_mark.line + 1, len(lines))):
        line = lines[number]
        stripped = line.lstrip(" ")
        if stripped == "-" or stripped.startswith("- "):
            raise YamlProblem(
                "this '- ' entry is indented further than the one above, so it is read as "
                f'more of that entry\'s text ("{node.value}"); start it in the same column as '
                "the '- ' above",
                Position(number + 1, len(line) - len(stripped) + 1),
            )


def _problem_from_yaml_error(err: yaml.YAMLError, text: str) -> YamlProblem:
    if isinstance(err, yaml.MarkedYAMLError):
        message, mark = syntax_advice(err, text)
    else:
        message, mark = str(err).splitlines()[0], None
    position = _pos(mark) if mark is not None else Position(1, 1)
    return YamlProblem(f"invalid YAML: {message}", position)


def parse_yaml(text: str) -> YamlDocument:
    """Parse one YAML document with the safe loader and index the positions of its values."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlDocument(None)
        doc = YamlDocument(None)
        _index(node, (), doc, set(), loader, text)
        doc.data = loader.construct_document(node)
        return doc
    except _AliasFound:
        raise _alias_problem(text) from None
    except yaml.YAMLError as err:
        raise _problem_from_yaml_error(err, text) from err
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
