"""A dated question keeps its whole subject, agrees with it, and keeps the verb of its clauses.

The sentences were written for these tests: two people joined by "et", each with an apposition,
two bodies joined by "et", a "que" clause whose verb comes late, a second verb after the date,
a reflexive verb after "dès", a verbless phrase after ", et". The facts are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import dated_context

from tutor.generate.context import Context
from tutor.generate.dated import dated_sentences
from tutor.generate.dates import date_items
from tutor.generate.events import event_of

PAIR = (
    "Le maire de Dole, Paul Martin, et son adjointe aux finances, Claire Roux, ont présenté "
    "mardi le budget de la ville.",
    "mardi",
    "2025-04-08",
)
BODIES = (
    "La mairie et la préfecture ont signé lundi la convention du chantier.",
    "lundi",
    "2025-04-07",
)
RULE = (
    "Le département exige depuis 2020 que la moitié des repas servis dans les cantines des "
    "collèges publics soit préparée sur place.",
    "depuis 2020",
    "2020",
)
ROAD = (
    "La route restera fermée au moins jusqu'au 30 juin et pourra rouvrir plus tard si le "
    "chantier avance.",
    "30 juin",
    "2025-06-30",
)
PARENTS = (
    "Dès lundi, plusieurs dizaines de parents se sont réunis devant l'école.",
    "lundi",
    "2025-04-07",
)
RAFFLE = (
    "Le comité organise une vente de gâteaux samedi, et une tombola géante le 3 mai.",
    "3 mai",
    "2025-05-03",
)
DATED = (PAIR, BODIES, RULE, ROAD, PARENTS, RAFFLE)


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    return dated_context(Path(tmp_path_factory.mktemp("subjects")), DATED)


def _question(ctx: Context, fact: tuple[str, str, str]) -> str | None:
    dated = next(d for d in dated_sentences(ctx) if d.sentence == fact[0])
    return event_of(ctx, dated).question


def test_a_subject_cut_at_its_et_gives_no_question(ctx) -> None:
    # not "Quand est-ce que Claire Roux ont présenté le budget de la ville ?"
    question = _question(ctx, PAIR)
    assert question is None or "Paul Martin" in question
    texts = [str(i.get("prompt")) for i in date_items(ctx) if i["type"] == "date"]
    assert not [t for t in texts if t.startswith(("Quand est-ce que Claire", "Quand Claire"))]


def test_two_subjects_are_not_one_pronoun(ctx) -> None:
    assert _question(ctx, BODIES) == (
        "Quand est-ce que la mairie et la préfecture ont signé la convention du chantier ?"
    )


def test_a_que_clause_is_not_cut_before_its_verb(ctx) -> None:
    # not "… exige que la moitié des repas servis ?"
    question = _question(ctx, RULE)
    assert question is None or question.endswith("soit préparée sur place ?"), question


def test_a_second_verb_after_the_date_and_the_date_s_bound_go(ctx) -> None:
    # not "… restera fermée au moins et pourra rouvrir plus tard … ?"
    question = _question(ctx, ROAD)
    assert question is not None and question.startswith("Jusqu'à quand")
    assert "au moins" not in question and "pourra" not in question, question


def test_a_reflexive_verb_in_the_perfect_is_one_act(ctx) -> None:
    # "se sont réunis dès lundi": they met on Monday, not "Depuis quand …"
    question = _question(ctx, PARENTS)
    assert question is not None and question.startswith("Quand "), question


def test_a_phrase_sharing_the_verb_of_the_clause_before_gives_no_question(ctx) -> None:
    # not "Quand est-ce qu'une tombola géante ?"
    assert _question(ctx, RAFFLE) is None
