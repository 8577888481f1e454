"""Extraction faults of the fifteenth session's reviews: a gerund taught as a noun ("en passant"
out of "en passant par le centre hospitalier"), the estimates for a speaker ("selon les
estimations de la métropole"), a possessive role with no owner ("sa présidente" after "Leur
association"). Invented news sentences like the articles', with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _terms(body: str, nlp) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {t.lemma: t.pos for t in facts_of_text(body, nlp).terms}


def test_a_gerund_with_its_complement_is_no_locution(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "La nouvelle ligne, longue de 5 kilomètres, reliera la gare au quartier de Lambézellec "
        "en passant par le centre hospitalier de la Cavale Blanche. Elle comptera quatorze "
        "stations et transportera environ 22 000 voyageurs par jour. Plusieurs blessés ont été "
        "aidés par des riverains en attendant les secours."
    )
    terms = _terms(body, nlp)
    assert "en passant" not in terms
    assert "en attendant" not in terms
    assert "centre hospitalier" in terms


def test_a_participle_the_tagger_takes_for_a_noun_is_no_term(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Chaque matin, la bergère monte ses brebis vers l'estive. « Ici, on ne compte pas ses "
        "heures », dit-elle en riant, avant de rejoindre le troupeau. Le prix de la semoule a "
        "doublé en un an. « On mangera moins de couscous », a lancé en riant un boulanger."
    )
    terms = _terms(body, nlp)
    assert not [lemma for lemma in terms if "riant" in lemma]


def test_a_noun_in_ant_after_en_stays_a_term(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Les pêcheurs de Kayar dénoncent la hausse des prix. Les pirogues à moteur, très "
        "gourmandes en carburant, coûtent de plus en plus cher. Le carburant représente "
        "désormais la moitié des dépenses d'une sortie en mer."
    )
    assert "carburant" in _terms(body, nlp)


def _speakers(body: str, nlp) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [q.speaker for q in facts_of_text(body, nlp).quotes]


def test_the_owner_of_the_estimates_is_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "La nouvelle ligne reliera la gare au quartier de Lambézellec. Elle comptera quatorze "
        "stations et transportera, selon les estimations de la métropole, environ 22 000 "
        "voyageurs par jour."
    )
    assert _speakers(body, nlp) == ["la métropole"]


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("Selon les chiffres du ministère", "le ministère"),
        ("D'après une étude de l'Insee", "l'Insee"),
        ("Selon les calculs de l'association", "l'association"),
    ],
)
def test_figures_and_studies_speak_for_who_made_them(nlp, source: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    body = f"{source}, le nombre de logements vacants a augmenté de 12 % en cinq ans."
    assert _speakers(body, nlp) == [speaker]


def test_figures_of_a_year_name_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "Selon les chiffres de l'année dernière, le nombre de logements vacants a augmenté."
    assert "l'année dernière" not in _speakers(body, nlp)


def _roles(body: str, nlp) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {p.name: p.role for p in facts_of_text(body, nlp).people}


def test_sa_presidente_is_the_president_of_their_association(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Les commerçants de la rue Jean-Jaurès restent pourtant inquiets. Leur association "
        "réclame une indemnisation plus rapide. « Nous avons perdu près d'un tiers de notre "
        "chiffre d'affaires en 2024 et nous attendons toujours l'argent promis », explique sa "
        "présidente, Maëlle Le Goff."
    )
    assert _roles(body, nlp)["Maëlle Le Goff"] == (
        "présidente de l'association des commerçants de la rue Jean-Jaurès"
    )


def test_son_president_after_a_crowd_set_off_by_eux(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Les commerçants de la rue Royale, eux, réclament davantage de patrouilles. Leur "
        "association a écrit au maire pour demander l'installation de nouvelles caméras. « On ne "
        "peut pas attendre le prochain drame », résume son président, Marc Dussollier, opticien "
        "depuis vingt ans dans la rue."
    )
    assert _roles(body, nlp)["Marc Dussollier"] == (
        "président de l'association des commerçants de la rue Royale"
    )


def test_a_possessive_body_of_no_clear_owner_leaves_the_role_bare(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Les travaux de la rue Jean-Jaurès ont duré deux ans. Leur association réclame une "
        "indemnisation plus rapide. « Nous attendons toujours l'argent promis », explique sa "
        "présidente, Maëlle Le Goff."
    )
    assert _roles(body, nlp)["Maëlle Le Goff"] == "présidente"


def test_the_body_a_sentence_speaks_for_with_pour_owns_sa_presidente(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Pour Médecins sans frontières (MSF), qui a perdu onze employés l'an dernier, le vote "
        "est « un pas, pas une protection ». « Les mêmes États qui votent ce texte vendent les "
        "armes qui tuent nos collègues », a réagi sa présidente internationale, Carmen Okafor, "
        "jeudi, depuis Genève."
    )
    assert _roles(body, nlp)["Carmen Okafor"] == (
        "présidente internationale de Médecins sans frontières"
    )


def test_leur_presidente_of_members_of_a_named_body(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Dans les tribunes, une trentaine d'étudiants de l'Union étudiante suivaient les débats. "
        "Leur présidente, Léa Combes, a salué « une victoire arrachée par la mobilisation »."
    )
    assert _roles(body, nlp)["Léa Combes"] == "présidente de l'Union étudiante"


def test_son_president_of_a_club_described_by_its_adjective(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Montauban termine la saison régulière à la cinquième place. Le club tarn-et-garonnais, "
        "qui visait la montée en Top 14, devra revoir ses ambitions. Son président, Jean-Pierre "
        "Marsal, doit réunir le conseil d'administration le 2 juin."
    )
    assert _roles(body, nlp)["Jean-Pierre Marsal"] == "président du club tarn-et-garonnais"
