"""A number question on the sentence of another item's date shows that sentence without the
date, rather than a crop too short to find it by: the PSA lesson asked « … représentant la
suppression de ___ emplois. » (which of the article's counts of jobs?) beside « Quand l'usine
d'Aulnay-sous-Bois doit-elle fermer ? »; it now shows « Parmi ces coupes, on retrouve la
fermeture annoncée de l'usine d'Aulnay-sous-Bois d'ici à …, représentant la suppression de ___
emplois. »"""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import extract_facts
from tutor.generate import generate_document
from tutor.generate.sentence_crop import without_figures

CONTENT = Path(__file__).resolve().parents[2] / "content"
AULNAY = (
    "Parmi ces coupes, on retrouve la fermeture annoncée de l'usine d'Aulnay-sous-Bois d'ici à "
    "2014, représentant la suppression de 3 000 emplois."
)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_number_question_shows_the_sentence_without_the_date(seed: int) -> None:
    article = load_article(CONTENT / "psa-suppressions-emplois.txt")
    lesson = generate_document(article, extract_facts(article), seed=seed)
    on_aulnay = [i for i in lesson["items"] if i.get("evidence") == AULNAY]
    dated = [i for i in on_aulnay if i["type"] == "date" and "2014" in str(i["answer"])]
    numbers = [i for i in on_aulnay if str(i["id"]).startswith("nombre")]
    if not dated or not numbers:
        pytest.skip("this seed asks no date and number on the sentence")
    prompt = str(numbers[0]["prompt"])
    assert "usine d'Aulnay-sous-Bois" in prompt and "2014" not in prompt, prompt


def test_only_figures_outside_the_gap_are_left_out() -> None:
    at = AULNAY.index("3 000")
    body, start, end = without_figures(AULNAY, at, at + 5, ["2014", "en 2014", "fermeture"])
    assert body[start:end] == "3 000"
    assert "d'ici à …, représentant" in body and "fermeture" in body
    assert without_figures(AULNAY, at, at + 5, ["fermeture", "3 000"]) is None
