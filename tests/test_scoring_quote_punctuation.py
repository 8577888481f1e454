"""A quoted answer that ends its own sentence (". ! ? …") takes no second full stop after
the closing guillemet, as French typography wants. Before, 12 of the 16 open questions of the
shipped lessons answered an empty answer with "La bonne réponse est « PSA va supprimer 8 000
emplois. »." and now say "… « PSA va supprimer 8 000 emplois. »"."""

from __future__ import annotations

from pathlib import Path

import pytest
from frozen_lessons import frozen_lesson

from tutor.exercise_io import load_exercise_set
from tutor.model import Choice, OpenQuestion, Skill
from tutor.scoring import grade

ROOT = Path(__file__).resolve().parent.parent
NBSP = "\u00a0"
LESSONS = sorted((ROOT / "exercises").glob("*.yaml"))


def open_questions() -> list[OpenQuestion]:
    found = []
    for path in LESSONS:
        lesson = load_exercise_set(path, ROOT / "content")
        found += [i for i in lesson.items if isinstance(i, OpenQuestion)]
    return found


@pytest.mark.parametrize("item", open_questions(), ids=lambda i: i.id)
def test_no_full_stop_after_a_quoted_sentence(item: OpenQuestion) -> None:
    for answer in ("", "bla bla"):
        explanation = grade(item, answer).explanation
        for mark in ".!?…":
            assert f"{mark}{NBSP}»." not in explanation


def test_a_quote_without_its_own_stop_keeps_the_sentences() -> None:
    item = Choice(
        id="c",
        skill=Skill.COMPREHENSION,
        prompt="Qui ?",
        evidence="En marche !",
        options=("Le candidat d'En marche !", "Le candidat du PS"),
        answer="Le candidat d'En marche !",
    )
    assert grade(item, "Le candidat du PS").explanation == (
        f"Non. La bonne réponse est «{NBSP}Le candidat d'En marche !{NBSP}»"
    )
    item = Choice(
        id="d",
        skill=Skill.COMPREHENSION,
        prompt="Qui ?",
        evidence="PS",
        options=("Le candidat du PS", "Le candidat d'En marche !"),
        answer="Le candidat du PS",
    )
    assert grade(item, "Le candidat d'En marche !").explanation == (
        f"Non. La bonne réponse est «{NBSP}Le candidat du PS{NBSP}»."
    )


@pytest.mark.parametrize("item", open_questions()[:4], ids=lambda i: i.id)
def test_an_open_question_shows_its_model_answer_as_an_example(item: OpenQuestion) -> None:
    """The model answer of an open question is one good answer among others: "Exemple de
    réponse", as the feedback screen says it, not "La bonne réponse est"."""
    for answer in ("", ["not", "text"]):
        explanation = grade(item, answer).explanation  # type: ignore[arg-type]
        assert "La bonne réponse est" not in explanation
        assert f"Exemple de réponse{NBSP}: «{NBSP}" in explanation


def test_the_right_order_ends_on_one_stop() -> None:
    """The events of a chronology end with their own stop: the order shown ended "sauf
    François Fillon.." (transparence lesson), now "… sauf François Fillon."; an ellipsis of
    three dots in a text is kept."""
    lesson = frozen_lesson("transparence-vie-publique")
    item = lesson.item("chronology-l-independent-parliamentary")
    events = [e.text for e in item.events]  # type: ignore[union-attr]
    explanation = grade(item, list(reversed(events))).explanation
    assert explanation.endswith("sauf François Fillon.")
    assert ".." not in explanation
    quoted_dots = Choice(
        id="e",
        skill=Skill.COMPREHENSION,
        prompt="?",
        evidence="x",
        options=("Il hésite... puis signe", "Non"),
        answer="Il hésite... puis signe",
    )
    assert "Il hésite... puis signe" in grade(quoted_dots, "Non").explanation
