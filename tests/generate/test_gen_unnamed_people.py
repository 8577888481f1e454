"""Two descriptions of unnamed people may be one person: no item offers one as the wrong answer
for the other's words. The drink-driving trial of term_corpus batch_ac (session 21 audit) never
names its defendant; the lesson matched his words « Je sortais d'un repas chez mon frère … »
with "Le conducteur" and offered "Le prévenu" as a wrong speaker: the same man, and a learner
who chose him was marked wrong."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gold_facts import ROOT, generated_lessons

pytestmark = pytest.mark.slow

CORPUS = ROOT / "tests/extract/data/term_corpus/batch_ac"
ARTICLE = CORPUS / "saint-omer-tribunal-conduite-alcool-recidive.txt"
THE_DEFENDANT = {"Le conducteur", "Le prévenu"}


@pytest.mark.parametrize("seed", range(4))
def test_the_defendant_is_not_his_own_wrong_answer(tmp_path: Path, seed: int) -> None:
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    ((_, _, doc),) = generated_lessons(tmp_path, seed)
    for item in doc["items"]:
        if item["type"] == "speakers":
            right = {p["speaker"] for p in item["pairs"]}
            wrong = set(item.get("distractors", []))
        elif item["type"] == "choice" and item["skill"] == "speakers":
            right, wrong = {item["answer"]}, set(item["options"]) - {item["answer"]}
        else:
            continue
        if right & THE_DEFENDANT:
            assert not wrong & THE_DEFENDANT, item
