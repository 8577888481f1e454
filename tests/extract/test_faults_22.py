"""Extraction faults a teacher's audit of session 22 found in term_corpus lessons, each a wrong
answer marked right: a defendant's words credited to the judge who questioned him ("l'homme"
taken for the subject of the sentence before, not for the man it described), and a town listed
after another ("à Farchana ou Métché") offered as a speaker. Real articles, real model."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold import facts_of_text

from tutor.content import load_article
from tutor.extract import extract_facts
from tutor.facts import ArticleFacts

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).parent / "data" / "term_corpus"
TRIAL = CORPUS / "batch_t" / "paris-proces-groupuscule-ultradroite-projet-action-violente.txt"
CHAD = CORPUS / "batch_ab" / "tchad-refugies-soudanais-adre-camps.txt"


def _facts(path: Path, nlp) -> ArticleFacts:  # type: ignore[no-untyped-def]
    return extract_facts(load_article(path), nlp)


def _speakers_of(facts: ArticleFacts, words: str) -> list[str]:
    return [q.speaker for q in facts.quotes if words in q.text]


def test_l_homme_is_the_man_the_sentence_before_described(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "le président, Marc Oberlin, a longuement interrogé le principal prévenu, Thierry V., 54
    ans, ancien militaire […]. Vêtu d'une chemise blanche, l'homme a reconnu une « passion pour
    les armes » […]. « On parlait beaucoup, … », a-t-il affirmé. « Quand on achète du nitrate
    d'ammonium …», lui a opposé le président": « Qui a dit » marked Marc Oberlin right for the
    defendant's words."""
    facts = _facts(TRIAL, nlp)
    assert _speakers_of(facts, "passion pour les armes") == ["Thierry V."]
    assert _speakers_of(facts, "On parlait beaucoup") == ["Thierry V."]
    assert _speakers_of(facts, "nitrate d'ammonium") == ["Marc Oberlin"]


def test_l_homme_after_two_men_given_an_age_is_no_one_of_them(nlp) -> None:  # type: ignore[no-untyped-def]
    """Two men given an age just before: the reader cannot tell which "l'homme" is, and a
    lesson should not mark one of them right."""
    body = (
        "Le juge, Paul Mercier, a entendu Karim B., 31 ans, et Julien R., 34 ans, tous deux "
        "chauffeurs. Visiblement ému, l'homme a reconnu avoir « perdu la tête » ce soir-là."
    )
    speakers = _speakers_of(facts_of_text(body, nlp), "perdu la tête")
    assert not {"Paul Mercier", "Karim B.", "Julien R."} & set(speakers)


def test_a_town_listed_after_another_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "de nouveaux camps à l'intérieur du pays, à Farchana ou Métché": « Métché » was
    offered as a wrong answer to « Qui a dit »."""
    names = {p.name for p in _facts(CHAD, nlp).people}
    assert "Métché" not in names
    assert {"Ibrahim Mahamat Saleh", "Louise Martineau"} <= names
