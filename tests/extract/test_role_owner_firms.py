"""Whose a firm's office is: "sa présidente-directrice générale, X" is the firm's named before, as
"son directeur régional, X" is Enedis's (the office split at its hyphen by the tokenizer was
never found, so it had no owner); a firm named after the word for its kind ("L'éditeur Kerlia a
publié ...") owns the possessive of the next sentence; "Chez Kerlia, la présidente-directrice
générale, X" names whose the office is. A role with an article and no "chez" stays as the article
gives it ("Le directeur financier, X": the people corpora's convention). Invented news sentences,
with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "L'éditeur Kerlia a publié jeudi ses résultats annuels. « Nos ventes ont doublé », "
            "s'est félicitée sa présidente-directrice générale, Anne-Sophie Le Bihan.",
            "Anne-Sophie Le Bihan",
            "présidente-directrice générale de Kerlia",
        ),
        (
            "La mairie de Vierzon a voté le budget mardi. Son directeur-adjoint, Paul Roux, a "
            "dit que les comptes étaient justes.",
            "Paul Roux",
            "directeur-adjoint de la mairie de Vierzon",
        ),
        (
            "L'éditeur nantais de logiciels Kerlia a publié jeudi ses résultats. Son directeur "
            "financier, Marc Olivetti, a expliqué que la société voulait protéger ses marges.",
            "Marc Olivetti",
            "directeur financier de Kerlia",
        ),
        (
            "Chez Kerlia, la présidente-directrice générale, Anne-Sophie Le Bihan, a annoncé que "
            "l'entreprise gelait ses embauches.",
            "Anne-Sophie Le Bihan",
            "présidente-directrice générale de Kerlia",
        ),
        (
            "Chez Renault, le porte-parole, Paul Roux, a dit que les ventes progressaient.",
            "Paul Roux",
            "porte-parole de Renault",
        ),
        (
            "Chez Oddo BHF, l'analyste Julien Carré estime que Kerlia a prouvé sa valeur.",
            "Julien Carré",
            "analyste chez Oddo BHF",
        ),
    ],
)
def test_a_firm_s_office_names_the_firm(body: str, name: str, role: str, nlp) -> None:  # type: ignore[no-untyped-def]
    roles = {p.name: p.role for p in facts_of_text(body, nlp).people}
    assert roles[name] == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "Le groupe Kerlia a racheté la société Taxwerk. Le directeur financier, Thomas "
            "Girard, a tenté de rassurer les équipes mercredi.",
            "Thomas Girard",
            "directeur financier",
        ),
        (
            "Chez les Martin, le père, Jean Martin, a dit qu'il était fier de sa fille.",
            "Jean Martin",
            "père",
        ),
        (
            "Chez Kerlia, le directeur de l'usine, Paul Roux, a dit que tout allait bien.",
            "Paul Roux",
            "directeur de l'usine",
        ),
    ],
)
def test_a_role_with_an_article_and_no_host_stays_as_written(
    body: str, name: str, role: str, nlp
) -> None:  # type: ignore[no-untyped-def]
    roles = {p.name: p.role for p in facts_of_text(body, nlp).people}
    assert roles[name] == role
