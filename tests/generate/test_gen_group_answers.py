"""The words of a group that speaks as "nous" are told of the group in "Que dit X ?"'s model
answer ("Selon les grévistes, « Nous ne signerons pas … »" -> "Les grévistes ne signeront pas
…"); a person who says "nous" keeps the quotation (who would "ils" be?), and so does any form
whose third person is unsure. No lesson of the corpus has a group for a speaker of "nous" (0 of
39): the sentences were written for these tests; the spaCy model is real."""

from __future__ import annotations

import pytest

from tutor import nlp
from tutor.generate.reported_answers import reported_answer

pytestmark = pytest.mark.slow


def _told(words: str, who: str = "les grévistes") -> str | None:
    return reported_answer(words, nlp.analyse(words, nlp.load()), who, None, frozenset())


@pytest.mark.parametrize(
    ("words", "told"),
    [
        (
            "Nous ne signerons pas un accord qui fait payer la crise aux travailleurs.",
            "Les grévistes ne signeront pas un accord qui fait payer la crise aux travailleurs.",
        ),
        (
            "Nous avons perdu près d'un tiers de notre chiffre d'affaires.",
            "Les grévistes ont perdu près d'un tiers de leur chiffre d'affaires.",
        ),
        ("Nous nous battons pour nos emplois.", "Les grévistes se battent pour leurs emplois."),
        (
            "Nous demandons une hausse des salaires.",
            "Les grévistes demandent une hausse des salaires.",
        ),
        ("Nous commençons demain.", "Les grévistes commencent demain."),
        ("Nous étions trois cents.", "Les grévistes étaient trois cents."),
        ("Nous voudrions être entendus.", "Les grévistes voudraient être entendus."),
        ("Nous ouvrons les portes à midi.", "Les grévistes ouvrent les portes à midi."),
        ("Nous prendrons le train.", "Les grévistes prendront le train."),
    ],
)
def test_the_words_of_a_group_are_told_of_the_group(words: str, told: str) -> None:
    assert _told(words) == told


@pytest.mark.parametrize(
    ("words", "who"),
    [
        # one person who says "nous": the union? the family? the quotation stays
        ("Nous ne signerons pas un accord.", "Jonas De Wever-Claes"),
        # "nous" an object, or after "que", or not first
        ("On nous demande encore des sacrifices.", "les grévistes"),
        ("Le gouvernement sait que nous sommes prêts.", "les grévistes"),
        # a stem that changes before a silent ending: "espèrent", "appellent"
        ("Nous espérons une réponse rapide.", "les grévistes"),
        ("Nous appelons les élus.", "les grévistes"),
        # "je" among "nous"
        ("Nous pensons que je dois partir.", "les grévistes"),
    ],
)
def test_nous_stays_quoted_where_its_third_person_is_unsure(words: str, who: str) -> None:
    assert _told(words, who) is None
