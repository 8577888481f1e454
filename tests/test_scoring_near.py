"""Near misses on numbers and dates: the learner is told what nearly matched, never given points."""

from __future__ import annotations

from pathlib import Path

import pytest
from frozen_lessons import frozen_item
from hypothesis import given
from hypothesis import strategies as st

from tutor.attempt import make_attempt
from tutor.model import AnswerPolicy, Cloze, DateQuestion, Item, Skill
from tutor.scoring import Outcome, Reason, grade

ROOT = Path(__file__).resolve().parent.parent
NBSP = "\u00a0"


def shipped(slug: str, item_id: str) -> Item:
    return frozen_item(slug, item_id)


def date_item(answer: str, value: str) -> DateQuestion:
    return DateQuestion(
        id="d", skill=Skill.DATES, prompt="Quand ?", evidence="…", answer=answer, value=value
    )


def cloze(answer: str, **kwargs: object) -> Cloze:
    fields: dict[str, object] = {
        "id": "c",
        "skill": Skill.COMPREHENSION,
        "prompt": "Complétez.",
        "evidence": "…",
        "text": "___",
        "answer": answer,
    }
    fields.update(kwargs)
    return Cloze(**fields)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def aulnay() -> Item:
    """« Pour quand est prévue la fermeture de l'usine d'Aulnay-sous-Bois ? » d'ici à 2014."""
    return shipped("psa-suppressions-emplois", "date-2014")


# --- a year: digits swapped or one digit off ----------------------------------------------------


@pytest.mark.parametrize("typed", ["2041", "en 2041", "d'ici à 2041", "2104"])
def test_a_year_with_two_digits_swapped_is_wrong_with_a_hint(aulnay: Item, typed: str) -> None:
    verdict = grade(aulnay, typed)
    assert verdict.outcome is Outcome.INCORRECT and verdict.points == 0
    assert verdict.explanation == (
        f"Presque{NBSP}: vérifiez l'ordre des chiffres de l'année. "
        f"La bonne réponse est «{NBSP}d'ici à 2014{NBSP}»."
    )
    assert Reason.DIGITS_SWAPPED in verdict.reason


@pytest.mark.parametrize("typed", ["2013", "2024", "en 2015"])
def test_a_year_one_digit_off_says_which_year(aulnay: Item, typed: str) -> None:
    verdict = grade(aulnay, typed)
    assert verdict.outcome is Outcome.INCORRECT and verdict.points == 0
    wrong = typed.split()[-1]
    assert verdict.explanation.startswith(f"Presque{NBSP}: l'année est 2014, pas {wrong}.")
    assert Reason.DIGIT_OFF in verdict.reason


@pytest.mark.parametrize("typed", ["1914", "2020", "2401", "d'ici à 2015 ou 2016"])
def test_another_year_is_plainly_wrong(aulnay: Item, typed: str) -> None:
    verdict = grade(aulnay, typed)
    assert verdict.outcome is Outcome.INCORRECT
    assert "Presque" not in verdict.explanation
    assert verdict.reason == (Reason.WRONG,)


def test_a_year_in_words_is_right_and_a_wrong_one_is_no_digit_slip(aulnay: Item) -> None:
    assert grade(aulnay, "deux mille quatorze").outcome is Outcome.CORRECT
    verdict = grade(aulnay, "deux mille quarante et un")  # 2041, but no digit was typed
    assert verdict.outcome is Outcome.INCORRECT
    assert "chiffres" not in verdict.explanation


def test_the_hint_is_kept_in_the_recorded_attempt(aulnay: Item) -> None:
    verdict = grade(aulnay, "2041")
    attempt = make_attempt("psa-suppressions-emplois.yaml", "sha256:x", aulnay, verdict, "2041")
    assert attempt.outcome is Outcome.INCORRECT and attempt.points == 0
    assert "digits_swapped" in attempt.to_record()["reason"]


# --- a date: which part is wrong ----------------------------------------------------------------


def test_right_day_and_month_wrong_year() -> None:
    item = date_item("15 mars 2024", "2024-03-15")
    verdict = grade(item, "15 mars 2019")
    assert verdict.outcome is Outcome.INCORRECT and verdict.points == 0
    assert verdict.explanation == (
        "Le jour et le mois sont justes, mais pas l'année. "
        f"La bonne réponse est «{NBSP}15 mars 2024{NBSP}»."
    )
    assert Reason.DATE_PART_WRONG in verdict.reason


def test_right_day_and_month_year_one_digit_off() -> None:
    verdict = grade(date_item("15 mars 2024", "2024-03-15"), "15 mars 2023")
    assert verdict.outcome is Outcome.INCORRECT
    assert verdict.explanation.startswith(
        f"Presque{NBSP}: le jour et le mois sont justes. L'année est 2024, pas 2023."
    )


def test_right_year_wrong_day_or_month() -> None:
    item = date_item("le 1er juin 2009", "2009-06-01")
    assert grade(item, "1er juillet 2009").explanation.startswith(
        "Le jour et l'année sont justes, mais pas le mois."
    )
    assert grade(item, "2 juin 2009").explanation.startswith(
        "Le mois et l'année sont justes, mais pas le jour."
    )
    assert grade(item, "20 mai 2009").explanation.startswith(
        "L'année est juste, mais pas le jour ni le mois."
    )


def test_a_day_with_its_digits_swapped() -> None:
    verdict = grade(date_item("le 12 juin 2009", "2009-06-12"), "21 juin 2009")
    assert verdict.outcome is Outcome.INCORRECT
    assert verdict.explanation.startswith(
        f"Presque{NBSP}: le mois et l'année sont justes. Vérifiez l'ordre des chiffres du jour."
    )


def test_day_and_month_swapped_in_digits_only() -> None:
    item = date_item("le 1er juin 2009", "2009-06-01")
    verdict = grade(item, "06/01/2009")  # the English order
    assert verdict.outcome is Outcome.INCORRECT
    assert "le jour et le mois sont inversés" in verdict.explanation
    assert Reason.DAY_MONTH_SWAPPED in verdict.reason
    written = grade(item, "6 janvier 2009")  # a month in words is not a swap of order
    assert "inversés" not in written.explanation
    assert grade(item, "01/06/2009").outcome is Outcome.CORRECT


def test_nothing_right_in_a_date_stays_a_plain_wrong() -> None:
    verdict = grade(date_item("le 1er juin 2009", "2009-06-01"), "3 mars 1990")
    assert verdict.explanation.startswith("Ce n'est pas la bonne date.")
    assert verdict.reason == (Reason.WRONG,)


def test_a_date_with_a_part_missing_keeps_its_share() -> None:
    verdict = grade(date_item("le 1er juin 2009", "2009-06-01"), "1er juin")
    assert verdict.outcome is Outcome.PARTIAL
    assert "il manque l'année" in verdict.explanation


# --- numbers in typed answers -------------------------------------------------------------------


def test_a_number_one_digit_off_in_a_typed_answer() -> None:
    verdict = grade(cloze("3 600 emplois"), "3 500 emplois")
    assert verdict.outcome is Outcome.INCORRECT and verdict.points == 0
    assert verdict.explanation.startswith(
        f"Presque{NBSP}: le nombre est 3{NBSP}600, pas 3{NBSP}500."
    )


def test_a_number_with_its_digits_swapped_in_a_typed_answer() -> None:
    verdict = grade(cloze("12"), "21")
    assert verdict.outcome is Outcome.INCORRECT
    assert verdict.explanation.startswith(f"Presque{NBSP}: vérifiez l'ordre des chiffres.")


def test_no_number_hint_when_the_words_around_are_wrong() -> None:
    assert grade(cloze("3 600 emplois"), "3 500 postes").reason == (Reason.WRONG,)
    assert grade(cloze("3 000 emplois en 2014"), "300 emplois en 2041").reason == (Reason.WRONG,)


def test_the_hint_does_not_depend_on_the_typo_policy() -> None:
    verdict = grade(cloze("2014", policy=AnswerPolicy(typos=False)), "2041")
    assert verdict.outcome is Outcome.INCORRECT
    assert "l'ordre des chiffres" in verdict.explanation


@pytest.mark.parametrize(
    ("expected", "typed"),
    [("12", "douze"), ("douze", "12"), ("3 000", "trois mille"), ("21", "vingt et un")],
)
def test_numbers_in_words_or_digits_are_right(expected: str, typed: str) -> None:
    assert grade(cloze(expected), typed).outcome is Outcome.CORRECT


@given(st.integers(0, 99_999), st.integers(0, 99_999))
def test_a_near_miss_never_makes_a_wrong_number_right(wanted: int, typed: int) -> None:
    verdict = grade(cloze(str(wanted)), str(typed))
    assert (verdict.outcome is Outcome.CORRECT) == (wanted == typed)
    assert verdict.points == (1.0 if wanted == typed else 0.0)
