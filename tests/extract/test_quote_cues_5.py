"""Which quoted words are quotations and whose: faults seen on the third key-term corpus
(tests/extract/data/term_articles_3/, articles no speaker rule was tuned on), in invented
sentences of the same kind, the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _quotes(body: str, nlp) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    facts = facts_of_text(body, nlp)
    return [(q.speaker, q.kind, q.text) for q in facts.quotes]


def test_selon_in_the_next_clause_is_no_incise(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Si la responsabilité du loup « ne peut être exclue », les animaux tués sont "
        "remboursés selon un barème. « Nous allons signer », selon le président Emmanuel "
        "Macron.",
        nlp,
    )
    assert said == [("Emmanuel Macron", "direct", "Nous allons signer")]


def test_selon_lui_after_an_unnamed_speaker_is_that_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le préfet de la Drôme, Hugues Moutin, a signé un arrêté. « Quand la brigade arrive, le "
        "mal est fait », raconte un berger monté de Provence avec un millier de bêtes. Selon "
        "lui, la pression de prédation a doublé en trois ans.",
        nlp,
    )
    assert said[-1] == (
        "un berger monté de Provence",
        "indirect",
        "la pression de prédation a doublé en trois ans",
    )


def test_one_of_them_is_one_of_the_group_in_focus(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Les associations de défense de la nature dénoncent la décision. Selon elles, abattre "
        "un loup peut désorganiser une meute. L’une d’elles a annoncé qu’elle déposerait un "
        "recours devant le tribunal administratif.",
        nlp,
    )
    assert [s for s, _, _ in said] == [
        "les associations de défense de la nature",
        "l'une des associations de défense de la nature",
    ]


def test_a_source_after_mais_opens_the_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "« C’est un travail de professionnels », souligne le procureur de la République. Mais "
        "pour la conservatrice du musée, leur valeur est surtout patrimoniale. « Ce sont des "
        "objets uniques. Ils font partie de l’histoire de la ville. »",
        nlp,
    )
    assert [s for s, _, _ in said] == [
        "le procureur de la République",
        "la conservatrice du musée",
        "la conservatrice du musée",
    ]


def test_a_verb_of_saying_in_several_words_is_the_whole_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of_text(
        "« Fermer les portes la nuit, c'est une perte de chance pour nos habitants », met en "
        "garde le maire. Le ministre a fait valoir que la réforme était juste.",
        nlp,
    )
    assert [(q.speaker, q.cue) for q in facts.quotes] == [
        ("le maire", "met en garde"),
        ("le ministre", "a fait valoir"),
    ]


def test_a_relative_clause_on_the_source_is_not_the_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Pour l’État, qui s’est fixé des objectifs ambitieux de production d’énergies "
        "renouvelables, ces annulations compliquent la tâche.",
        nlp,
    )
    assert said == [("l’État", "indirect", "ces annulations compliquent la tâche")]


def test_a_group_after_des_keeps_its_article(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Les occupants ont reçu le soutien des syndicats enseignants, qui dénoncent une "
        "« logique comptable », et de plusieurs maires du canton.",
        nlp,
    )
    assert [s for s, _, _ in said] == ["les syndicats enseignants"]


def test_a_role_subject_before_an_aside_is_who_il_means_next(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "« On s’est battus jusqu’au bout », a déclaré le capitaine. L’entraîneur, arrivé en "
        "cours de saison pour remplacer son prédécesseur, limogé après huit défaites, assume sa "
        "part de responsabilité. « Nous avons encaissé trop de points », a-t-il analysé.",
        nlp,
    )
    assert [s for s, _, _ in said] == ["le capitaine", "l’entraîneur"]


def test_a_witness_named_by_first_name_and_age_speaks_her_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of_text(
        "Il est 3 h 30 quand Léa, 17 ans, enfile son tablier dans le fournil. Depuis samedi, la "
        "jeune femme n'est plus tout à fait une apprentie comme les autres : elle a remporté le "
        "concours. « Je n'y croyais pas », raconte-t-elle en façonnant les pâtons. La lauréate, "
        "elle, a déjà un autre objectif : « ouvrir ma propre boutique ».",
        nlp,
    )
    assert [p.name for p in facts.people] == ["Léa"]
    assert [q.speaker for q in facts.quotes] == ["Léa", "Léa"]


def test_the_field_of_a_trade_stays_in_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "« La vaccination n’est pas une baguette magique », rappelle un vétérinaire spécialisé "
        "en aviculture. « Nous restons prudents », a déclaré le préfet en conférence de presse.",
        nlp,
    )
    assert [s for s, _, _ in said] == ["un vétérinaire spécialisé en aviculture", "le préfet"]
