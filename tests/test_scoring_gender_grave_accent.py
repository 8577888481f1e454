"""A gap filled with the other gender of a word whose feminine alone takes « è » ("romancier"
for « romancière »): a slip of gender, as "signé" for « signée » is, not « un autre mot ».
Found by the session-22 learner-feedback audit (speaker_articles_3/rencontre-nadia-benali)."""

from __future__ import annotations

import pytest
from scoring_items import gap

from tutor.scoring import Outcome, Reason, grade


@pytest.mark.parametrize(
    ("text", "answer", "typed"),
    [
        ("La ___ ne voit aucune contradiction entre ses deux métiers.", "romancière", "romancier"),
        ("Pendant vingt ans, elle a été ___ à Clermont-Ferrand.", "boulangère", "boulanger"),
        ("C'est la ___ fois que le marché ouvre si tôt.", "première", "premier"),
    ],
)
def test_the_masculine_of_an_e_grave_feminine_is_a_slip_of_gender(
    text: str, answer: str, typed: str
) -> None:
    """ "romancier" was « Non : « romancier » est un autre mot. », 0 point: the word was
    looked up as "romancièr" (the feminine's accent on the masculine), which French has not."""
    verdict = grade(gap(text, answer), typed)
    assert verdict.outcome is Outcome.ALMOST, verdict.explanation
    assert Reason.GENDER in verdict.reason
    assert "masculin et au féminin" in verdict.explanation
    assert Reason.ACCENT not in verdict.reason, verdict.explanation


def test_a_missing_final_e_that_makes_no_word_stays_a_typo() -> None:
    verdict = grade(gap("… un homicide ___ …", "involontaire"), "involontair")
    assert Reason.GENDER not in verdict.reason
