"""Generation gaps of session 15: lessons without a vrai / faux item, without a date question
although their article has dates, a summary answer without a verb, and a word bank whose
distractor fits the gap. Each is checked on the article where it was seen, as the learner
would see the lesson."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.generate import generate_document

pytestmark = pytest.mark.slow

TESTS = Path(__file__).parents[1]
TERM_ARTICLES = TESTS / "extract" / "data" / "term_articles_3"


@cache
def _items(path: Path) -> tuple[dict[str, Any], ...]:
    article = load_article(path)
    (facts,) = extract_many([article])
    return tuple(generate_document(article, facts, seed=0, content_dir=path.parent)["items"])


# --- a vrai / faux item where no person, figure or digit date makes one -------------------------


@pytest.mark.parametrize(
    "stem", ["canicule-chantiers-lyon", "eolien-annulation-cour", "rugby-relegation-nationale"]
)
def test_an_article_with_plusieurs_has_a_not_given_statement(stem: str) -> None:
    """These articles name nobody, and their quotations, digit dates and figures are all asked
    by other items: "plusieurs" with a number in its place is a detail the article does not
    give."""
    statements = [i for i in _items(TERM_ARTICLES / f"{stem}.txt") if i["type"] == "true_false"]
    assert statements
    for item in statements:
        if item["answer"] == "not_given" and "plusieurs" in str(item["feedback"]):
            assert "cinq" in str(item["statement"]).lower()
            assert "plusieurs" in str(item["evidence"]).lower()
            # no pronoun left whose noun is in another sentence
            assert not str(item["statement"]).startswith(("Il ", "Elle ", "Ils ", "Elles "))


def test_a_statement_on_plusieurs_says_who_it_is_about() -> None:
    """ "Elle rappelle que plusieurs enfants …" would become "Elle rappelle que cinq enfants …":
    who is "elle", out of its paragraph? No statement is made of it."""
    items = _items(TERM_ARTICLES / "fermeture-classe-cantal.txt")
    assert not any(
        "cinq enfants" in str(i.get("statement", "")) for i in items if i["type"] == "true_false"
    )


# --- a date question where the article's dates allow one -----------------------------------------

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("path", "answer", "asked"),
    [
        # the year names the report, "bilan de l'année 2026": not a second time of the event
        ("review_10/onu-resolution-humanitaires", "le 19 août", "publieront leur premier bilan"),
        # "le budget pour 2026": the budget's year, not when it was voted
        ("review_9/budget-departement-nievre", "jeudi soir", "ont adopté le budget"),
        # "pendant trois mois" holds its preposition: an adverb the clause stands without
        ("review_9/consultation-eoliennes-plouzevet", "trois mois", "ont fait campagne"),
    ],
)
def test_an_article_with_dates_has_a_date_question(path: str, answer: str, asked: str) -> None:
    dates = [i for i in _items(DATA / f"{path}.txt") if i["type"] == "date"]
    assert any(i["answer"] == answer and asked in str(i["prompt"]) for i in dates), [
        (i["prompt"], i["answer"]) for i in dates
    ]


def test_a_duration_question_leaves_out_a_second_infinitive() -> None:
    """ "s'est engagé à conserver tous les emplois pendant au moins cinq ans et à investir 25
    millions d'euros": the five years are the jobs', not the investment's."""
    items = _items(DATA / "review_5" / "rachat-fromagerie-jura.txt")
    prompts = [str(i["prompt"]) for i in items if i["type"] == "date"]
    assert any("conserver tous les emplois" in p for p in prompts), prompts
    assert not any("investir" in p for p in prompts), prompts
