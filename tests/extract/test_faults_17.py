"""Extraction faults left open by the earlier reviews, fixed in the seventeenth session: a body
named in full with its acronym in brackets, taken for the owner of the wrong role or for no
owner at all; a source ("selon lui") set right before a quotation, after a colon, read as part
of a source opening the sentence. Invented news sentences like the articles', with the real
model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _roles(body: str, nlp) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {p.name: p.role for p in facts_of_text(body, nlp).people}


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "La Confédération générale du travail (CGT), premier syndicat de l'entreprise, et "
            "l'Union nationale des syndicats autonomes (Unsa) ont annoncé qu'ils se réuniraient "
            "lundi. Seule la Confédération française démocratique du travail (CFDT) est restée "
            "jusqu'au bout. « Partir ne sert à rien », a justifié son représentant, Didier "
            "Marchal.",
            "représentant de la CFDT",
        ),
        (
            "La Confédération générale du travail (CGT) a quitté la table. « Nous reviendrons "
            "lundi », a prévenu son secrétaire général, Paul Lenoir.",
            "secrétaire général de la CGT",
        ),
    ],
)
def test_a_body_named_in_full_owns_the_possessive_by_its_acronym(nlp, body: str, role: str) -> None:  # type: ignore[no-untyped-def]
    """The acronym in brackets after the subject's full name is the body's short name; the body
    is the sentence's subject, the owner of "son représentant" after it."""
    roles = _roles(body, nlp)
    assert role in roles.values()


def test_a_source_right_before_a_quotation_is_the_clause_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "« Les cheminots ont perdu du pouvoir d'achat », dénonce Laurent Briand, secrétaire "
        "général de la CGT-Cheminots. Pour Sud-Rail, le compte n'y est pas non plus : le "
        "syndicat demande une prime de 800 euros pour les agents de conduite, ceux qui, selon "
        "lui, « font rouler les trains tous les jours »."
    )
    quotes = facts_of_text(body, nlp).quotes
    assert [(q.speaker, q.cue, q.text) for q in quotes][-1] == (
        "Sud-Rail",
        "selon",
        "font rouler les trains tous les jours",
    )


def test_selon_lui_means_the_subject_of_its_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le maire a présenté le projet hier. La directrice de l'école demande des travaux pour "
        "les classes, qui, selon elle, « ne sont plus chauffées depuis janvier »."
    )
    quotes = facts_of_text(body, nlp).quotes
    assert [(q.speaker, q.cue) for q in quotes] == [("la directrice de l'école", "selon")]


_INRAE = (
    "Hydrologue, directrice de recherche à l'Institut national de recherche pour "
    "l'agriculture, l'alimentation et l'environnement (Inrae), Marianne Lefebvre estime que "
    "les nappes ne se rechargent plus."
)


def test_a_long_fronted_apposition_is_the_role(nlp) -> None:  # type: ignore[no-untyped-def]
    """The commas of a list inside the body's name ("l'agriculture, l'alimentation et
    l'environnement") do not end the role set before the name."""
    assert _roles(_INRAE, nlp) == {
        "Marianne Lefebvre": "directrice de recherche à l'Institut national de recherche pour "
        "l'agriculture, l'alimentation et l'environnement (Inrae)"
    }


@pytest.mark.parametrize(
    "body",
    [
        _INRAE,
        "Hydrologue, Marianne Lefebvre estime que les nappes ne se rechargent plus.",
        "Hydrologue, directrice de recherche à l'Inrae, Marianne Lefebvre estime que les "
        "nappes ne se rechargent plus.",
    ],
)
def test_a_fronted_trade_is_neither_a_person_nor_the_speaker(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    """The model tags a trade that opens the sentence ("Hydrologue,") as a name; the person
    named after the words set before the name is who speaks."""
    facts = facts_of_text(body, nlp)
    assert [p.name for p in facts.people] == ["Marianne Lefebvre"]
    assert [q.speaker for q in facts.quotes] == ["Marianne Lefebvre"]


def test_a_list_after_de_is_part_of_the_role(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Chercheuse au Centre national de la recherche scientifique (CNRS), spécialiste des "
        "sols, des nappes et des rivières, Léa Roux pense que la situation est grave."
    )
    assert _roles(body, nlp) == {"Léa Roux": "spécialiste des sols, des nappes et des rivières"}


@pytest.mark.parametrize(
    "body",
    [
        "Les riverains, les commerçants et les élus, Paul Martin en tête, ont manifesté.",
        "Le directeur de l'école, des enseignants et des parents, Paul Martin a parlé.",
    ],
)
def test_a_list_before_a_name_gives_no_role(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    """A list of people before the name is no list inside a role: a role noun ends it."""
    assert _roles(body, nlp).get("Paul Martin") is None


_DIALOGUE = (
    "Il est 4 heures du matin au refuge. Derrière le comptoir, Claire Berthod sert un café.\n\n"
    "— Vous avez dormi ? lui demande un guide.\n\n"
    "— Trois heures, répond-elle en riant. C'est une bonne nuit.\n\n"
    "Marc Dubois, le guide, enfile ses crampons.\n\n"
    "— Et vous, vous restez ? demande-t-elle.\n\n"
    "– On n'a jamais vu ça, lui répond Marc Dubois.\n\n"
    "— Tant mieux, dit Claire Berthod. Les pierres vont tenir ce matin.\n\n"
    "— Moins deux. Ça a regelé cette nuit."
)


def test_a_dialogue_line_with_an_incise_is_the_speaker_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """A turn opened by a dash is a direct quotation of whom its incise names; the words after
    the incise are the same speaker's; a line with no incise after two named turns is the
    next turn of their exchange (test_dialogue_turns.py): "Moins deux" answers Claire Berthod."""
    quotes = facts_of_text(_DIALOGUE, nlp).quotes
    assert [(q.speaker, q.text, q.kind) for q in quotes] == [
        ("un guide", "Vous avez dormi ?", "direct"),
        ("Claire Berthod", "Trois heures", "direct"),
        ("Claire Berthod", "C'est une bonne nuit.", "direct"),
        ("Claire Berthod", "Et vous, vous restez ?", "direct"),
        ("Marc Dubois", "On n'a jamais vu ça", "direct"),
        ("Claire Berthod", "Tant mieux", "direct"),
        ("Claire Berthod", "Les pierres vont tenir ce matin.", "direct"),
        ("Marc Dubois", "Moins deux.", "direct"),
        ("Marc Dubois", "Ça a regelé cette nuit.", "direct"),
    ]
    assert all(_DIALOGUE[q.start : q.end] == q.text for q in quotes)


def test_a_dialogue_line_is_one_sentence_with_its_incise(nlp) -> None:  # type: ignore[no-untyped-def]
    """The dash goes with the turn's words, and a word in small letters after "?" goes on the
    sentence: the learner reads the turn and its incise as one sentence."""
    sentences = facts_of_text(_DIALOGUE, nlp).sentences
    assert "— Vous avez dormi ? lui demande un guide." in sentences
    assert "— Et vous, vous restez ? demande-t-elle." in sentences
    assert "—" not in sentences


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        (
            "Le refuge compte 120 places, toutes réservées jusqu'à la fin du mois d'août.",
            "fin du mois d'août",
            "2024-08",
        ),
        (
            "Les prix devraient baisser d'ici la fin du mois d'août.",
            "fin du mois d'août",
            "2024-08",
        ),
        ("Le chantier s'achèvera à la fin du mois de mai.", "fin du mois de mai", "2025-05"),
        ("Le chantier s'est achevé à la fin du mois de mai.", "fin du mois de mai", "2024-05"),
        (
            "La rentrée aura lieu au début du mois de septembre.",
            "début du mois de septembre",
            "2024-09",
        ),
        ("Le refuge a fermé début septembre.", "début septembre", "2023-09"),
        ("Les travaux commencent à la fin du mois.", "à la fin du mois", "relative"),
        (
            "La préfète a signé un arrêté qui autorise les tirs jusqu'à la fin du mois de juillet.",
            "fin du mois de juillet",
            "2024-07",
        ),
        ("La préfète a prolongé l'arrêté jusqu'en juillet.", "juillet", "2024-07"),
        ("La préfète avait prolongé l'arrêté jusqu'en mai.", "mai", "2024-05"),
    ],
)
def test_the_end_of_a_named_month_is_that_month(nlp, body: str, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    """ "la fin du mois d'août" is a month's date, as "fin août" is: the words before it
    ("jusqu'à", "d'ici") and the tense of its sentence say whether it is coming or past, as for
    "en mars" (published 19 June 2024); a month that ends a period told in the past is the
    nearer one, as a day is ("jusqu'au 15 mai")."""
    dates = facts_of_text(body, nlp).dates
    assert [(d.text, d.value) for d in dates] == [(text, value)]


def test_an_incise_with_a_reflexive_verb_splits_the_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "se souvient le guide X, qui monte ici …" is an incise, its relative clause on the
    speaker too: the quotation goes on after it, the guide's, not the one quoted before."""
    body = (
        "« Le problème, ce sont les gens qui ne savent pas où ils mettent les pieds », explique "
        "la gardienne, Claire Berthod. « Il y a quinze ans, on partait à l'heure qu'on voulait, "
        "se souvient le guide Olivier Perrin, qui monte ici trois fois par semaine. "
        "Aujourd'hui, celui qui traverse à midi joue à la roulette russe. »"
    )
    quotes = facts_of_text(body, nlp).quotes
    assert [(q.speaker, q.cue, q.text) for q in quotes][1:] == [
        (
            "Olivier Perrin",
            "se souvient le guide Olivier Perrin",
            "Il y a quinze ans, on partait à l'heure qu'on voulait",
        ),
        (
            "Olivier Perrin",
            "se souvient le guide Olivier Perrin",
            "Aujourd'hui, celui qui traverse à midi joue à la roulette russe",
        ),
    ]


def test_an_incise_may_name_whom_the_speaker_answers(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "Le projet sera voté en mars, lui a répondu la ministre Anne Roux."
    quotes = facts_of_text(body, nlp).quotes
    assert [(q.speaker, q.text) for q in quotes] == [("Anne Roux", "Le projet sera voté en mars")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "La Confédération générale du travail (CGT), premier syndicat de l'entreprise, "
            "Sud-Rail et l'Union nationale des syndicats autonomes (Unsa) ont annoncé qu'ils se "
            "réuniraient lundi.",
            "la Confédération générale du travail (CGT), premier syndicat de l'entreprise, "
            "Sud-Rail et l'Union nationale des syndicats autonomes",
        ),
        ("La CGT, FO et la CFDT estiment que le projet est mauvais.", "la CGT, FO et la CFDT"),
        (
            "L'Office français de la biodiversité (OFB) a annoncé que la chasse serait suspendue.",
            "l'Office français de la biodiversité",
        ),
    ],
)
def test_subjects_the_parser_did_not_join_speak_together(nlp, body: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    """A singular subject with a plural verb is the first of several the parser left apart (an
    apposition between them): all of them up to the verb speak."""
    assert [q.speaker for q in facts_of_text(body, nlp).quotes] == [speaker]
