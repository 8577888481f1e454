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
