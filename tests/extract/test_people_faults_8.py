"""People, roles and speakers that earlier blind reviews got wrong (the review articles of
tests/generate/data/review_articles/ and the third speaker corpus,
tests/extract/data/speaker_articles_3/), each in invented news sentences of the same kind, with
the real model: what `tutor extract` shows as the person list, their roles and who said what."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _people(body: str, nlp) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {p.name: p.role for p in facts_of_text(body, nlp).people}


def _speakers(body: str, nlp) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(q.speaker, q.text) for q in facts_of_text(body, nlp).quotes]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "Sur 400 mètres haies, la Néerlandaise Femke Bol a devancé l'Américaine Sydney "
            "McLaughlin.",
            ["Femke Bol", "Sydney McLaughlin"],
        ),
        (
            "L'Allemande Malaika Mihambo a conservé son titre à la longueur.",
            ["Malaika Mihambo"],
        ),
        (
            "Le Kényan Eliud Kipchoge a abandonné au 30e kilomètre, laissant la victoire au "
            "Néerlandais Mathieu van der Poel.",
            ["Eliud Kipchoge", "Mathieu van der Poel"],
        ),
    ],
)
def test_a_name_after_a_nationality_noun_is_a_person(body: str, names: list[str], nlp) -> None:  # type: ignore[no-untyped-def]
    assert list(_people(body, nlp)) == names
