"""Vrai / faux on who people are, for lessons whose quotations the speaker items all ask."""

from __future__ import annotations

from pathlib import Path

from gold_facts import invented_context

from tutor.facts import Person
from tutor.generate.role_statements import role_statements

BODY = (
    "La présidente du tribunal, Françoise Lagarde, a ouvert l'audience à 9 heures. "
    "Le procureur de la République, Marc Duval, a requis deux ans de prison. "
    "La directrice de Garantia, Hélène Marchetti, deviendra vice-présidente du conseil. "
    "Le psychiatre allemand Alois Alzheimer avait décrit la maladie en 1906."
)
PEOPLE = (
    Person("Françoise Lagarde", role="présidente du tribunal"),
    Person("Marc Duval", role="procureur de la République"),
    Person("Hélène Marchetti", role="vice-présidente du conseil"),
    Person("Alois Alzheimer", role="psychiatre allemand"),
)


def test_a_true_statement_gives_the_role_the_article_sets_by_the_name(tmp_path: Path) -> None:
    ctx = invented_context(tmp_path, BODY, "2024-03-04", people=PEOPLE)
    (item,) = role_statements(ctx, ["true"])
    assert item["statement"] == "Françoise Lagarde est la présidente du tribunal."
    assert item["answer"] is True and "Françoise Lagarde" in item["evidence"]


def test_a_false_statement_gives_another_persons_role_of_the_same_gender(
    tmp_path: Path,
) -> None:
    ctx = invented_context(tmp_path, BODY, "2024-03-04", people=PEOPLE)
    (item,) = role_statements(ctx, ["false"])
    # never "le procureur de la République" for a woman: false at a glance
    assert item["statement"] == "Françoise Lagarde est la vice-présidente du conseil."
    assert item["feedback"] == (
        "Faux : d'après l'article, Françoise Lagarde est la présidente du tribunal, pas la "
        "vice-présidente du conseil."
    )


def test_a_role_the_sentence_gives_with_a_verb_between_is_not_told(tmp_path: Path) -> None:
    """ "Hélène Marchetti, deviendra vice-présidente du conseil": what she will be."""
    ctx = invented_context(tmp_path, BODY, "2024-03-04", people=PEOPLE)
    ctx.asked_roles.update({"françoise lagarde", "marc duval", "alois alzheimer"})
    assert role_statements(ctx, ["true", "false"]) == []


def test_nobody_a_qui_est_asks_about_is_told(tmp_path: Path) -> None:
    ctx = invented_context(tmp_path, BODY, "2024-03-04", people=PEOPLE)
    ctx.asked_roles.update({"françoise lagarde", "marc duval"})
    statements = [i["statement"] for i in role_statements(ctx, ["true"])]
    # "le psychiatre allemand Alois Alzheimer": one psychiatrist among others, after "est"
    assert statements == ["Alois Alzheimer est un psychiatre allemand."]
