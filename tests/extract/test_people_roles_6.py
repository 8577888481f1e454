"""Roles and people on the general causes behind the misses of the sixth blind people corpus
(tests/extract/data/people_articles_6/, measured in test_people_articles_6.py), each on invented
sentences of its own, with the real model: role nouns the list lacked ("principale", "tête de
liste", "routeur", "marin", "alpiniste"), "autre" and a bare ordinal set off before the name, a
trade brought in by an indefinite article before a function after the name, a past participle
between a role and the name, "le père X" after the role, and a name set off by the kind of thing
it is or a title inside a ship's name."""

from __future__ import annotations

import pytest
from gold import facts_of_text, roles_of_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "La principale du collège Jean-Moulin, Sophie Garnier, a reçu les parents mardi.",
            {"Sophie Garnier": "principale du collège Jean-Moulin"},
        ),
        (
            "La tête de liste écologiste, Claire Dumont, a dénoncé un budget « sans ambition ».",
            {"Claire Dumont": "tête de liste écologiste"},
        ),
        (
            "Le routeur Loïc Peron suit la course depuis Brest, devant trois écrans.",
            {"Loïc Peron": "routeur"},
        ),
        (
            "Le trésorier mis en cause, Paul Gréau, a démissionné lundi soir.",
            {"Paul Gréau": "trésorier"},
        ),
        (
            "L'aumônier de la prison, le père Michel Aubry, a célébré la messe de Noël.",
            {"Michel Aubry": "aumônier de la prison"},
        ),
        (
            "Les trois autres candidates, Anne Roux, Lise Marty et Eva Blanc, ont été éliminées.",
            {"Anne Roux": "candidate", "Lise Marty": "candidate", "Eva Blanc": "candidate"},
        ),
        (
            "Une autre infirmière, Julie Caron, déléguée CGT de l'hôpital, dénonce le manque de "
            "lits.",
            {"Julie Caron": "déléguée CGT de l'hôpital"},
        ),
        (
            "Deux randonneurs se sont perdus dimanche. Le premier, Luc Perrin, un Breton de 40 "
            "ans, a été retrouvé lundi.",
            {"Luc Perrin": None},
        ),
    ],
)
def test_roles(body: str, expected: dict[str, str | None], nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Vinolia, une jeune entreprise bordelaise qui recycle les bouteilles, a levé deux "
            "millions d'euros. Sa présidente, Marion Dufau, veut ouvrir une usine.",
            ["Marion Dufau"],
        ),
        (
            "Le chalutier Roi Morvan est rentré au port de Lorient après trois semaines de mer. "
            "Son patron, Yann Quéré, a salué l'équipage.",
            ["Yann Quéré"],
        ),
    ],
)
def test_names_of_things_are_no_people(body: str, expected: list[str], nlp) -> None:  # type: ignore[no-untyped-def]
    assert [p.name for p in facts_of_text(body, nlp).people] == expected


def test_a_sailor_speaking_is_the_skipper_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le skipper Hervé Le Goff a franchi la ligne d'arrivée mardi à Pointe-à-Pitre. « Je n'ai "
        "jamais eu aussi froid », a reconnu le marin."
    )
    assert [q.speaker for q in facts_of_text(body, nlp).quotes] == ["Hervé Le Goff"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Le tournage a commencé lundi : la réalisatrice Claire Morvan filme les quais. Le rôle "
            "de la fille est tenu par une jeune comédienne, Lou Bernard. « Je voulais des "
            "inconnus », explique la cinéaste.",
            "Claire Morvan",
        ),
        (
            "La présidente de l'association, Odile Marchand, a lancé une cagnotte. « Nous avons "
            "reçu mille dons », raconte-t-elle. La façade est restaurée par Hélène Brossard, "
            "architecte des monuments historiques. « Les pierres sont en bon état », "
            "affirme-t-elle.",
            "Hélène Brossard",
        ),
        (
            "Le syndicat des apiculteurs, fondé en 1990, est présidé par un éleveur de Millau, "
            "Jean Rouquette. Selon lui, la récolte a baissé de moitié.",
            "Jean Rouquette",
        ),
        (
            "Dans l'opposition, la tête de liste écologiste, Paul Garnier, a voté contre. « Ce "
            "budget n'a aucune ambition », a regretté le conseiller municipal.",
            "Paul Garnier",
        ),
    ],
)
def test_the_speaker_is_the_person_the_narration_is_about(body: str, speaker: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert facts_of_text(body, nlp).quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Le jury a récompensé mardi Léa Roussel pour un documentaire sur les dockers. La "
            "réalisatrice de 41 ans, installée à Lille, a remercié son équipe.",
            {"Léa Roussel": "réalisatrice"},
        ),
        (
            "Le second, Marc Vidal, un Suisse de 35 ans, a été hélitreuillé lundi. Ce guide de "
            "Zermatt, qui connaît bien le massif, s'en est sorti indemne.",
            {"Marc Vidal": "guide de Zermatt"},
        ),
        (
            "La photographe Anne Roy expose ses images au musée. En 2024, le jury avait couronné "
            "Paul Dumas pour un reportage. Le photographe de l'agence Sipa a remis le prix.",
            {"Anne Roy": "photographe", "Paul Dumas": "photographe de l'agence Sipa"},
        ),
    ],
)
def test_a_description_after_the_person_named(body: str, expected: dict, nlp) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert roles_of_text(body, nlp) == expected


def test_the_laureate_speaking_is_the_one_crowned(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le jury a couronné samedi Léa Roussel pour un documentaire, devant Marie Dubois et "
        "Claire Petit. « Je n'y croyais plus », a confié la lauréate."
    )
    assert [q.speaker for q in facts_of_text(body, nlp).quotes] == ["Léa Roussel"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Le comédien Hugo Lenoir incarne Marcel Aubanel, un instituteur de village, dans le "
            "film de Sarah Klein.",
            ["Hugo Lenoir", "Sarah Klein"],
        ),
        (
            "Le tournage a commencé lundi. Son épouse à l'écran, Rose Valette, est jouée par "
            "Alice Morin, une inconnue de 22 ans.",
            ["Alice Morin"],
        ),
    ],
)
def test_parts_an_actor_plays_are_no_people(body: str, expected: list[str], nlp) -> None:  # type: ignore[no-untyped-def]
    assert [p.name for p in facts_of_text(body, nlp).people] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Le syndicat des apiculteurs de l'Aveyron est présidé par un éleveur de Millau, Jean "
            "Rouquette.",
            {"Jean Rouquette": "président du syndicat des apiculteurs de l'Aveyron"},
        ),
        (
            "La fédération départementale de pêche est présidée par Anne Carrel depuis 2021.",
            {"Anne Carrel": "présidente de la fédération départementale de pêche"},
        ),
        (
            "L'orchestre est dirigé par Yuki Sato, cheffe principale de l'Orchestre de Lille.",
            {"Yuki Sato": "cheffe principale de l'Orchestre de Lille"},
        ),
    ],
)
def test_who_presides_the_subject_of_a_passive(body: str, expected: dict, nlp) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert roles_of_text(body, nlp) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Le rachat est financé par le fonds Loire Invest, dont Marc Olivier est l'associé "
            "gérant.",
            {"Marc Olivier": "associé gérant de Loire Invest"},
        ),
        (
            "Les salariés ont manifesté devant la coopérative, dont Anne Roux est la directrice "
            "depuis 2019.",
            {"Anne Roux": "directrice de la coopérative"},
        ),
        (
            "Claire Vidal a été élue maire dimanche. Son premier adjoint sera Marc Bodin, "
            "artisan menuisier.",
            {"Claire Vidal": "maire", "Marc Bodin": "premier adjoint de Claire Vidal"},
        ),
        (
            "Le nouveau directeur du musée est Paul Garnier, un historien de l'art.",
            {"Paul Garnier": "directeur du musée"},
        ),
    ],
)
def test_roles_of_a_relative_with_dont_and_of_a_subject(body: str, expected: dict, nlp) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert roles_of_text(body, nlp) == expected


@pytest.mark.parametrize(
    ("body", "relative", "role"),
    [
        (
            "La navigatrice Anne Caradec a gagné la course mardi. La mère de la skippeuse, "
            "Marie Le Goff, l'attendait sur le ponton.",
            "Marie Le Goff",
            "mère d'Anne Caradec",
        ),
        (
            "La chirurgienne Anne Roy a opéré l'enfant pendant neuf heures. Le mari de la "
            "chirurgienne, Paul Dumas, a suivi l'opération depuis Lyon.",
            "Paul Dumas",
            "mari d'Anne Roy",
        ),
    ],
)
def test_a_relative_of_someone_named_by_a_role(body: str, relative: str, role: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp)[relative] == role


def test_a_rank_alone_gives_way_to_the_function_of_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "« Il faisait très froid », raconte l'adjudant-chef Marc Tissier, qui a été treuillé "
        "jusqu'aux blessés. Le secouriste était accompagné d'un médecin de Briançon."
    )
    assert roles_of_text(body, nlp) == {"Marc Tissier": "secouriste"}
