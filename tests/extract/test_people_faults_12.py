"""Whose a possessive role is, on a fault of the fifth blind review of generated lessons: "a
précisé son directeur régional, X" after a sentence on what "selon Enedis" reports is Enedis's
director; a body the sentences before speak of by its bare name owns the role, and with no body
there the role stays without an owner rather than take a wrong one. Invented news sentences,
with the real model."""

from __future__ import annotations

import pytest
from gold import roles_of_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "Jeudi matin, 87 000 foyers étaient privés d'électricité, selon Enedis, qui a "
            "mobilisé 900 techniciens. Le gestionnaire du réseau espère rétablir le courant "
            "d'ici samedi. « Les dégâts sont très importants dans le centre du Finistère », a "
            "précisé son directeur régional, Yann Le Goff.",
            "Yann Le Goff",
            "directeur régional d'Enedis",
        ),
        (
            "Le trafic reprendra lundi, d'après Transdev. « Les bus ont été réparés », a assuré "
            "sa porte-parole, Claire Moreau.",
            "Claire Moreau",
            "porte-parole de Transdev",
        ),
        (
            "Michelin a annoncé la fermeture de son usine de Vitré. « Nous n'avions pas le "
            "choix », a expliqué son directeur général, Marc Dupuis.",
            "Marc Dupuis",
            "directeur général de Michelin",
        ),
    ],
)
def test_a_body_the_sentence_before_speaks_of_owns_the_role(
    body: str, name: str, role: str, nlp
) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp)[name] == role


def test_with_no_body_before_the_role_has_no_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "La tempête a balayé la Bretagne dans la nuit. « Les dégâts sont très importants dans "
        "le centre du Finistère », a précisé son directeur régional, Yann Le Goff."
    )
    assert roles_of_text(body, nlp)["Yann Le Goff"] == "directeur régional"


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Le maire a été entendu par les gendarmes, selon Le Monde. « Il n'a rien à cacher », "
            "a dit son avocat, Paul Roux.",
            "avocat",
        ),
        (
            "Le groupe va fermer son usine de Vitré, selon Le Parisien. « Nous n'avions pas le "
            "choix », a dit son directeur, Paul Roux.",
            "directeur du groupe",
        ),
    ],
)
def test_a_source_cited_about_someone_else_owns_no_role(body: str, role: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp)["Paul Roux"] == role
