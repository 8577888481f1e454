"""Extraction faults found in session 23 on corpus articles, each a wrong answer a learner would
be marked right for: a lawyer's words credited to her description ("l'avocate d'une association
de sinistrés") when her name stands beside it with a title ("Me Sandrine Vidal"). Real
articles, real model."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold import facts_of_text

from tutor.content import load_article
from tutor.extract import extract_facts
from tutor.facts import ArticleFacts

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"
AZF = DATA / "term_corpus" / "batch_aa" / "azf-proces-relaxe-toulouse.txt"


def _facts(path: Path, nlp) -> ArticleFacts:  # type: ignore[no-untyped-def]
    return extract_facts(load_article(path), nlp)


def _speakers_of(facts: ArticleFacts, words: str) -> list[str]:
    return [q.speaker for q in facts.quotes if words in q.text]


def _role_of(facts: ArticleFacts, name: str) -> str | None:
    return next(p.role for p in facts.people if p.name == name)


def test_a_role_with_a_titled_name_beside_it_is_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Pour l'avocate d'une association de sinistrés, Me Sandrine Vidal, le jugement est
    « incompréhensible » : « Le tribunal reconnaît … »": « Qui a dit » offered the description
    as the speaker of the second quotation, and the named lawyer for the first."""
    facts = _facts(AZF, nlp)
    assert _speakers_of(facts, "Le tribunal reconnaît") == ["Sandrine Vidal"]
    assert _speakers_of(facts, "incompréhensible") == ["Sandrine Vidal"]
    assert _role_of(facts, "Sandrine Vidal") == "avocate d'une association de sinistrés"


def test_the_same_apposition_with_a_plain_title(nlp) -> None:  # type: ignore[no-untyped-def]
    """The same sentence shape with "M." and a doctor: the quotation after the colon is his."""
    body = (
        "Pour le médecin du centre de secours, M. Paul Mercier, le bilan est « lourd » : "
        "« Nous avons soigné plus de quarante personnes cette nuit. »"
    )
    assert _speakers_of(facts_of_text(body, nlp), "Nous avons soigné") == ["Paul Mercier"]
