"""A "Qui est X ?" asks about someone no "Qui a dit" of the lesson answers, when the article
has such people: "Qui a dit : « … » ? Christian Jacob" then "Qui est Christian Jacob ?" asked
about one person twice while Nadine Morano went unasked (4 of the 8 lessons of content/ at
65ccf53; over the 154 readable lessons 87 "Qui est" of 197, now 30, each without a choice)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import ROOT, generated_lessons, invented_context

from tutor.facts import Person
from tutor.generate.roles import role_items

BODY = (
    "La présidente du tribunal, Françoise Lagarde, a ouvert l'audience à 9 heures. "
    "La procureure de la République, Marion Duval, a requis deux ans de prison. "
    "L'avocate de la défense, Claire Fontaine, a plaidé la relaxe."
)
PEOPLE = (
    Person("Françoise Lagarde", role="présidente du tribunal"),
    Person("Marion Duval", role="procureure de la République"),
    Person("Claire Fontaine", role="avocate de la défense"),
)


def test_people_a_qui_a_dit_answers_come_last(tmp_path: Path) -> None:
    ctx = invented_context(tmp_path, BODY, "2024-03-04", people=PEOPLE)
    asked = [i["prompt"] for i in role_items(ctx, {"claire fontaine", "françoise lagarde"})]
    assert asked[0] == "Qui est Marion Duval ?"


@pytest.mark.slow
def test_no_qui_est_asks_about_a_qui_a_dit_answer_in_the_shipped_lessons() -> None:
    twice = []
    for article, _, lesson in generated_lessons(ROOT / "content", seed=0):
        items = lesson["items"]
        said = {i["answer"] for i in items if str(i["id"]).startswith("qui-a-dit")}
        twice += [
            (article.path.name, i["prompt"])
            for i in items
            if str(i.get("prompt", "")).startswith("Qui est ") and i["prompt"][8:-2] in said
        ]
    assert twice == []
