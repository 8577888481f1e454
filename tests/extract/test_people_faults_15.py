"""People and speakers on faults of the seventh blind review of generated lessons
(tests/generate/data/review_7/README.md): a body's name cut at its hyphen ("UFC-Que Choisir"),
a speaker named by a demonstrative ("cette retraitée"), a planet and a restaurant taken for
people, a possessive role owned by a firm's management or by a publisher the model took for a
place, and a bare "l'entreprise" when the article names one firm. Invented news sentences like
the articles', with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _people(body: str, nlp) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {p.name: p.role for p in facts_of_text(body, nlp).people}


def _speakers(body: str, nlp) -> list[str]:  # type: ignore[no-untyped-def]
    return [q.speaker for q in facts_of_text(body, nlp).quotes]


def test_a_body_named_with_a_hyphen_speaks_whole_and_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le fabricant a rappelé ses compotes jeudi. L'association de consommateurs UFC-Que "
        "Choisir demande que les contrôles soient plus fréquents dans les usines de produits "
        "pour enfants. Son président, Alain Bazot-Renard, a estimé que « l'autocontrôle par les "
        "entreprises a montré ses limites »."
    )
    assert "Choisir" not in _people(body, nlp)
    assert _speakers(body, nlp) == ["UFC-Que Choisir", "Alain Bazot-Renard"]


def test_a_first_name_after_a_hyphened_place_is_still_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le texte doit maintenant être examiné par le Sénat. Le sénateur des "
        "Pyrénées-Atlantiques Jean Etcheverry, qui sera rapporteur, promet « un examen rapide "
        "mais attentif »."
    )
    assert _speakers(body, nlp) == ["Jean Etcheverry"]


def test_a_demonstrative_epithet_is_the_person_named_before_and_her_role(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Les contrôleurs de la SNCF sont en grève depuis mardi. Dans les gares, la patience des "
        "voyageurs commence à manquer. À Lyon Part-Dieu, Véronique Lambert, 67 ans, attendait "
        "depuis trois heures un train pour Marseille. « J'ai payé mon billet il y a deux mois. "
        "Personne ne m'a prévenue », s'indignait cette retraitée. D'autres voyageurs ont choisi "
        "le covoiturage."
    )
    assert _speakers(body, nlp) == ["Véronique Lambert"]
    assert _people(body, nlp) == {"Véronique Lambert": "retraitée"}


@pytest.mark.parametrize(
    ("between", "epithet", "speaker", "role"),
    [
        ("", "cette femme", "Véronique Lambert", None),
        ("", "cette mère", "Véronique Lambert", None),
        (
            "Une autre retraitée attendait à côté d'elle. ",
            "cette retraitée",
            "cette retraitée",
            None,
        ),
    ],
)
def test_a_demonstrative_says_no_role_of_a_kind_of_person_nor_someone_met_since(
    between: str, epithet: str, speaker: str, role: str | None, nlp
) -> None:  # type: ignore[no-untyped-def]
    body = (
        "À Lyon, Véronique Lambert, 67 ans, attendait depuis trois heures un train pour "
        f"Marseille. {between}« J'ai payé mon billet il y a deux mois », s'indignait {epithet}."
    )
    assert _speakers(body, nlp) == [speaker]
    assert _people(body, nlp) == {"Véronique Lambert": role}


def test_a_planet_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Après deux reports, la fusée Ariane 6 a décollé mardi soir du Centre spatial guyanais, "
        "à Kourou, avec à son bord la sonde Thalassa, chargée d'étudier les océans cachés sous "
        "la glace des lunes de Jupiter.\n\n"
        "La sonde, qui pèse 4,8 tonnes, doit voyager pendant huit ans avant d'atteindre Jupiter "
        "en 2034. Elle passera près de la Terre et de Vénus pour prendre de la vitesse.\n\n"
        "Une sonde américaine, Europa Clipper, doit atteindre Jupiter quatre ans plus tôt, en "
        "2030, selon la NASA. « Nous ne sommes pas en compétition, nous regardons le même ciel », "
        "a résumé Hélène Dufour-Lambert, directrice de la mission."
    )
    assert list(_people(body, nlp)) == ["Hélène Dufour-Lambert"]


def test_a_name_after_a_restaurant_is_the_restaurant_s(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Jointe par téléphone dans le train qui la ramenait de Rennes, Mathilde Le Goff a "
        "d'abord cru à une blague. « Quand mon éditrice m'a appelée, j'ai pensé qu'elle se "
        "trompait de numéro », a-t-elle raconté en arrivant au restaurant Drouant, à Paris, où "
        "le jury se réunit depuis sa création en 1926."
    )
    assert list(_people(body, nlp)) == ["Mathilde Le Goff"]


def test_a_possessive_role_after_a_firm_s_management_is_the_firm_s(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Près de trois cents éleveurs bloquent la laiterie Armor-Lait. La direction d'Armor-Lait "
        "conteste ces chiffres. Dans un communiqué publié mardi, l'entreprise explique que ses "
        "ventes à l'étranger ont baissé de 18 % en 2025 et qu'elle « ne peut pas payer plus cher "
        "un lait qu'elle vend moins cher ». Son directeur général, François-Xavier d'Aubigné, a "
        "proposé une rencontre jeudi à Quimper."
    )
    assert _people(body, nlp) == {"François-Xavier d'Aubigné": "directeur général d'Armor-Lait"}


def test_a_possessive_role_after_a_publisher_set_off_by_its_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le prix a été attribué mardi à Mathilde Le Goff pour son premier roman. Le Sablier, "
        "petite maison d'édition nantaise fondée en 2011, emploie seulement six salariés. Son "
        "fondateur, Yves Kerbrat, a annoncé mercredi une nouvelle impression de 80 000 "
        "exemplaires."
    )
    assert _people(body, nlp)["Yves Kerbrat"] == "fondateur du Sablier"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Près de trois cents éleveurs bloquent depuis lundi l'entrée de la laiterie "
            "Armor-Lait, à Landivisiau. La direction d'Armor-Lait conteste ces chiffres. Dans un "
            "communiqué publié mardi, l'entreprise explique que ses ventes à l'étranger ont "
            "baissé de 18 % en 2025.",
            "Armor-Lait",
        ),
        (
            "Le fabricant savoyard Vergers du Léman a lancé mercredi le rappel de 200 000 gourdes "
            "de compote. Un numéro vert a été ouvert : il a reçu plus de six mille appels en "
            "vingt-quatre heures, selon l'entreprise.",
            "Vergers du Léman",
        ),
    ],
)
def test_the_firm_is_the_one_the_article_names(body: str, speaker: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(body, nlp) == [speaker]


def test_the_firm_stays_unnamed_when_the_article_names_two(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le fabricant savoyard Vergers du Léman a racheté le groupe Pomette l'an dernier. Un "
        "numéro vert a été ouvert : il a reçu plus de six mille appels, selon l'entreprise."
    )
    assert _speakers(body, nlp) == ["l'entreprise"]
