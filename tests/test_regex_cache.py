"""Regular expressions compiled in an earlier run are not compiled again, and behave the same.

The checks that matter to a user run `tutor` in fresh processes, as a teacher does, with a cache
folder of their own, and count the patterns Python parses from scratch.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tutor import regex_cache

ROOT = Path(__file__).resolve().parents[1]

SENTENCE = (
    "Le porte-parole de Saint-Étienne-du-Rouvray a-t-il dit peut-être qu'un arc-en-ciel "
    "s’est levé au-dessus de Villeneuve-d'Ascq vers 7 h 30 ?"
)

COUNTING = """
import json, sys
from re import _parser
parsed = []
original = _parser.parse
def counting(p, flags=0, *more):
    parsed.append(len(p))
    return original(p, flags, *more)
_parser.parse = counting
"""

LOAD_AND_TOKENIZE = (
    COUNTING
    + """
from tutor import nlp
model = nlp.load()
big = [n for n in parsed if n > 100_000]
print(json.dumps({"big": big, "tokens": [t.text for t in model(sys.argv[1])]}))
"""
)

RUN_CLI = (
    COUNTING
    + """
import contextlib, io
from tutor.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    status = main(sys.argv[1:])
print(json.dumps({"parsed": len(parsed), "status": status, "out": out.getvalue()}))
"""
)


def fresh_process(code: str, cache: Path, *args: str) -> dict:
    env = {**os.environ, "TUTOR_CACHE_DIR": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return json.loads(done.stdout.splitlines()[-1])


@pytest.mark.slow
def test_the_model_loads_the_second_time_without_compiling_its_token_pattern(
    tmp_path: Path,
) -> None:
    first = fresh_process(LOAD_AND_TOKENIZE, tmp_path, SENTENCE)
    assert len(first["big"]) == 1, "the first load compiles the 1.45 MB pattern once"
    assert list(tmp_path.glob("regex-model-*")), "the compiled programs were stored"
    second = fresh_process(LOAD_AND_TOKENIZE, tmp_path, SENTENCE)
    assert second["big"] == [], "the second load used the stored program"
    assert second["tokens"] == first["tokens"]
    assert "porte-parole" in second["tokens"] and "Saint-Étienne-du-Rouvray" in second["tokens"]


@pytest.mark.slow
def test_a_damaged_store_is_compiled_again_not_run(tmp_path: Path) -> None:
    first = fresh_process(LOAD_AND_TOKENIZE, tmp_path, SENTENCE)
    (stored,) = tmp_path.glob("regex-model-*")
    data = bytearray(stored.read_bytes())
    data[-1000:] = bytes(1000)
    stored.write_bytes(bytes(data))
    again = fresh_process(LOAD_AND_TOKENIZE, tmp_path, SENTENCE)
    assert len(again["big"]) == 1
    assert again["tokens"] == first["tokens"]


@pytest.mark.slow
def test_a_second_extract_compiles_almost_nothing_and_says_the_same(tmp_path: Path) -> None:
    article = str(ROOT / "content" / "psa-suppressions-emplois.txt")
    first = fresh_process(RUN_CLI, tmp_path, "extract", article, "--json")
    second = fresh_process(RUN_CLI, tmp_path, "extract", article, "--json")
    assert first["status"] == second["status"] == 0
    assert second["out"] == first["out"]
    assert first["parsed"] > 300
    assert second["parsed"] < first["parsed"] / 10, (first["parsed"], second["parsed"])


PATTERNS = [
    (r"(?P<day>\d{1,2})(?:er)? (?P<month>janvier|février|mars)", 0),
    (r"^[A-ZÉÈ][a-zéèêàç]+(?:-[A-ZÉÈ][a-zéèêàç]+)*$", 0),
    (r"« ([^»]+) »", re.IGNORECASE),
    (r"\b(a|ont)\s+(déclaré|affirmé|estimé)\b", re.IGNORECASE | re.UNICODE),
    (r"(?x) \d+ \s* (?:ans|jours)  # a duration", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_stored_program_is_the_one_python_compiles(pattern: str, flags: int) -> None:
    compiled, program = regex_cache._compile_anew(pattern, flags)
    from_store = regex_cache._from_program(pattern, program)
    reference = re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]
    # Pattern equality compares the text, the flags and the compiled program itself.
    assert from_store == compiled == reference
    assert from_store.groupindex == reference.groupindex
    text = "Le 1er mars, Jean-Marc a déclaré « non » : 24 ans après, 3 jours de grève."
    assert [m.group(0) for m in from_store.finditer(text)] == [
        m.group(0) for m in reference.finditer(text)
    ]


def test_re_is_left_as_it_was_after_nested_blocks(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("TUTOR_CACHE_DIR", str(tmp_path))
    from re import _compiler  # type: ignore[attr-defined]

    before = _compiler.compile
    with regex_cache.kept("outer"):
        re.compile(r"outer \d+ only")
        with regex_cache.kept("inner"):
            re.compile(r"inner \w+ only")
        assert _compiler.compile is not before
    assert _compiler.compile is before
    assert {p.name.split("-")[1] for p in tmp_path.glob("regex-*")} == {"outer", "inner"}


def test_a_run_that_compiles_little_keeps_the_rest_of_the_store(
    tmp_path: Path, monkeypatch
) -> None:
    """A process that had most patterns compiled already (a test run, a script importing tutor
    before calling the CLI) must not leave the next `tutor` run an almost empty store."""
    monkeypatch.setenv("TUTOR_CACHE_DIR", str(tmp_path))
    first = [f"first {n} pattern \\d+ {tmp_path.name}" for n in range(3)]
    with regex_cache.kept("merge"):
        for pattern in first:
            re.compile(pattern)
    later = f"later pattern \\w+ {tmp_path.name}"
    with regex_cache.kept("merge"):
        re.compile(later)
    engine = regex_cache._engine_tag()
    assert engine is not None
    stored = {pattern for pattern, _ in regex_cache._read("merge", engine)}
    assert stored == {*first, later}


def test_a_deferred_block_reads_its_store_only_when_asked(tmp_path: Path, monkeypatch) -> None:
    """The app's first screen must not wait for its 1,500 stored programs: until the library's
    worker asks, patterns compile as usual; then they come from the store, which is not
    rewritten when it already holds everything."""
    monkeypatch.setenv("TUTOR_CACHE_DIR", str(tmp_path))
    early, late = (f"{when} \\d+ pattern {tmp_path.name}" for when in ("early", "late"))
    with regex_cache.kept("app"):
        re.compile(early)
        re.compile(late)
    (store,) = tmp_path.glob("regex-app-*")
    written = store.stat().st_mtime_ns
    parsed: list[str] = []
    original = re._parser.parse  # type: ignore[attr-defined]

    def counting(pattern: str, flags: int = 0, *more: object) -> object:
        parsed.append(pattern)
        return original(pattern, flags, *more)

    monkeypatch.setattr(re._parser, "parse", counting)  # type: ignore[attr-defined]
    re.purge()
    with regex_cache.kept("app", deferred=True):
        assert re.compile(early).match("early 12 pattern " + tmp_path.name)
        assert parsed == [early], "compiled as usual before the store is read"
        regex_cache.load_deferred()
        assert re.compile(late).match("late 3 pattern " + tmp_path.name)
        assert parsed == [early], "read from the store once asked"
    assert store.stat().st_mtime_ns == written, "nothing new: the store is left as it was"

    re.purge()
    with regex_cache.kept("app", deferred=True):
        re.compile(f"never stored {tmp_path.name}")
    assert store.stat().st_mtime_ns == written, "a block that never read its store keeps it"
