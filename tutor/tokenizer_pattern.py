"""The French tokenizer's big regular expression, compiled once and kept between runs.

spaCy's French tokenizer keeps hyphenated words such as "porte-parole" or "Saint-Étienne"
whole with one regular expression of 1.45 MB (spacy/lang/fr/tokenizer_exceptions.py). Python
compiles it at every model load: about 2.2 s of the model's 3.9 s, paid by every
`tutor generate`, `tutor extract` and app start. Python cannot keep a compiled pattern between
processes, but the compiled form is only a list of integers that the regex engine runs. This
module keeps that list in tutor's cache folder (see tutor/disk_cache.py), the way __pycache__
keeps bytecode, and hands it straight to the engine.

The pattern is the model's own, read from its tokenizer file, and the program is the one
Python's own compiler makes for it. The compiled pattern goes into the `re` module's cache,
where spaCy's `re.compile` of the same text finds it. Another Python, another model, a damaged
cache file or a `re` module without that cache all mean the ordinary slow path, never a
different tokenization.
"""

from __future__ import annotations

import importlib.util
import re
import struct
import sys
import zlib
from array import array
from pathlib import Path

from tutor import disk_cache

_HEADER = struct.Struct("<IIII")
"""Pattern checksum, pattern length, final flags, number of groups; then the program."""


def tokenizer_file(model_name: str) -> Path | None:
    """The model package's serialised tokenizer, found without importing spaCy's French."""
    try:
        spec = importlib.util.find_spec(model_name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    found = sorted(Path(spec.submodule_search_locations[0]).glob(f"{model_name}-*/tokenizer"))
    return found[-1] if found else None


def token_pattern(model_name: str) -> str | None:
    """The text of the model's `token_match` pattern, or None if it has none we can read."""
    path = tokenizer_file(model_name)
    if path is None:
        return None
    try:
        import msgpack

        data = msgpack.unpackb(path.read_bytes(), raw=False, strict_map_key=False)
    except Exception:  # an unreadable file only means the slow path
        return None
    pattern = data.get("token_match") if isinstance(data, dict) else None
    return pattern if isinstance(pattern, str) and pattern else None


def _engine_tag() -> str | None:
    """What the compiled program depends on: Python's version and its regex engine's format."""
    try:
        import _sre
    except ImportError:  # pragma: no cover - every CPython has it
        return None
    if array("I").itemsize != _sre.CODESIZE:  # pragma: no cover - exotic platforms
        return None
    return f"py{sys.version_info[0]}{sys.version_info[1]}-{_sre.MAGIC}"


def _compile(pattern: str, stored: memoryview | None) -> tuple[re.Pattern[str], bytes | None]:
    """The compiled pattern, from the stored program when it fits, else compiled here (and
    then with the program to store)."""
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    if stored is not None and len(stored) >= _HEADER.size:
        checksum, length, flags, groups = _HEADER.unpack_from(stored)
        if checksum == zlib.crc32(pattern.encode()) and length == len(pattern):
            code = array("I")
            code.frombytes(stored[_HEADER.size :])
            return _sre.compile(
                pattern, flags, code.tolist(), groups - 1, {}, (None,) * groups
            ), None
    tree = _parser.parse(pattern, 0)
    code = _compiler._code(tree, 0)
    flags, groups = tree.state.flags, tree.state.groups
    compiled = _sre.compile(pattern, flags, code, groups - 1, {}, (None,) * groups)
    if tree.state.groupdict:  # named groups: not worth storing, and not in spaCy's pattern
        return compiled, None
    header = _HEADER.pack(zlib.crc32(pattern.encode()), len(pattern), flags, groups)
    return compiled, header + array("I", code).tobytes()


def prepare(model_name: str) -> re.Pattern[str] | None:
    """Put the model's compiled token pattern where `re.compile` will find it; call just before
    loading the model. Returns the pattern put there, or None when the slow path is left as is.
    """
    cache = getattr(re, "_cache", None)
    engine = _engine_tag()
    if not isinstance(cache, dict) or engine is None:
        return None
    path = tokenizer_file(model_name)
    pattern = token_pattern(model_name)
    if path is None or pattern is None:
        return None
    key = (str, pattern, 0)
    if key in cache:
        return cache[key]
    try:
        name = f"token-pattern-{model_name}-{disk_cache.source_tag(path)}-{engine}.bin"
        compiled, to_store = _compile(pattern, disk_cache.read(name))
    except Exception:  # any surprise only means spaCy compiles it itself
        return None
    if to_store is not None:
        disk_cache.write(name, to_store, stale_prefix=f"token-pattern-{model_name}-")
    cache[key] = compiled
    return compiled
