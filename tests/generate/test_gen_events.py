"""Dated events of an unseen article: auxiliaries of participles, colons, "que" clauses."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import context_for, date_fact

from tutor.content import load_article
from tutor.facts import ArticleFacts, DateFact
from tutor.generate.comprehension import date_statements
from tutor.generate.dated import DatedSentence, locate, que_clause
from tutor.generate.events import event_of

ARTICLE = Path(__file__).parents[1] / "data" / "unseen" / "greve-urgences-saint-jacques.txt"
MOUVEMENT = (
    "Le mouvement, commencé le 18 février, a gagné cette semaine trois autres établissements "
    "de la région, selon les syndicats.",
    "le 18 février",
    "2019-02-18",
)
DRAME = (
    "Tout est parti d'un drame survenu le 12 février : une patiente est morte sur un brancard, "
    "dans un couloir des urgences, après une très longue attente.",
    "le 12 février",
    "2019-02-12",
)
PLAN = (
    "Le ministère de la Santé a rappelé, dans un communiqué, qu'un plan de 150 millions "
    "d'euros pour les urgences avait été annoncé en juin 2018.",
    "en juin 2018",
    "2018-06",
)


@pytest.fixture(scope="module")
def events() -> dict[str, object]:
    article = load_article(ARTICLE)
    dates = tuple(date_fact(article, *fact) for fact in (MOUVEMENT, DRAME, PLAN))
    facts = ArticleFacts(
        path=ARTICLE.name, title=article.title, published="2019-03-07", dates=dates
    )
    ctx = context_for(article, facts)
    found = {d.text: event_of(ctx, locate(ctx, d)) for d in dates}
    found["statements"] = date_statements(ctx, ["true", "false", "not_given"])
    return found


def test_a_participle_used_intransitively_takes_avoir_not_the_passive(events) -> None:
    assert events["le 18 février"].clause == "Le mouvement a commencé"
    assert events["le 18 février"].question == "Quand le mouvement a-t-il commencé ?"


def test_an_etre_participle_takes_etre_and_stops_at_the_colon(events) -> None:
    assert events["le 12 février"].clause == "Le drame est survenu"
    assert events["le 12 février"].question == "Quand le drame est-il survenu ?"


def test_a_date_in_a_que_clause_dates_that_clause(events) -> None:
    event = events["en juin 2018"]
    assert event.clause == "Un plan de 150 millions d'euros pour les urgences a été annoncé"
    assert event.question == (
        "Quand le plan de 150 millions d'euros pour les urgences a-t-il été annoncé ?"
    )


def test_statements_never_glue_a_colon_clause_or_a_wrong_auxiliary(events) -> None:
    statements = [s["statement"] for s in events["statements"]]
    assert statements
    for statement in statements:
        assert ":" not in statement and "a été survenu" not in statement, statement
        assert "a été commencé" not in statement and "rappelé" not in statement, statement


def test_a_que_clause_tells_a_completive_from_a_relative() -> None:
    def clause(sentence: str) -> tuple[str, bool] | None:
        start = sentence.index("juin")
        fact = DateFact("juin 2018", "2018-06", sentence, 0, 0)
        return que_clause(DatedSentence(fact, sentence, start, start + 9, start - 3, "en"))

    assert clause(PLAN[0]) == (
        "un plan de 150 millions d'euros pour les urgences avait été annoncé",
        True,
    )
    relative = "Le plan que le gouvernement a annoncé en juin 2018 a échoué."
    assert clause(relative)[1] is False  # a relative clause: no event rather than a wrong one
    assert clause("Le plan n'a été annoncé qu'en juin 2018.") is None
