"""People and speakers on faults of the sixth blind review of generated lessons: a body named
by its acronym after an article ("La FCPE, première fédération de parents, ...") taken for a
person, whose "first name" "La" then stood for every "La" of the article and took the words of
"La secrétaire générale du SNES-FSU". Invented news sentences, with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def test_a_body_named_by_its_acronym_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "La secrétaire générale du SNES-FSU, Nathalie Perrin, regrette que les professeurs "
        "n'aient pas été consultés. « Ce n'est pas sérieux », a-t-elle déclaré mercredi. Les "
        "parents se montrent plus favorables. La FCPE, première fédération de parents, a salué "
        "« une bonne nouvelle pour les enfants »."
    )
    facts = facts_of_text(body, nlp)
    assert [p.name for p in facts.people] == ["Nathalie Perrin"]
    assert [q.speaker for q in facts.quotes] == ["Nathalie Perrin", "Nathalie Perrin", "la FCPE"]


@pytest.mark.parametrize(
    "body",
    [
        "Les Républicains, premier parti d'opposition, ont voté contre le texte.",
        "La CGT, premier syndicat de la branche, appelle à la grève.",
    ],
)
def test_an_article_opens_no_person_name(body: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert facts_of_text(body, nlp).people == ()


def test_the_article_of_a_surname_is_no_first_name(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le Goff, délégué syndical, a dénoncé la fermeture. Le syndicat a appelé à la grève. "
        "La direction a répondu que rien n'était décidé."
    )
    people = facts_of_text(body, nlp).people
    assert [(p.name, p.aliases) for p in people] == [("Le Goff", ())]


def test_a_body_named_by_its_acronym_owns_the_possessive_role(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Les parents d'élèves se montrent plus favorables. La FCPE, première fédération de "
        "parents, a salué « une bonne nouvelle pour les enfants ». Son président, Karim Haddad, "
        "estime que beaucoup de parents « ne comprennent pas les compétences »."
    )
    people = facts_of_text(body, nlp).people
    assert [(p.name, p.role) for p in people] == [("Karim Haddad", "président de la FCPE")]
