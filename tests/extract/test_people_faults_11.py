"""People, speakers and roles on faults of the fifth blind review of generated lessons: an
epithet for the player who came on ("le jeune joueur") taken for the captain he replaced, a
possessive role ("son directeur régional") given a place named inside the quotation as its
owner, a political leaning ("le conservateur X") taken for an office, "le prévenu"
far from the defendant's name, and "la future présidente" taken for a political scientist;
invented news sentences, with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text, roles_of_text

pytestmark = pytest.mark.slow


def _speakers(body: str, nlp) -> list[str]:  # type: ignore[no-untyped-def]
    return [q.speaker for q in facts_of_text(body, nlp).quotes]


def test_an_epithet_takes_back_the_actor_not_the_one_he_replaced(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "C'est l'ouvreur Mathis Delcourt, 22 ans, qui a fait basculer la rencontre. Entré à la "
        "50e minute à la place du capitaine Romain Vidalenc, touché à la cheville, il a inscrit "
        "un essai en coin. « J'ai regardé les poteaux et j'ai frappé », a raconté le jeune "
        "joueur, encore essoufflé."
    )
    assert _speakers(body, nlp) == ["Mathis Delcourt"]


def test_an_epithet_still_takes_back_the_one_named_as_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le capitaine Romain Vidalenc a quitté le terrain à la 50e minute, touché à la "
        "cheville. « Je reviendrai vite », a assuré le joueur."
    )
    assert _speakers(body, nlp) == ["Romain Vidalenc"]


def test_a_place_named_in_the_quotation_does_not_own_the_role(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Jeudi matin, 87 000 foyers étaient privés d'électricité, selon Enedis. Le gestionnaire "
        "du réseau espère rétablir le courant d'ici samedi. « Les dégâts sont très importants "
        "dans le centre du Finistère », a précisé son directeur régional, Yann Le Goff."
    )
    role = roles_of_text(body, nlp)["Yann Le Goff"] or ""
    assert "Finistère" not in role
    assert role.startswith("directeur régional")


def test_a_body_named_outside_the_quotation_still_owns_the_role(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le syndicat Force Ouvrière a appelé à la grève, « pour défendre le centre de tri », a "
        "déclaré son délégué, Paul Morin."
    )
    assert roles_of_text(body, nlp)["Paul Morin"] == "délégué du syndicat Force Ouvrière"


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        (
            "Isabel Fuentes l'a emporté avec 53,4 % des voix, contre 46,6 % pour le "
            "conservateur Rodrigo Errázuriz.",
            {"Isabel Fuentes": None, "Rodrigo Errázuriz": None},
        ),
        (
            "Le conservateur du musée, Paul Girard, a salué le don de la famille.",
            {"Paul Girard": "conservateur du musée"},
        ),
        (
            "Le premier ministre conservateur Jean Pic a présenté son budget.",
            {"Jean Pic": "premier ministre"},
        ),
    ],
)
def test_a_political_leaning_alone_is_no_role(body: str, roles: dict[str, str | None], nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp) == roles


def test_the_defendant_is_the_one_sentenced_in_the_lead_however_far_back(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le tribunal correctionnel de Rennes a condamné mardi Grégory Le Bihan, 47 ans, à quatre "
        "ans d'emprisonnement pour escroquerie. L'ancien agent immobilier de Vannes avait proposé "
        "à plus de 140 épargnants des placements dans des caves à vin et des parkings, qui "
        "n'existaient pas.\n\nSelon l'enquête, le préjudice total atteint 3,8 millions d'euros. "
        "Les victimes, souvent des retraités du Morbihan, recevaient pendant quelques mois des "
        "intérêts de 8 % par an, payés en réalité avec l'argent des nouveaux clients. Le système "
        "s'est effondré en mars 2023, quand une cliente de Lorient a demandé son capital.\n\n"
        "« J'ai perdu les économies de toute une vie », a témoigné à la barre Jean Guillou, 78 "
        "ans. Une quarantaine de parties civiles étaient présentes.\n\n"
        "« Je pensais pouvoir tout rembourser », a affirmé le prévenu, la voix basse."
    )
    assert _speakers(body, nlp)[-1] == "Grégory Le Bihan"


def test_an_office_epithet_is_not_someone_known_by_another_trade(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Valentina Araya sera la prochaine présidente du Chili. Pour la politologue Marta Lagos, "
        "la victoire de Valentina Araya s'explique surtout par le vote des femmes. Les marchés "
        "ont réagi calmement. La future présidente doit annoncer son gouvernement avant Noël. "
        "Elle a déjà indiqué que l'économiste Felipe Sáez serait son ministre des Finances."
    )
    assert _speakers(body, nlp) == ["Marta Lagos", "Valentina Araya"]
