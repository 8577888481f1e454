"""« milles nautiques » typed with a slip of number on either word is "almost", as a slip of
agreement is. "milles nautique" (the second word) was already; "mille nautiques" and "200 mille
nautiques" (the first) were "Non.", 0 points: the singular "mille" was read as the number 1000
("200 mille" as 200 000), so the answer no longer looked like the expected one at all. Found on
the review articles voile-skipper-secouru and naufrage-lampedusa."""

from __future__ import annotations

import pytest
from scoring_items import gap

from tutor.model import Keyword, OpenQuestion, Skill
from tutor.normalize import key
from tutor.scoring import Outcome, Reason, grade

SEA = "Le cargo se trouvait à environ 300 ___ du voilier."
NUMBERED = "Le cargo se trouvait à environ ___ du voilier."


@pytest.mark.parametrize(
    ("text", "answer", "typed"),
    [
        (SEA, "milles nautiques", "milles nautique"),
        (SEA, "milles nautiques", "mille nautiques"),
        (SEA, "milles nautiques", "mille nautique"),
        (NUMBERED, "300 milles nautiques", "300 mille nautiques"),
        (NUMBERED, "300 milles nautiques", "trois cents mille nautiques"),
        (NUMBERED, "300 milles nautiques", "300 milles nautique"),
    ],
)
def test_a_slip_of_number_on_nautical_miles_is_almost(text: str, answer: str, typed: str) -> None:
    verdict = grade(gap(text, answer), typed)
    assert (verdict.outcome, verdict.reason) == (Outcome.ALMOST, (Reason.AGREEMENT,))
    assert "singulier et au pluriel" in verdict.explanation


def test_the_distance_in_an_open_answer_is_found_in_the_singular() -> None:
    """ "à 300 mille nautiques" found neither keyword: "300 mille" was 300 000."""
    item = OpenQuestion(
        id="distance",
        skill=Skill.COMPREHENSION,
        prompt="Où se trouvait le cargo ?",
        evidence="Le cargo se trouvait à environ 300 milles nautiques.",
        keywords=(Keyword("300"), Keyword("milles nautiques")),
        min_keywords=2,
        model_answer="Il se trouvait à environ 300 milles nautiques.",
    )
    assert grade(item, "à 300 mille nautiques").outcome is Outcome.CORRECT


@pytest.mark.parametrize(
    ("typed", "number"),
    [("200 mille euros", "200000 €"), ("mille marins", "1000 marins"), ("deux mille", "2000")],
)
def test_a_thousand_of_anything_else_is_still_a_number(typed: str, number: str) -> None:
    assert key(typed) == number


@pytest.mark.parametrize(
    ("text", "answer", "typed", "reason"),
    [
        ("Le cargo se trouvait à environ 300 ___ nautiques.", "milles", "mille", Reason.AGREEMENT),
        ("Il a acheté une voiture ___ l'an dernier.", "neuve", "neuf", Reason.GENDER),
    ],
)
def test_a_number_word_typed_for_a_word_is_a_word(
    text: str, answer: str, typed: str, reason: Reason
) -> None:
    """ "mille" for « milles », "neuf" for « neuve » were "Non.": the typed word was read as
    1000, as 9, where the gap asks for no number."""
    verdict = grade(gap(text, answer), typed)
    assert (verdict.outcome, verdict.reason) == (Outcome.ALMOST, (reason,))


def test_a_number_asked_is_still_read_in_words() -> None:
    assert grade(gap("PSA va supprimer ___ postes.", "8 000"), "huit mille").outcome is (
        Outcome.CORRECT
    )
