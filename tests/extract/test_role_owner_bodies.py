"""Whose a possessive role is, when the sentence before it names bodies without a name ("la
région, le département et l'agglomération"): one of them, not an organisation named two
sentences back. Real article of tests/extract/data, real model."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import extract_facts

pytestmark = pytest.mark.slow

AGEN = Path(__file__).parent / "data" / "speaker_articles_2" / "plan-crues-agen.txt"


def test_a_possessive_does_not_skip_the_bodies_of_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    """« L'État financera 40 % du projet au titre du fonds Barnier, a confirmé la préfète …
    Le reste sera partagé entre la région, le département et l'agglomération, qui devra
    emprunter. Son vice-président aux finances, Karim Haddad, … »: the lesson offered 'Le
    vice-président aux finances du fonds Barnier' among the answers to « Qui est Sophie
    Delmas ? ». A fund has no vice-president; the article's 'son' is the agglomeration's,
    named in full in the lead (« L'agglomération d'Agen a présenté mardi un plan … »)."""
    facts = extract_facts(load_article(AGEN), nlp)
    roles = {p.name: p.role for p in facts.people}
    assert roles["Karim Haddad"] == "vice-président aux finances de l'agglomération d'Agen"


def test_a_number_opening_a_quotation_is_nobody(nlp) -> None:  # type: ignore[no-untyped-def]
    """« Quarante millions, ce n'est pas rien. Les Agenais doivent avoir leur mot à dire », a
    lancé son chef de file: the model tagged 'Quarante' as a person, listed by `tutor
    extract` among the article's people."""
    facts = extract_facts(load_article(AGEN), nlp)
    assert "Quarante" not in {p.name for p in facts.people}
    assert "Thierry Bosc" in {p.name for p in facts.people}


def test_a_source_s_name_is_taken_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    """« Pour France Nature Environnement, le bassin … », déplore sa représentante locale,
    Émilie Castaing: the model tagged 'France Nature', and « Qui est Sophie Delmas ? » offered
    'La représentante locale de France Nature'."""
    facts = extract_facts(load_article(AGEN), nlp)
    roles = {p.name: p.role for p in facts.people}
    assert roles["Émilie Castaing"] == "représentante locale de France Nature Environnement"
