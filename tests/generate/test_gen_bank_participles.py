"""A participle the tagger reads as a noun is not offered among nouns. The organ-donation lesson
(term_corpus batch_ab, session 21 audit) asked "Sylvain, 47 ans, ___ trois fois par semaine
depuis quatre ans à Caen" with the bank arrêt, dialysé, registre, accident: three nouns and
the only word that can follow "47 ans," without a determiner, picked without reading."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gold_facts import ROOT, generated_lessons

pytestmark = pytest.mark.slow

CORPUS = ROOT / "tests/extract/data/term_corpus/batch_ab"
ARTICLE = CORPUS / "don-organes-refus-prelevement-hausse.txt"


@pytest.mark.parametrize("seed", range(3))
def test_no_bank_of_nouns_for_a_participle(tmp_path: Path, seed: int) -> None:
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    ((_, _, doc),) = generated_lessons(tmp_path, seed)
    banks = [i for i in doc["items"] if i["type"] == "cloze" and "bank" in i]
    assert banks
    assert not [i for i in banks if i["answer"] == "dialysé"], banks
