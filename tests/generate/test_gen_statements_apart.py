"""Two vrai / faux statements of a lesson are never made on one sentence. The organ-donation
lesson (term_corpus batch_ab, session 21 audit) stated « … tandis qu'il reste inférieur à 25 %
dans plusieurs hôpitaux de l'Ouest. » (vrai) and, next, the same sentence with « cinq hôpitaux »
(on ne sait pas): the first shows the article's words, so the second is answered by comparing
the two statements, not by reading."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gold_facts import ROOT, generated_lessons

pytestmark = pytest.mark.slow

ARTICLE = ROOT / "tests/extract/data/term_corpus/batch_ab/don-organes-refus-prelevement-hausse.txt"


@pytest.mark.parametrize("seed", range(3))
def test_no_two_statements_share_their_sentence(tmp_path: Path, seed: int) -> None:
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    ((_, _, doc),) = generated_lessons(tmp_path, seed)
    proofs = [i["evidence"] for i in doc["items"] if i["type"] == "true_false"]
    assert proofs
    assert len(set(proofs)) == len(proofs), proofs
