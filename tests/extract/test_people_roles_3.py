"""Roles the press gives in ways the rules still missed after the second blind corpus: invented
news sentences, the real model.

Each case stands for one general cause met in the third blind corpus of whole articles
(tests/extract/data/people_articles_3/), never for a sentence of it.
"""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _roles(body: str, nlp) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {p.name: p.role for p in facts_of_text(body, nlp).people}


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # an article and a title ("le Dr", "la Pr") between the role set off before and the name
        (
            "Le chef du service de cardiologie, le Dr Paul Mercier, a fermé huit lits.",
            "Paul Mercier",
            "chef du service de cardiologie",
        ),
        (
            "La doyenne de la faculté, la Pr Anne Leduc, a reçu les étudiants.",
            "Anne Leduc",
            "doyenne de la faculté",
        ),
        # who appointed the person is not part of the role
        (
            "L'administrateur nommé par le tribunal, Me Hugo Brassard, cherche un repreneur.",
            "Hugo Brassard",
            "administrateur",
        ),
        # trades and relations the list of role nouns missed
        (
            "Le stock du négociant lyonnais Marc Tessier a été saisi.",
            "Marc Tessier",
            "négociant lyonnais",
        ),
        (
            "Lina Robert, soigneuse au refuge de la Garenne, a recueilli le renard.",
            "Lina Robert",
            "soigneuse au refuge de la Garenne",
        ),
        (
            "Paul Roussel, parrain de la promotion, a remis les diplômes.",
            "Paul Roussel",
            "parrain de la promotion",
        ),
        # "auprès de" inside a role, which the tagger reads as an adverb
        (
            "Le géologue Marc Bonnet, expert auprès du tribunal de Lyon, a rendu son rapport.",
            "Marc Bonnet",
            "expert auprès du tribunal de Lyon",
        ),
        # "élu" with its adjective is a role of its own, not the office someone was elected to
        (
            "Léa Simon, élue municipale à Rennes, a voté contre le projet.",
            "Léa Simon",
            "élue municipale à Rennes",
        ),
        ("Paul Durand, élu maire en 2020, a voté pour.", "Paul Durand", "maire"),
    ],
)
def test_role_of_the_person(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _roles(body, nlp).get(name, "absent") == role
