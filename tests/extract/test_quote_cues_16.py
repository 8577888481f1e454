"""Speakers on the extraction faults of the sixteenth review left open
(tests/generate/data/review_16/README.md, "Left"): "Selon elle, le virus …, de type A(H3N2),
« … »" had the speaker "type A(H3N2" (the source of "selon" ran to the last comma); the
cabinet's words after "a maintenu que le ministre avait parlé « … »" were the minister's;
"des « cavaliers législatifs », ajoutés par des amendements" was a quotation of the amendments;
and one invented: an emoji kept in a speaker's name or role ("le maire 👍"). Invented news
sentences like the articles', with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _quotes(body: str, nlp) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(q.speaker, q.text) for q in facts_of_text(body, nlp).quotes]


@pytest.mark.parametrize(
    "clause",
    [
        "le virus qui circule le plus cette année, de type A(H3N2),",
        "le virus qui circule le plus cette année, de type A H3N2,",
    ],
)
def test_selon_elle_is_hers_past_the_commas_of_the_statement(nlp, clause: str) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le docteur Isabelle Marchetti est épidémiologiste à Santé publique France. Selon elle, "
        f"{clause} « touche davantage les personnes âgées et provoque des formes plus graves »."
    )
    assert [s for s, _ in _quotes(body, nlp)] == ["Isabelle Marchetti"]


def test_selon_a_role_is_the_role_not_the_words_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Selon le médecin, le virus qui circule cette année, de type A H3N2, « touche davantage "
        "les personnes âgées »."
    )
    assert [s for s, _ in _quotes(body, nlp)] == ["le médecin"]


def test_the_cabinet_maintaining_what_the_minister_said_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le ministre du Travail, Olivier Ducasse, a annoncé une baisse du chômage. Contacté lundi "
        "matin, le cabinet d'Olivier Ducasse a maintenu que le ministre avait parlé « de "
        "tendances et non de chiffres au dixième près »."
    )
    speakers = [s for s, t in _quotes(body, nlp) if "tendances" in t]
    assert speakers == ["le cabinet d'Olivier Ducasse"]


def test_a_term_in_marks_that_a_participle_qualifies_is_no_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Les articles 4 et 17 de la loi sont censurés par le Conseil. Ce sont des « cavaliers "
        "législatifs », ajoutés par des amendements au cours de la navette parlementaire."
    )
    assert _quotes(body, nlp) == []
    # "des « mesures injustes », dénoncées par les syndicats" is the unions' words: see
    # test_quote_cues_18.py


def test_a_judgement_with_its_agent_still_quotes_the_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "Une prime jugée « insultante » par les syndicats a été versée aux agents."
    assert _quotes(body, nlp) == [("les syndicats", "insultante")]


def test_names_and_roles_keep_no_emoji(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "« Nous allons rouvrir la piscine », a déclaré le maire 👍. Le maire de Tulle, Jean "
        "Roux ✅, a parlé aux habitants. Marie Lenoir 🎉, présidente ★ du club de natation, a "
        "déclaré que « la saison sera longue »."
    )
    facts = facts_of_text(body, nlp)
    assert [q.speaker for q in facts.quotes] == ["le maire", "Marie Lenoir"]
    people = {p.name: p.role for p in facts.people}
    assert people == {
        "Jean Roux": "maire de Tulle",
        "Marie Lenoir": "présidente du club de natation",
    }
