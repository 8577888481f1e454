"""A keyword the same in both numbers gets no made-up other form. The refugee lesson of
term_corpus batch_ab (session 21 audit) expected "afflux" in the summary and accepted "afflu",
a word French does not have; "prix", "choix", "taux" would likewise have taken "pri", "choi",
"tau". A learner's misspelling was counted as the keyword."""

from __future__ import annotations

import pytest

from tutor.generate.keywords import keyword


@pytest.mark.parametrize("word", ["afflux", "flux", "prix", "choix", "voix", "taux", "faux"])
def test_a_word_in_x_the_same_in_both_numbers(word: str) -> None:
    assert keyword(word) == {"word": word}


@pytest.mark.parametrize(
    ("word", "other"),
    [("journaux", "journal"), ("jeux", "jeu"), ("bateaux", "bateau"), ("genoux", "genou")],
)
def test_a_plural_in_x_still_accepts_its_singular(word: str, other: str) -> None:
    assert keyword(word) == {"word": word, "accept": [other]}
