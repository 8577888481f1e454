"""Speakers on the extraction faults of the eighth review left open
(tests/generate/data/review_8/README.md): a quotation that takes up its clause after "D'après
X, …" stood alone as a fragment; "la spécialiste" after "l'historienne de l'art X" went to the
painter named before; "l'établissement" spoke instead of the hospital it stands for. Invented
news sentences like the articles', with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _quotes(body: str, nlp) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(q.speaker, q.kind, q.text) for q in facts_of_text(body, nlp).quotes]


def test_a_long_quotation_taking_up_a_narrated_clause_is_the_source_s_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Les deux assureurs ont annoncé leur fusion mardi. D'après l'association de "
        "consommateurs CLCV, ce type d'opération se traduit pourtant « souvent par des hausses "
        "de prix deux ou trois ans plus tard, quand la concurrence a diminué »."
    )
    assert _quotes(body, nlp) == [
        (
            "l'association de consommateurs CLCV",
            "indirect",
            "ce type d'opération se traduit pourtant « souvent par des hausses de prix deux ou "
            "trois ans plus tard, quand la concurrence a diminué »",
        )
    ]


def test_a_quotation_opening_its_own_clause_after_the_source_stands(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Pour Élodie Carrasco, porte-parole d'un collectif de défense du loup, « tirer ne règle "
        "rien : quand on tue un animal dominant, la meute se disperse »."
    )
    assert _quotes(body, nlp) == [
        (
            "Élodie Carrasco",
            "direct",
            "tirer ne règle rien : quand on tue un animal dominant, la meute se disperse",
        )
    ]


def test_l_etablissement_is_the_hospital_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Les deux alpinistes, en hypothermie légère, ont été transportés à l'hôpital de "
        "Briançon. Leur vie n'est pas en danger, a indiqué l'établissement dans la soirée."
    )
    assert [q.speaker for q in facts_of_text(body, nlp).quotes] == ["l'hôpital de Briançon"]


def test_l_agence_is_the_agency_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "L'Agence nationale de sécurité du médicament reconnaît des difficultés depuis novembre. "
        "D'après l'agence, la demande a augmenté de 25 % en un an."
    )
    quotes = facts_of_text(body, nlp).quotes
    assert [q.speaker for q in quotes] == ["l'Agence nationale de sécurité du médicament"]


@pytest.mark.parametrize(
    "role",
    [
        "l'historienne de l'art",  # "la spécialiste" is of the historian's family
        "la commissaire d'exposition",  # no kin: the dead painter is passed over
        "la conservatrice du musée d'Autun",
    ],
)
def test_an_epithet_speaks_for_someone_alive_rather_than_the_dead_painter(role: str, nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Née à Autun en 1879 et morte dans la misère en 1936, Alice Verdurin a longtemps été "
        f"oubliée. D'après {role} Claire Mounier, qui prépare un catalogue de son œuvre, "
        "elle aurait peint environ 300 tableaux.\n\n"
        "La spécialiste a tenu à rappeler que la valeur d'une œuvre ne se mesurait pas "
        "seulement en euros. « Ce qui compte, c'est que ce tableau soit enfin vu », "
        "a-t-elle regretté."
    )
    facts = facts_of_text(body, nlp)
    assert [q.speaker for q in facts.quotes] == ["Claire Mounier"] * 3
    assert {p.name: p.role for p in facts.people}["Alice Verdurin"] is None


def test_le_groupe_is_the_group_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "L'attaque a été revendiquée jeudi par un groupe de pirates connu pour avoir visé des "
        "hôpitaux. Les habitants s'inquiètent. Le groupe affirme avoir copié 120 gigaoctets de "
        "documents."
    )
    assert [q.speaker for q in facts_of_text(body, nlp).quotes] == ["le groupe de pirates"]
