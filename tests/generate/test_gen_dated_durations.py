"""A duration is asked about only for a noun that lasts it, in the tense it lasts in.

Every sentence was written for these tests: a duration after a verb ("disposent de"), a
penalty asked for, a term agreed on, a person's age. The facts are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import dated_context

from tutor.generate.context import Context
from tutor.generate.dated import dated_sentences
from tutor.generate.events import event_of

TENANTS = (
    "Après la décision, les locataires disposent de quinze jours pour contester le loyer.",
    "quinze jours",
    "P15D",
)
PENALTY = (
    "Le procureur a requis trois ans d'emprisonnement avec sursis contre le maire.",
    "trois ans",
    "P3Y",
)
LEASE = ("La commune a signé mardi un bail de neuf ans avec le club.", "neuf ans", "P9Y")
AGE = ("Le blessé, un Nantais de 52 ans, a été transporté à l'hôpital.", "52 ans", "P52Y")
WALKER = ("Un homme de 40 ans a disparu en montagne.", "40 ans", "P40Y")
DATED = (TENANTS, PENALTY, LEASE, AGE, WALKER)


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    return dated_context(Path(tmp_path_factory.mktemp("durations")), DATED)


def _question(ctx: Context, fact: tuple[str, str, str]) -> str | None:
    dated = next(d for d in dated_sentences(ctx) if d.sentence == fact[0])
    return event_of(ctx, dated).question


def test_a_duration_after_a_verb_measures_no_noun(ctx) -> None:
    # not "Combien de temps durent les locataires disposent ?"
    assert _question(ctx, TENANTS) is None


def test_a_penalty_asked_for_has_lasted_nothing(ctx) -> None:
    # "a requis trois ans d'emprisonnement": not "Combien de temps a duré l'emprisonnement ?"
    assert _question(ctx, PENALTY) is None


def test_a_term_agreed_on_lasts_from_now(ctx) -> None:
    # "a signé un bail de neuf ans": the lease lasts nine years, it has not lasted them yet
    assert _question(ctx, LEASE) == "Combien de temps dure le bail ?"


def test_an_age_is_not_a_duration(ctx) -> None:
    # not "Combien de temps dure le Nantais ?"
    assert _question(ctx, AGE) is None
    assert _question(ctx, WALKER) is None
