"""The French model loads without compiling its 1.45 MB token pattern again, and tokenizes the same.

Each check runs the model load in a fresh process, as `tutor generate` does, with a cache folder
of its own, and records every regular expression Python compiles from scratch.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tutor import nlp, tokenizer_pattern

pytestmark = pytest.mark.slow

SENTENCE = (
    "Le porte-parole de Saint-Étienne-du-Rouvray a-t-il dit peut-être qu'un arc-en-ciel "
    "s’est levé au-dessus de Villeneuve-d'Ascq vers 7 h 30 ?"
)

LOAD_AND_TOKENIZE = """
import json, sys
from re import _parser
big = []
original = _parser.parse
def counting(p, flags=0, *more):
    if isinstance(p, str) and len(p) > 100_000:
        big.append(len(p))
    return original(p, flags, *more)
_parser.parse = counting
from tutor import nlp
model = nlp.load()
print(json.dumps({"big": big, "tokens": [t.text for t in model(sys.argv[1])]}))
"""


def load_in_fresh_process(cache: Path) -> dict[str, list]:
    env = {**os.environ, "TUTOR_CACHE_DIR": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", LOAD_AND_TOKENIZE, SENTENCE],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return json.loads(done.stdout.splitlines()[-1])


def test_a_second_load_does_not_compile_the_pattern_and_tokenizes_the_same(tmp_path: Path) -> None:
    first = load_in_fresh_process(tmp_path)
    assert len(first["big"]) == 1, "the first load compiles the pattern once, not twice"
    assert [p.name for p in tmp_path.glob("token-pattern-*")], "the compiled program was stored"
    second = load_in_fresh_process(tmp_path)
    assert second["big"] == [], "the second load used the stored program"
    assert second["tokens"] == first["tokens"]
    assert "porte-parole" in second["tokens"] and "Saint-Étienne-du-Rouvray" in second["tokens"]


def test_a_damaged_stored_program_is_not_used(tmp_path: Path) -> None:
    first = load_in_fresh_process(tmp_path)
    (stored,) = tmp_path.glob("token-pattern-*")
    data = bytearray(stored.read_bytes())
    data[-100:] = bytes(100)
    stored.write_bytes(bytes(data))
    again = load_in_fresh_process(tmp_path)
    assert len(again["big"]) == 1, "a damaged file is compiled again, not run"
    assert again["tokens"] == first["tokens"]


def test_the_stored_program_is_the_one_python_compiles(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("TUTOR_CACHE_DIR", str(tmp_path))
    pattern = tokenizer_pattern.token_pattern(nlp.MODEL_NAME)
    assert pattern is not None and len(pattern) > 1_000_000
    compiled_here, stored = tokenizer_pattern._compile(pattern, None)
    assert stored is not None
    from_store, nothing = tokenizer_pattern._compile(pattern, memoryview(stored))
    assert nothing is None
    # Pattern equality compares the pattern text, the flags and the compiled program itself.
    assert from_store == compiled_here == re._compiler.compile(pattern, 0)  # type: ignore[attr-defined]
    for word in ("porte-parole", "Saint-Étienne", "arc-en-ciel", "grand-mère", "celui-ci", "abc"):
        assert bool(from_store.match(word)) == bool(compiled_here.match(word))
