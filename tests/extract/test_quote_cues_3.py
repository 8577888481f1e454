"""Which quoted words are quotations and whose: causes of the speaker errors of the blind review
of generated lessons (tests/generate/data/review_articles/), in invented sentences, the real
model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _quotes(body: str, nlp) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    facts = facts_of_text(body, nlp)
    return [(q.speaker, q.kind, q.text) for q in facts.quotes]


def test_a_name_after_pseudonyme_de_is_not_a_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Les huit prévenus, âgés de 19 à 41 ans, ont tous été reconnus coupables de harcèlement "
        "moral en ligne à l'encontre de la chanteuse Léa Martin, connue sous le pseudonyme de "
        "« Lumi », visée pendant huit mois par des milliers de messages haineux.",
        nlp,
    )
    assert said == []


def test_the_verb_of_a_relative_clause_is_no_closing_incise(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le harcèlement a commencé en janvier, après une vidéo dans laquelle la jeune femme, "
        "suivie par plus de 600 000 abonnés, dénonçait le sexisme dans le milieu du jeu vidéo.",
        nlp,
    )
    assert said == []


def test_a_subject_with_a_relative_clause_is_no_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes("Le rappeur, qui se produit sous le nom de « Zed », a annoncé sa tournée.", nlp)
    assert said == []
    said = _quotes("Le pont, qui date de 1890, sera fermé en mars, a précisé le maire.", nlp)
    assert said == [("le maire", "indirect", "Le pont, qui date de 1890, sera fermé en mars")]


def test_the_agent_of_a_verbless_lead_is_who_she_means(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "La présidente du tribunal correctionnel a lu le jugement jeudi. La victime, Léa Martin, "
        "avait témoigné à l'audience. Un argument balayé par la présidente : "
        "« Chaque message compte », a-t-elle rappelé jeudi.",
        nlp,
    )
    assert ("la présidente", "direct", "Chaque message compte") in said


def test_c_est_par_ces_mots_que_names_who_opened_with_the_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "16 octobre 2026. – « Vous avez cru qu'un écran vous protégeait. Il ne vous protège "
        "pas. » C'est par ces mots que la présidente du tribunal correctionnel a ouvert, jeudi, "
        "la lecture du jugement.",
        nlp,
    )
    assert [(s.startswith("la présidente"), k) for s, k, _ in said] == [(True, "direct")]


def test_a_title_after_a_verb_that_says_nothing_is_no_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "La chanteuse Inès Belkacem, qui avait repris « La Fille du môle » sur son premier "
        "album, a confié sa tristesse. « Elle m'a appris à chanter », a-t-elle dit.",
        nlp,
    )
    assert [(s, t) for s, _, t in said] == [("Inès Belkacem", "Elle m'a appris à chanter")]


def test_a_noun_joined_to_the_speech_verb_by_the_parse_ends_no_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "La direction assure privilégier les départs volontaires et les reclassements internes.",
        nlp,
    )
    assert [t for _, _, t in said] == [
        "privilégier les départs volontaires et les reclassements internes"
    ]


def test_le_technicien_is_not_the_woman_in_focus(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Maëlle Dubreuil a marqué le panier de la victoire. Menées à la pause, les joueuses de "
        "l'entraîneur Olivier Lavergne ont longtemps souffert. « Il fallait arrêter de jouer "
        "avec le frein à main », a expliqué le technicien, qui dirige l'équipe depuis 2022."
    )
    facts = facts_of_text(body, nlp)
    assert [q.speaker for q in facts.quotes] != ["Maëlle Dubreuil"]
    assert {p.name: p.role for p in facts.people}.get("Maëlle Dubreuil") != "technicien"
