"""Speakers as a reader names them, on faults left by blind checks of `tutor extract`: a paper
cited through its journalists ("selon nos confrères du Parisien") is the paper, "Le Parisien";
a side named by a seat of power ("Côté Élysée, on ...") keeps the article the press gives it
("l'Élysée"); a role set before a titled name ("Le médecin du club, le Dr X, estime") is
X; a radio that interviewed the speaker ("interrogé par France Inter") is not the speaker.
Invented news sentences, with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _speakers(body: str, nlp) -> list[str]:  # type: ignore[no-untyped-def]
    return [q.speaker for q in facts_of_text(body, nlp).quotes]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Selon nos confrères du Parisien, le ministre envisage de démissionner avant l'été.",
            "Le Parisien",
        ),
        ("D'après nos confrères de Libération, le texte sera retiré en juin.", "Libération"),
        ("Selon notre confrère de l'Équipe, le joueur quittera le club cet été.", "L'Équipe"),
    ],
)
def test_a_paper_cited_through_its_journalists_is_the_paper(body: str, speaker: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(body, nlp) == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Côté Élysée, on assure que rien n'est encore décidé.", "l'Élysée"),
        ("Côté Matignon, on assure que le texte passera sans difficulté.", "Matignon"),
        (
            "Le ministre a été reçu au Kremlin jeudi. Côté Kremlin, on assure que la rencontre "
            "s'est bien passée.",
            "le Kremlin",
        ),
        ("Côté direction, on assure que les emplois seront maintenus.", "la direction"),
    ],
)
def test_a_side_named_by_its_seat_keeps_its_article(body: str, speaker: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(body, nlp) == [speaker]


def test_a_role_then_a_titled_name_is_the_named_person(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le capitaine Romain Vidalenc passera une IRM lundi. Le médecin du club, le Dr Anne "
        "Castanié, estime qu'il sera absent « au moins trois semaines »."
    )
    assert _speakers(body, nlp) == ["Anne Castanié"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Des nuits trop chaudes affaiblissent les colonies d'abeilles, selon une étude "
            "publiée jeudi dans la revue Nature.",
            "une étude",
        ),
        (
            "Selon l'enquête de la brigade financière, le préjudice total atteint 3,8 millions "
            "d'euros.",
            "l'enquête de la brigade financière",
        ),
        (
            "Selon le rapport de la Cour des comptes, la dette a doublé en dix ans.",
            "le rapport de la Cour des comptes",
        ),
    ],
)
def test_a_document_or_an_inquiry_is_a_source_as_the_article_names_it(
    body: str, speaker: str, nlp
) -> None:  # type: ignore[no-untyped-def]
    """tests/data/gold/README.md: "Groups, institutions and documents are written as the
    article names them ("le rapport final du BEA")"; an inquiry's findings are cited as a
    report's are. Whether such a source may be offered among people is generation's call."""
    assert _speakers(body, nlp) == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker", "said"),
    [
        (
            "Pour l'avocat des parties civiles, Me Alain Queffélec, la décision est « une "
            "première étape ».",
            "Alain Queffélec",
            "la décision est « une première étape »",
        ),
        (
            "Pour sa présidente, Mme Anne Roy, la réforme est une erreur historique.",
            "Anne Roy",
            "la réforme est une erreur historique",
        ),
    ],
)
def test_a_titled_name_apposed_to_the_source_speaks(
    body: str, speaker: str, said: str, nlp
) -> None:  # type: ignore[no-untyped-def]
    quotes = facts_of_text(body, nlp).quotes
    assert [(q.speaker, q.text) for q in quotes] == [(speaker, said)]


def test_who_interviewed_the_speaker_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Selon le climatologue Jean Jouzel, interrogé par France Inter, les tempêtes ne sont "
        "pas plus nombreuses, mais « la montée du niveau de la mer rend chaque tempête plus "
        "dangereuse pour les côtes »."
    )
    assert set(_speakers(body, nlp)) == {"Jean Jouzel"}
