"""Words that link a sentence to the one before ("en outre", "toutefois", "en revanche") are
left out of the clauses generation tells apart from their paragraph: questions, events of a
chronology, statements (review 12: "Quand Arnaud Fauvel s'est-il en outre accordé une
rémunération de 1,2 million d'euros ?")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.generate import generate_document
from tutor.generate.clause_openers import strip_opener

REVIEW_12 = Path(__file__).parent / "data" / "review_12"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "En 2022, Arnaud Fauvel s'est en outre accordé une rémunération",
            "En 2022, Arnaud Fauvel s'est accordé une rémunération",
        ),
        ("Le tribunal a, toutefois, rejeté la demande", "Le tribunal a rejeté la demande"),
        ("Les arrivées ont en revanche baissé de 28 %", "Les arrivées ont baissé de 28 %"),
        ("Par ailleurs le maire a annoncé une hausse", "Le maire a annoncé une hausse"),
        ("Le maire, quant à lui, a refusé le projet", "Le maire a refusé le projet"),
        # "d'ailleurs" after "venus" is a place; "de plus en plus" no link
        ("Des touristes venus d'ailleurs ont visité", "Des touristes venus d'ailleurs ont visité"),
        ("Le prix a de plus en plus augmenté", "Le prix a de plus en plus augmenté"),
    ],
)
def test_a_clause_loses_the_words_that_link_it(sentence: str, clause: str) -> None:
    assert strip_opener(sentence) == clause


@pytest.mark.slow
def test_no_question_nor_event_of_the_review_says_en_outre() -> None:
    article = load_article(REVIEW_12 / "enquete-ehpad-groupe-solvea.txt")
    (facts,) = extract_many([article])
    items = generate_document(article, facts, seed=0, content_dir=REVIEW_12)["items"]
    asked = [str(i.get("prompt", "")) for i in items]
    events = [str(e["text"]) for i in items for e in i.get("events", [])]  # type: ignore[union-attr]
    assert "Arnaud Fauvel s'est accordé une rémunération de 1,2 million d'euros." in events
    assert not [t for t in asked + events if "en outre" in t]
