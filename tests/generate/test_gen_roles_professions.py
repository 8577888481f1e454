"""A profession that many practise, told by a field or a place rather than an employer (« Cécile
Ortoli, avocate au barreau de Nice », « Thomas Reynaud, économiste spécialiste de la précarité
énergétique ») is « une avocate au barreau de Nice », « un économiste … »: the lessons said
« Cécile Ortoli est l'avocate au barreau de Nice », as if Nice had one. « l'avocat de la
famille » stays the family's one lawyer."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import extract_facts
from tutor.generate import generate_document

EXPLAINERS = Path(__file__).parents[1] / "extract" / "data" / "term_corpus" / "batch_ad"


def _roles(name: str) -> list[str]:
    article = load_article(EXPLAINERS / f"{name}.txt")
    lesson = generate_document(article, extract_facts(article), seed=0)
    told = []
    for item in lesson["items"]:
        if item["type"] == "choice" and str(item["prompt"]).startswith("Qui est "):
            told += [str(o) for o in item["options"]]
        if item["type"] == "true_false":
            told.append(str(item["statement"]))
    return told


@pytest.mark.slow
def test_an_economist_is_one_of_many() -> None:
    told = _roles("cheque-energie-envoi-menages-oublies")
    assert any(t.startswith("Un économiste spécialiste") for t in told), told
    assert not any(t.startswith("L'économiste") for t in told), told


@pytest.mark.slow
def test_a_lawyer_at_the_bar_is_one_of_many() -> None:
    told = _roles("arnaques-qr-code-quishing-parcmetres")
    assert not any("l'avocate au barreau" in t.lower() for t in told), told
    assert any("une avocate au barreau de nice" in t.lower() for t in told), told
