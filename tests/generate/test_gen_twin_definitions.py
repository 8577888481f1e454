"""Two words whose definitions say the same thing are not matched in one item. The organ-donation
lesson (term_corpus batch_ab, session 21 audit) asked to match "greffe" with "L'opération qui
remplace un organe malade par celui d'un donneur." and "transplantation" with "Le fait de
remplacer un organe malade par celui d'un donneur.": either definition fits either word, and the
learner who swaps them is marked wrong for knowing both."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from gold_facts import ROOT, generated_lessons

pytestmark = pytest.mark.slow

ARTICLE = ROOT / "tests/extract/data/term_corpus/batch_ab/don-organes-refus-prelevement-hausse.txt"


def _words(definition: str) -> set[str]:
    return {w[:6] for w in re.findall(r"\w+", definition.lower()) if len(w) > 4}


@pytest.mark.parametrize("seed", range(3))
def test_no_two_definitions_of_one_match_say_the_same(tmp_path: Path, seed: int) -> None:
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    ((_, _, doc),) = generated_lessons(tmp_path, seed)
    matches = [i for i in doc["items"] if i["type"] == "terms"]
    assert matches
    for item in matches:
        pairs = item["pairs"]
        for a in range(len(pairs)):
            for b in range(a + 1, len(pairs)):
                shared = _words(pairs[a]["definition"]) & _words(pairs[b]["definition"])
                assert len(shared) < 3, (pairs[a], pairs[b])
