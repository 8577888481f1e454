"""A plural role before « de » and a name is the name's: « les joueurs de Frédéric Lamarque »
are the players of the Bergerac coach, who was made « joueur » (the football lesson then said
« Hugo Ferrand est un joueur. » was false, with the coach's role as the wrong one). A list of
names led by a plural role keeps it, with a particle inside a name (« de Villepin »)."""

from __future__ import annotations

import pytest
from gold import roles_of_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Le scénario avait pourtant mal commencé pour les joueurs de Frédéric Lamarque. « On "
            "a manqué de tout », a expliqué Frédéric Lamarque.",
            "Frédéric Lamarque",
        ),
        (
            "Les joueuses de Corinne Diacre ont perdu samedi. « On a manqué de rythme », a "
            "regretté Corinne Diacre.",
            "Corinne Diacre",
        ),
    ],
)
def test_the_owner_of_plural_players_is_not_one(body: str, name: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") not in ("joueur", "joueuse")


def test_a_list_led_by_a_plural_role_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Les ministres Dominique de Villepin et Michèle Alliot-Marie ont défendu la réforme "
        "mardi à Paris."
    )
    roles = roles_of_text(body, nlp)
    assert roles.get("Michèle Alliot-Marie") == "ministre", roles
