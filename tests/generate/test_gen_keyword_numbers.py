"""An open answer's keyword accepts its other number as French writes it: "travaux" is
accepted as "travail", not as "traval" (found on three review lessons by the scoring review)."""

from __future__ import annotations

import pytest

from tutor.generate.keywords import other_number


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("travaux", "travail"),
        ("travail", "travaux"),
        ("vitraux", "vitrail"),
        ("Travaux", "Travail"),
        ("hôpitaux", "hôpital"),
        ("journal", "journaux"),
        ("détail", "détails"),
        ("bateau", "bateaux"),
    ],
)
def test_the_other_number_is_a_french_word(word: str, other: str) -> None:
    assert other_number(word) == other
