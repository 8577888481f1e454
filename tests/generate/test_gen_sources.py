""" "Quelle source indique que … ?" asks about one sentence, so its clause must stand alone: the
sixth review's fresh lessons asked « D'après l'article, quelle source indique que l'absentéisme
y a baissé de 12 % … ? », where "y" is the 140 collèges of the sentence before."""

from __future__ import annotations

import pytest
from gold_facts import ROOT, generated_lessons

from tutor.generate.sources import _PLACE_BEFORE

pytestmark = pytest.mark.slow

REVIEW_6 = ROOT / "tests" / "generate" / "data" / "review_6"


def test_no_source_question_leans_on_a_place_named_before() -> None:
    prompts = [
        str(item["prompt"])
        for _, _, doc in generated_lessons(REVIEW_6, seed=0)
        for item in doc["items"]
        if str(item["id"]).startswith("source-")
    ]
    assert prompts, "the review's lessons ask about their sources"
    assert not any(" y " in p for p in prompts), prompts


@pytest.mark.parametrize(
    ("clause", "leans"),
    [
        ("l'absentéisme y a baissé de 12 %", True),
        ("les élèves s'y rendent à pied", True),
        ("il y a deux ans, le collège a fermé", False),
        ("il n'y a pas de risque", False),
        ("tous les pays, y compris la France, ont signé", False),
    ],
)
def test_the_pronoun_y_is_told_from_il_y_a_and_y_compris(clause: str, leans: bool) -> None:
    assert bool(_PLACE_BEFORE.search(clause)) is leans
