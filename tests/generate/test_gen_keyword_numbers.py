"""An open answer's keywords: each accepts its other number as French writes it ("travaux" is
accepted as "travail", not as "traval"), and each is one the model answer earns when scored
(both found on review lessons by the scoring review)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.exercise_io import item_from_dict
from tutor.extract import extract_many
from tutor.generate import generate_document
from tutor.generate.keywords import other_number
from tutor.model import OpenQuestion
from tutor.scoring import grade

ARTICLE = Path(__file__).parent / "data" / "review_articles" / "basket-bourges-eurocoupe.txt"


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("travaux", "travail"),
        ("travail", "travaux"),
        ("vitraux", "vitrail"),
        ("Travaux", "Travail"),
        ("hôpitaux", "hôpital"),
        ("journal", "journaux"),
        ("détail", "détails"),
        ("bateau", "bateaux"),
    ],
)
def test_the_other_number_is_a_french_word(word: str, other: str) -> None:
    assert other_number(word) == other


@pytest.mark.slow
def test_a_keyword_is_one_its_own_words_earn_when_scored() -> None:
    """ "tir" was a keyword of « … j'ai tiré, et j'ai entendu la salle exploser » (the article's
    term "le tir à trois points"): the scorer reads "tiré" as another word, so the model answer
    lost points to itself. Every open item's model answer earns all its points."""
    article = load_article(ARTICLE)
    (facts,) = extract_many([article])
    doc = generate_document(article, facts, seed=0, content_dir=ARTICLE.parent)
    items = [item_from_dict(raw) for raw in doc["items"]]
    opens = [item for item in items if isinstance(item, OpenQuestion)]
    assert opens
    for item in opens:
        assert item.model_answer
        verdict = grade(item, item.model_answer)
        assert verdict.points == item.points, (item.id, verdict.explanation)
        assert "tir" not in [k.word for k in item.keywords]
