"""Facts a teacher's second audit of session 22 found wrong in whole articles, each one an answer
marked right in the lesson built on it. Real articles of tests/extract/data, real model."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import extract_facts
from tutor.facts import ArticleFacts

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"
EOLIEN = DATA / "speaker_articles_2" / "eolien-tribunal-plouguenast.txt"
VIN = DATA / "people_articles_3" / "fraude-vin-bordeaux.txt"


def _facts(path: Path, nlp) -> ArticleFacts:  # type: ignore[no-untyped-def]
    return extract_facts(load_article(path), nlp)


def _speaker_of(facts: ArticleFacts, words: str) -> list[str]:
    return [q.speaker for q in facts.quotes if words in q.text]


def test_the_activist_is_the_associations_president(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Gilles Le Bihan, lui, promet de « rester mobilisé ». « S'il le faut, nous irons jusqu'au
    Conseil d'État », prévient le militant": the president of the residents' association, named
    just before; the lesson matched these words with the environmental lawyer Jean-Luc Prigent
    (both seeds), since a president was taken for an office no activist holds."""
    facts = _facts(EOLIEN, nlp)
    assert _speaker_of(facts, "jusqu'au Conseil d'État") == ["Gilles Le Bihan"]


def test_a_date_a_ruling_is_deferred_to_is_the_coming_one(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Le jugement a été mis en délibéré au 2 juillet", in an article of 14 May 2026: the
    ruling comes on 2 July 2026; the lesson asked for the date and accepted '2 juillet 2025'."""
    facts = _facts(VIN, nlp)
    (july,) = [d for d in facts.dates if d.text.endswith("2 juillet")]
    assert july.value == "2026-07-02"


def test_the_judge_before_whom_the_defendant_speaks_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Devant la présidente du tribunal, Hélène Ducasse, le prévenu a reconnu des « erreurs
    d'assemblage »": the defendant's words, not the judge's; « Qui a employé ces mots : « erreurs
    d'assemblage » ? » would have Hélène Ducasse for its answer."""
    facts = _facts(VIN, nlp)
    assert _speaker_of(facts, "erreurs d'assemblage") == ["Jean-Marc Dufour-Lacoste"]


ELEPHANT = DATA / "people_articles_3" / "naissance-elephanteau-lot.txt"


def test_someday_is_no_idiom_of_its_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Roger Gaillard … n'imaginait pas voir un jour naître un éléphant à Cajarc": "un jour" is
    'someday'; the lesson taught « voir un jour » as « voir le jour : Naître, commencer à
    exister. » (both seeds)."""
    terms = {t.lemma for t in _facts(ELEPHANT, nlp).terms}
    assert "voir le jour" not in terms


VALENCE = DATA / "speaker_articles_2" / "rachat-olympique-valence.txt"


def test_a_body_named_in_quotation_marks_owns_the_office_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "l'association « Allez l'OV » dénonce … et réclame un siège au conseil d'administration.
    Son président, Kévin Morin, …": the association's president; he was 'président du conseil
    d'administration', an answer to « Qui est Kévin Morin ? » and a distractor of the lesson."""
    roles = {p.name: p.role for p in _facts(VALENCE, nlp).people}
    assert roles["Kévin Morin"] == "président de l'association « Allez l'OV »"


def test_a_family_named_by_its_surname_is_not_one_of_its_members(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "… a racheté 80 % des parts du club à la famille Reynaud, propriétaire depuis 1998. …
    Le président sortant, Bernard Reynaud, …": 'Reynaud' there is the family; Bernard Reynaud
    was given its role, 'propriétaire'."""
    people = {p.name: p for p in _facts(VALENCE, nlp).people}
    assert people["Bernard Reynaud"].role == "président sortant"
    assert "Reynaud" not in people["Bernard Reynaud"].aliases
