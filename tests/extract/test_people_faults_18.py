"""People's roles on the extraction faults of the ninth review left open
(tests/generate/data/review_9/README.md), and one of people_articles: "Son porte-parole" after
"Un collectif de riverains" was the spokesman of the woman named before; "passé par l'École
normale supérieure" made the school the owner of "Sa directrice de thèse". Invented news
sentences like the articles', with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _roles(body: str, nlp) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {p.name: p.role for p in facts_of_text(body, nlp).people}


def test_son_porte_parole_is_the_collective_s_told_of_with_un(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Les habitants, eux, restent inquiets. « On ne savait pas s'il fallait partir », raconte "
        "Josiane Moulin, 74 ans, qui habite à quatre cents mètres de l'usine. Un collectif de "
        "riverains, créé en 2019 après une première fuite de chlore, réclame une réunion "
        "publique. Son porte-parole, Hakim Benali, rappelle que l'usine avait reçu une mise en "
        "demeure."
    )
    roles = _roles(body, nlp)
    assert roles["Hakim Benali"] == "porte-parole du collectif de riverains"
    assert roles["Josiane Moulin"] is None


def test_a_collective_told_of_with_un_is_named_by_its_name_in_marks(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "« Je mets une heure et demie pour aller travailler », soupire Léa, étudiante. Un "
        "collectif d'usagers, « Bus en colère », réclame le remboursement des abonnements. Son "
        "porte-parole, Mathieu Rolland, juge la situation « indigne d'une métropole »."
    )
    assert _roles(body, nlp)["Mathieu Rolland"] == "porte-parole du collectif Bus en colère"


def test_sa_presidente_is_the_association_s_told_of_with_une(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le maire, Paul Jourdan, a confirmé la fermeture de la classe. Une association de parents "
        "d'élèves, née l'an dernier, a lancé une pétition. Sa présidente, Claire Vasseur, "
        "dénonce une décision prise sans concertation."
    )
    roles = _roles(body, nlp)
    assert roles["Claire Vasseur"] == "présidente de l'association de parents d'élèves"


def test_passe_par_names_a_way_not_the_owner_of_a_possessive_role(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le premier auteur de l'étude, Hugo Martinez, a passé trois ans à mettre au point le "
        "modèle de souris. Ce doctorant de 29 ans, passé par l'École normale supérieure de Lyon, "
        "a déjà été recruté par un laboratoire de Boston. Sa directrice de thèse, la professeure "
        "Nadia Chérif, regrette « une fuite des cerveaux qu'on ne sait pas retenir »."
    )
    assert _roles(body, nlp)["Nadia Chérif"] == "directrice de thèse de Hugo Martinez"
