"""The reader leaves everyday glossary words plain; which ones are is worked out once and kept,
so a later start does not load wordfreq (half a second of CPU, taken from the library's first
moments) to answer the same question about the same words."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ui_home import CHECKOUT

PREPARE = """
import json, sys
from pathlib import Path
from tutor.glossary import fold_term
from tutor.paths import ProjectPaths
from tutor.ui.services import Services

services = Services(ProjectPaths(Path(sys.argv[1])))
services.prepare_reader()
prepared_without_wordfreq = "wordfreq" not in sys.modules
words = sorted({fold_term(entry.lemma) for entry in services.glossary()})
print(json.dumps({
    "common": [word for word in words if services.is_common_word(word)],
    "plain": [word for word in words if not services.is_common_word(word)],
    "wordfreq": not prepared_without_wordfreq or "wordfreq" in sys.modules,
}))
"""


def _prepare(cache: Path) -> dict:
    env = {**os.environ, "TUTOR_CACHE_DIR": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", PREPARE, str(CHECKOUT)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(done.stdout)


def test_everyday_glossary_words_are_known_without_wordfreq_at_the_next_start(
    tmp_path: Path,
) -> None:
    first = _prepare(tmp_path)
    assert {"gouvernement", "président"} <= set(first["common"])
    # words with digits are answered by wordfreq itself; none is everyday French
    assert {"co2", "g7", "49.3"} <= set(first["plain"])
    again = _prepare(tmp_path)
    assert not again["wordfreq"], "the second start loaded wordfreq"
    assert {**again, "wordfreq": first["wordfreq"]} == first
