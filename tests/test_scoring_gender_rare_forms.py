"""A gap filled with the other gender of its word where that form is too rare for the word list
("livreuses" for « livreurs », "sermonnés" for « sermonnées »): a slip of gender, as the
common ones are, not a wrong word nor a typo. A final "e" left off a word that is then no word
("involontair") stays a typo. Found by the session-22 learner-feedback audit
(speaker_articles_3: rencontre-nadia-benali, basket-vannes-arras)."""

from __future__ import annotations

import pytest
from scoring_items import gap

from tutor.model import Cloze, PartOfSpeech
from tutor.scoring import Outcome, Reason, grade


@pytest.mark.parametrize(
    ("item", "typed"),
    [
        (
            gap("Ses personnages sont des apprentis, des ___, des clientes fidèles.", "livreurs"),
            "livreuses",
        ),
        (
            gap(
                "Menées de quatorze points à la pause, les Vannetaises ont été ___ dans le "
                "vestiaire.",
                "sermonnées",
                PartOfSpeech.ADJECTIVE,
            ),
            "sermonnés",
        ),
    ],
)
def test_a_rare_form_of_the_other_gender_is_a_slip_of_gender(item: Cloze, typed: str) -> None:
    """ "livreuses" was « Non. » 0/1, "sermonnés" « une petite faute de frappe »."""
    verdict = grade(item, typed)
    assert verdict.outcome is Outcome.ALMOST, verdict.explanation
    assert Reason.GENDER in verdict.reason
    assert "masculin et au féminin" in verdict.explanation


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("involontaire", "involontair"),
        ("pluviométrie", "pluviométri"),
        ("autobiographique", "autobiographiqu"),
    ],
)
def test_a_final_e_left_off_into_no_word_stays_a_typo(answer: str, typed: str) -> None:
    """ "pluviométri" was read as a masculine for a moment (an ending in "i" like "ami")."""
    verdict = grade(gap("… la ___ …", answer), typed)
    assert Reason.GENDER not in verdict.reason
    assert Reason.TYPO in verdict.reason
