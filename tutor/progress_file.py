"""The bytes of a progress file: locking, atomic rewrites, one-line appends, and tolerant parsing.

Layout (one valid YAML document; `attempts` is always the last key):

    # tutor progress file ...
    format: 1
    learner: Zoé Martin
    created: '2024-06-19T08:00:00Z'
    attempts:
    - {"item": "q1", "exercise": "poutine.yaml", ..., "time": "2024-06-19T08:01:02.345Z"}

Each attempt is one line: a flow mapping written in the JSON subset of YAML (double-quoted
strings, with the characters YAML reads as line breaks or refuses escaped), so it can be read by
any YAML parser and, fast, by `json.loads`. A line is written with one `write` on an O_APPEND
descriptor and fsynced before the call returns; a crash can only leave a torn *last* line, which
has no final newline and does not parse: it is dropped with a report, and cut off before the next
append. Files in another shape (a teacher re-saved it in block style, say) are read with the full
YAML loader and rewritten in this layout before anything is appended.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:
    from yaml import CSafeDumper as SafeDumper
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeDumper, SafeLoader  # type: ignore[assignment]

YAML_READ_ERRORS = (yaml.YAMLError, ValueError, KeyError, AttributeError, TypeError)
"""What PyYAML's safe loader raises on a file it cannot read: a YAMLError, and from the
constructors of its own tags bare exceptions that stopped the app ('created: 2024-02-30', a
hand edit: ValueError; '!!bool x': KeyError; '!!timestamp x': AttributeError)."""

HEADER_COMMENT = (
    "# tutor progress file: one learner's answers, newest last, one per line.\n"
    "# Written by tutor; if you edit it, keep `attempts:` last.\n"
)
_ATTEMPTS_KEY = re.compile(r"^attempts:[ \t]*(?:#.*)?$")
# Characters a YAML reader refuses or reads as a line break, and lone surrogates.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


# `format:` alone is no sign: exercise files have one too
_PROGRESS_KEY = re.compile(rb"^(?:learner|attempts):", re.MULTILINE)
LOOK_BYTES = 4096
"""How much of a file's start `looks_like_progress` needs: the header comment and keys come
first (a block-style rewrite may put `attempts:` first; it is still there)."""


def looks_like_progress(start: bytes) -> bool:
    """Whether a file's first bytes are those of a learner's progress file: the header comment
    tutor writes, or a top-level `learner:` or `attempts:` key.

    A progress folder may hold a teacher's notes.yaml or a copied exercise file; those are not a
    learner's, and must be neither listed as one nor moved aside as damaged. A damaged progress
    file still has its keys (a hand edit, a torn line), so it is still one, and so is a start
    that is not text at all (damage on disk).
    """
    try:
        start.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start < len(start) - 3:  # not cut mid-character at the end: bytes, not text
            return True  # a teacher's file is text; a record damaged on disk may not be
    if b"\x00" in start:
        return True
    start = start.removeprefix(b"\xef\xbb\xbf")
    if start.startswith(HEADER_COMMENT.split(":", 1)[0].encode()):
        return True
    return _PROGRESS_KEY.search(start) is not None


class ProgressFormatError(Exception):
    """A progress file whose content cannot be read as progress: not YAML, wrong shape."""


@dataclass
class ParsedFile:
    """What a progress file holds, and what was wrong with its tail.

    `records` are the attempt mappings in file order; `end` is the byte offset just after the
    last complete line (where the next append goes); `torn` is the partial last line, if any.
    `appendable` is false when the layout is not line-per-attempt and must be rewritten first.
    """

    header: dict[str, Any]
    records: list[dict[str, Any]]
    end: int
    torn: bytes = b""
    appendable: bool = True
    line_offsets: list[int] = field(default_factory=list)


def attempt_line(record: dict[str, Any]) -> bytes:
    """One attempt as a complete line: `- {...}` and a newline."""
    text = json.dumps(record, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))
    text = _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
    return ("- " + text + "\n").encode("utf-8")


def header_text(header: dict[str, Any]) -> str:
    """The header block, `attempts:` included, ready for attempt lines."""
    body = yaml.dump(header, Dumper=SafeDumper, allow_unicode=True, sort_keys=False, width=1000)
    return HEADER_COMMENT + body + "attempts:\n"


def _no_constants(name: str) -> Any:
    raise ValueError(f"not a number: {name}")


def parse_line(line: str) -> dict[str, Any] | None:
    """The attempt mapping of one `- {...}` line, or None if the line is not one."""
    if not line.startswith("- {"):
        return None
    try:
        value = json.loads(line[2:], parse_constant=_no_constants)
    except ValueError:
        try:
            loaded = yaml.load(line, Loader=SafeLoader)
        except YAML_READ_ERRORS:
            return None
        value = loaded[0] if isinstance(loaded, list) and len(loaded) == 1 else None
    return value if isinstance(value, dict) else None


def parse_lines(data: bytes, start: int) -> tuple[list[dict[str, Any]], int, bytes, list[int]]:
    """Attempt lines from byte offset `start`: the records, the end of the last complete line,
    the torn remainder, and the offset of each record's line. Raises ProgressFormatError on a
    complete line that is not an attempt."""
    records: list[dict[str, Any]] = []
    offsets: list[int] = []
    position = start
    while position < len(data):
        newline = data.find(b"\n", position)
        if newline < 0:
            return records, position, data[position:], offsets
        raw = data[position:newline]
        if raw.strip() and not raw.lstrip().startswith(b"#"):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                raise ProgressFormatError(f"byte {position}: not UTF-8") from err
            record = parse_line(line.rstrip("\r"))
            if record is None:
                raise ProgressFormatError(f"byte {position}: not an attempt line")
            records.append(record)
            offsets.append(position)
        position = newline + 1
    return records, position, b"", offsets


def parse_file(data: bytes) -> ParsedFile:
    """Read a whole progress file. Raises ProgressFormatError when it is not one."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ProgressFormatError("the file is not UTF-8 text") from err
    lines = text.split("\n")
    marker = next((i for i, line in enumerate(lines) if _ATTEMPTS_KEY.match(line)), None)
    if marker is not None:
        head = "\n".join(lines[: marker + 1]) + "\n"
        try:
            header = yaml.load(head, Loader=SafeLoader)
        except YAML_READ_ERRORS:
            header = None
        if isinstance(header, dict) and header.get("attempts") is None:
            del header["attempts"]
            start = len(head.encode("utf-8"))
            with contextlib.suppress(ProgressFormatError):
                records, end, torn, offsets = parse_lines(data, start)
                if torn and (record := parse_line(torn.decode("utf-8", "replace"))) is not None:
                    # A complete last line that only lacks its newline (an editor's doing).
                    return ParsedFile(header, [*records, record], len(data), b"", False)
                return ParsedFile(header, records, end, torn, True, offsets)
    return _parse_whole(data, text)


def _parse_whole(data: bytes, text: str) -> ParsedFile:
    """The slow path: any YAML layout; a last line that breaks the document is taken as torn."""
    try:
        document = yaml.load(text, Loader=SafeLoader)
        torn = b""
    except YAML_READ_ERRORS as err:
        cut = text.rfind("\n", 0, len(text.rstrip("\n")))
        if cut < 0 or text.endswith("\n"):
            raise ProgressFormatError(f"not valid YAML: {_first_line(err)}") from err
        try:
            document = yaml.load(text[: cut + 1], Loader=SafeLoader)
        except YAML_READ_ERRORS:
            raise ProgressFormatError(f"not valid YAML: {_first_line(err)}") from err
        torn = text[cut + 1 :].encode("utf-8")
    if not isinstance(document, dict):
        raise ProgressFormatError("the file is not a mapping of fields")
    records = document.pop("attempts", None)
    if records is None:
        records = []
    if not isinstance(records, list):
        raise ProgressFormatError("`attempts` is not a list")
    return ParsedFile(document, records, len(data) - len(torn), torn, False)


def damaged_lines(data: bytes, is_attempt: Callable[[dict[str, Any]], bool]) -> list[int]:
    """The numbers (from 1) of the lines of a file that fails to parse which are not as the app
    writes them: an answer line with a tab or spaces before it, cut short, or whose answer
    `is_attempt` refuses; else the line where YAML stops reading (a damaged header)."""
    lines = data.decode("utf-8", "replace").split("\n")
    marker = next((i for i, line in enumerate(lines) if _ATTEMPTS_KEY.match(line)), None)
    found = []
    for number, line in enumerate(lines[(marker or 0) + 1 :], start=(marker or 0) + 2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        record = parse_line(line.rstrip("\r"))
        if record is None or not is_attempt(record):
            found.append(number)
    if found or marker is None:
        return found
    try:
        yaml.load("\n".join(lines[: marker + 1]), Loader=SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        return [mark.line + 1] if mark is not None else []
    except YAML_READ_ERRORS:
        return []
    return []


def _first_line(err: Exception) -> str:
    if isinstance(err, KeyError | AttributeError | TypeError):  # PyYAML's own words mean nothing
        return "a value that does not fit its !!tag"
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__


def append_durably(path: Path, data: bytes) -> None:
    """Append one complete line with a single write on O_APPEND, then fsync before returning."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def cut_torn_tail(path: Path, end: int) -> None:
    """Truncate a torn last line, so the next append starts on a line of its own."""
    fd = os.open(path, os.O_WRONLY)
    try:
        os.ftruncate(fd, end)
        os.fsync(fd)
    finally:
        os.close(fd)


class FileLock:
    """An exclusive or shared `flock` on a side file `<name>.lock`, held only while writing.

    flock is released by the kernel when a process dies, so a killed app never leaves a stale
    lock; fcntl is enough on the POSIX systems tutor runs on (no extra dependency).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def _open(self) -> int | None:
        if self._fd is None:
            try:
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError:
                return None  # a read-only share: reading still works, unlocked
        return self._fd

    @contextlib.contextmanager
    def hold(self, *, shared: bool = False) -> Iterator[None]:
        """Hold the lock for the block."""
        fd = self._open()
        if fd is None:
            yield
            return
        fcntl.flock(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)

    def close(self) -> None:
        """Release the descriptor (the lock file itself stays: others may hold it)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
