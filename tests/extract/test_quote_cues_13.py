"""Where a reported statement ends, on faults of the sixth blind review of generated lessons:
at the stop after its closing mark ("... que ses élèves « osent lever la main ». « Mais ... »,
raconte-t-elle": two quotations, not one statement running over the next quotation).
Invented news sentences, with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _quotes(body: str, nlp) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(q.speaker, q.kind, q.text) for q in facts_of_text(body, nlp).quotes]


def test_a_stop_after_a_closing_mark_ends_the_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Dans les collèges qui ont testé le système, les avis sont plus nuancés. Professeure "
        "de mathématiques depuis vingt-cinq ans à Roubaix, Sylvie Lemaire, 52 ans, reconnaît "
        "que ses élèves « osent davantage lever la main ». « Mais au bout de trois mois, ils "
        'demandent encore : "Madame, ça fait combien sur 20 ?" », raconte-t-elle en souriant.'
    )
    assert _quotes(body, nlp) == [
        ("Sylvie Lemaire", "indirect", "ses élèves « osent davantage lever la main »"),
        (
            "Sylvie Lemaire",
            "direct",
            'Mais au bout de trois mois, ils demandent encore : "Madame, ça fait combien sur 20 ?"',
        ),
    ]


def test_a_colon_after_the_quoted_words_ends_the_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "La cour d'appel a confirmé la condamnation de Bernard Vial. Les juges ont estimé qu'il "
        "« connaissait l'état de la cuve » : un rapport interne avait signalé une fissure dès "
        "mars 2020, mais aucune réparation n'avait été faite."
    )
    assert _quotes(body, nlp) == [
        ("les juges", "indirect", "il « connaissait l'état de la cuve »"),
    ]


def test_a_colon_after_words_reported_in_the_present_goes_on(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le maire, Jean-Pierre Mazeau, assure que la mairie n'a « rien décidé à la place des "
        "habitants » : la commune s'est contentée de prêter du matériel."
    )
    assert [q.text for q in facts_of_text(body, nlp).quotes] == [
        "la mairie n'a « rien décidé à la place des habitants » : la commune s'est contentée "
        "de prêter du matériel"
    ]


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        (
            "« C'est une décision historique », s'est réjouie l'avocate, Me Camille Arnoult.",
            "s'est réjouie",
        ),
        (
            "« Nos ventes ont doublé », s'est félicitée la présidente, Anne-Sophie Le Bihan.",
            "s'est félicitée",
        ),
    ],
)
def test_a_reflexive_incise_keeps_its_pronoun(body: str, cue: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert [q.cue for q in facts_of_text(body, nlp).quotes] == [cue]
