"""A typed date is right when it says what the article says: the day and month alone answer a
date the article gives without its year, and miss a part where the article gives the year."""

from __future__ import annotations

import pytest
from gold_facts import CONTENT

from tutor.content import load_article
from tutor.exercise_io import item_from_dict
from tutor.extract import extract_many
from tutor.generate import generate_document
from tutor.scoring import Outcome, grade

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def lessons() -> dict[str, dict]:
    names = ("rio-paris-rapport-bea", "grece-nouveau-gouvernement")
    articles = [load_article(CONTENT / f"{name}.txt") for name in names]
    facts = extract_many(articles)
    return {
        name: generate_document(article, fact, seed=0, content_dir=CONTENT)
        for name, article, fact in zip(names, articles, facts, strict=True)
    }


def _date_item(lesson: dict, item_id: str):
    raw = next(i for i in lesson["items"] if i["id"] == item_id)
    return item_from_dict(raw, lesson["defaults"])


def test_a_day_without_the_year_the_article_gives_misses_a_part(lessons) -> None:
    """The Rio-Paris crash was on 1 June 2009, three years before the article: "1 juin" was
    given full marks."""
    item = _date_item(lessons["rio-paris-rapport-bea"], "date-1er-juin-2009")
    short = grade(item, "le 1er juin")
    assert short.outcome is Outcome.PARTIAL and "il manque l'année" in short.explanation
    assert grade(item, "le 1er juin 2009").outcome is Outcome.CORRECT
    assert grade(item, "1/6/2009").outcome is Outcome.CORRECT


def test_a_day_the_article_gives_without_a_year_is_answered_so(lessons) -> None:
    item = _date_item(lessons["grece-nouveau-gouvernement"], "date-dimanche-17-juin")
    assert grade(item, "17 juin").outcome is Outcome.CORRECT
    assert grade(item, "le dimanche 17 juin").outcome is Outcome.CORRECT
