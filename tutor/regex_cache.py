"""Compiled regular expressions kept between runs, the way __pycache__ keeps bytecode.

A fresh `tutor generate` compiles about 600 regular expressions before it writes a line: ours
at import (dates, quotes, names), spaCy's at import, and the French tokenizer's, one of them
1.45 MB long (hyphenated words kept whole, spacy/lang/fr/tokenizer_exceptions.py), which alone
takes 2.2 of the model's 3.9 s load. Python cannot keep a compiled pattern between processes,
but the compiled form is only a list of integers that the regex engine runs. Inside `kept(name)`,
`re` gets each program from tutor's cache folder (tutor/disk_cache.py) when an earlier run
stored it, and the programs compiled anew are stored when the block ends.

The programs are the ones Python's own compiler makes, keyed by the full pattern text and flags,
and the engine checks each before it runs it. Another Python, a damaged cache file or a `re`
module without the expected internals all mean the ordinary compile, never another behaviour.

The learner's app opens its block `deferred`: reading its 1,500 stored programs (15 ms) costs
more than compiling the 20 patterns its first screen needs, so the store is read only when the
library's worker calls `load_deferred()`, off the UI thread.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tutor import disk_cache

Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""What `_sre.compile` needs besides the pattern: final flags, code, groups, group names."""

_TEXT, _SURROGATES = "utf-8", "surrogatepass"
"""Patterns are stored as UTF-8, lone surrogates included (a class such as [\ud800-\udfff])."""

MAX_PROGRAMS = 4000
"""Per store: a run compiles about 600; old versions of edited patterns go first."""

_LOCK = threading.RLock()
_ACTIVE: list[_Scope] = []
_ORIGINAL_COMPILE: Any = None


class _Scope:
    """The programs one `kept` block may use, and those it compiled or used, to store."""

    def __init__(self, name: str, stored: dict[tuple[str, int], Program] | None) -> None:
        self.name = name
        self.stored = stored
        """None while a deferred store is not read yet."""
        self.used: dict[tuple[str, int], Program] = {}
        self.compiled_anew = False
        self.compiled_unread: set[tuple[str, int]] = set()
        """Compiled before the store was read: new only if the store lacks them."""

    def has_new_programs(self) -> bool:
        if self.stored is None:
            return False  # a store is only replaced by a run that read it
        stored = self.stored
        return self.compiled_anew or any(key not in stored for key in self.compiled_unread)


def _engine_tag() -> str | None:
    """What a compiled program depends on: Python's version and its regex engine's format."""
    try:
        import _sre
        from array import array
    except ImportError:  # pragma: no cover - every CPython has them
        return None
    if array("I").itemsize != _sre.CODESIZE:  # pragma: no cover - exotic platforms
        return None
    return f"py{sys.version_info[0]}{sys.version_info[1]}-{_sre.MAGIC}"


def _file_name(name: str, engine: str) -> str:
    return f"regex-{name}-{engine}.bin"


def _read(name: str, engine: str) -> dict[tuple[str, int], Program]:
    body = disk_cache.read(_file_name(name, engine))
    if body is None:
        return {}
    try:
        import msgpack

        rows = msgpack.unpackb(body, raw=False, strict_map_key=False)
        return {
            (pattern.decode(_TEXT, _SURROGATES), flags): (
                final,
                code,
                groups,
                dict(names),
                tuple(index),
            )
            for pattern, flags, final, code, groups, names, index in rows
        }
    except Exception:  # a damaged or foreign file only means compiling as usual
        return {}


def _write(scope: _Scope, engine: str) -> None:
    """Store the programs the block used, then those stored before that it did not need (a run
    that found most patterns already compiled must not empty the store for the next), at most
    MAX_PROGRAMS; if one cannot be stored, none is, silently."""
    import msgpack

    stored = scope.stored or {}
    kept = {**scope.used, **{k: v for k, v in stored.items() if k not in scope.used}}
    rows = [
        [pattern.encode(_TEXT, _SURROGATES), flags, final, code, groups, names, list(index)]
        for (pattern, flags), (final, code, groups, names, index) in kept.items()
    ][:MAX_PROGRAMS]
    try:
        body = msgpack.packb(rows, use_bin_type=True)
    except (TypeError, ValueError, UnicodeError):
        return
    disk_cache.write(_file_name(scope.name, engine), body)


def _from_program(pattern: str, program: Program) -> re.Pattern[str]:
    import _sre
    from array import array

    final, code, groups, names, index = program
    words = array("I")
    words.frombytes(code)
    return _sre.compile(pattern, final, words.tolist(), groups, names, index)


def _compile_anew(pattern: str, flags: int) -> tuple[re.Pattern[str], Program]:
    """What `re._compiler.compile` does, keeping the program it makes."""
    import _sre
    from array import array
    from re import _compiler, _parser  # type: ignore[attr-defined]

    tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    names = dict(tree.state.groupdict)
    index: list[str | None] = [None] * tree.state.groups
    for group_name, number in names.items():
        index[number] = group_name
    program = (flags | tree.state.flags, array("I", code).tobytes(), tree.state.groups - 1, names)
    compiled = _sre.compile(pattern, program[0], code, program[2], names, tuple(index))
    return compiled, (*program, tuple(index))


def _compile(pattern: Any, flags: int = 0) -> Any:
    """Stands in for `re._compiler.compile` while a `kept` block is open."""
    if not isinstance(pattern, str) or flags & re.DEBUG:
        return _ORIGINAL_COMPILE(pattern, flags)
    key = (pattern, flags)
    with _LOCK:
        scopes = list(_ACTIVE)
    for scope in reversed(scopes):
        program = scope.stored.get(key) if scope.stored is not None else None
        if program is None:
            continue
        try:
            compiled = _from_program(pattern, program)
        except Exception:  # the engine refused the stored code: compile it as usual
            break
        with _LOCK:
            scopes[-1].used[key] = program
        return compiled
    compiled, program = _compile_anew(pattern, flags)
    if scopes:
        with _LOCK:
            scopes[-1].used[key] = program
            if scopes[-1].stored is None:
                scopes[-1].compiled_unread.add(key)
            else:
                scopes[-1].compiled_anew = True
    return compiled


@contextmanager
def kept(name: str, deferred: bool = False) -> Iterator[None]:
    """Compile regular expressions from the programs stored under `name` while the block runs,
    and store the ones it compiled anew when it ends. Several blocks may be open, in any threads;
    each stores what was compiled while it was the latest one opened.

    A `deferred` block reads its store only at `load_deferred()`; until then patterns compile
    as usual, and a block that never read its store leaves it as it was."""
    global _ORIGINAL_COMPILE
    from re import _compiler  # type: ignore[attr-defined]

    engine = _engine_tag()
    if engine is None or disk_cache.cache_dir() is None:
        yield
        return
    scope = _Scope(name, None if deferred else _read(name, engine))
    with _LOCK:
        if not _ACTIVE:
            _ORIGINAL_COMPILE = _compiler.compile
            _compiler.compile = _compile
        _ACTIVE.append(scope)
    try:
        yield
    finally:
        with _LOCK:
            _ACTIVE.remove(scope)
            if not _ACTIVE:
                _compiler.compile = _ORIGINAL_COMPILE
        if scope.has_new_programs():
            _write(scope, engine)


def load_deferred() -> None:
    """Read the stores of the open `deferred` blocks (a no-op for those already read)."""
    engine = _engine_tag()
    with _LOCK:
        waiting = [scope for scope in _ACTIVE if scope.stored is None]
    for scope in waiting:
        if engine is None:
            return
        stored = _read(scope.name, engine)
        with _LOCK:
            if scope.stored is None:
                scope.stored = stored
