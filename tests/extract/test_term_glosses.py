"""A term the article explains ("…, c'est-à-dire …", "ce qu'on appelle …") ranks higher among
its key terms (tutor/extract/term_glosses.py): the journalist thought readers might not know it."""

from __future__ import annotations

from typing import Any

import pytest

from tutor.extract.sentences import SentenceIndex, quoted_spans, split_sentences
from tutor.extract.term_glosses import explained_ends, named_starts
from tutor.extract.terms import find_terms
from tutor.nlp import analyse


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("la réouverture de lits d'aval, c'est-à-dire de places", "lits d'aval"),
        ("le feu était « fixé », c'est-à-dire qu'il ne progressait plus", "fixé"),
        ("un bridage (c’est-à-dire un arrêt des pales)", "bridage"),
        ("le rendement maximal durable, autrement dit le niveau", "rendement maximal durable"),
    ],
)
def test_an_explanation_after_a_term_marks_where_the_term_ends(text: str, term: str) -> None:
    end = text.index(term) + len(term)
    assert explained_ends(text) == [end]


def test_an_explanation_that_follows_no_word_marks_nothing() -> None:
    assert explained_ends("C'est-à-dire ? Il ne l'a pas dit.") == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Les riverains dénoncent ce qu'on appelle la saturation visuelle.", "saturation"),
        ("C'est ce que les éleveurs appellent « la pression de prédation ».", "pression"),
        ("Il souffre de ce que l’on nomme un burn-out.", "burn-out"),
    ],
)
def test_a_naming_phrase_marks_where_the_term_begins(text: str, term: str) -> None:
    assert named_starts(text) == [text.index(term)]


BODY = (
    "À l'hôpital de Vire, les soignants sont en grève depuis lundi. Ils demandent des "
    "embauches et la réouverture de lits d'aval{gloss}. Aux urgences, des patients attendent "
    "sur des brancards dans les couloirs pendant toute la nuit. La direction promet des "
    "renforts pour l'été, mais les syndicats jugent ces annonces insuffisantes. Le conseil "
    "de surveillance se réunira la semaine prochaine."
)


def _score_of(nlp: Any, body: str, lemma: str) -> float:
    doc = analyse(body, nlp)
    index = SentenceIndex(split_sentences(doc, body, quoted_spans(doc.text), doc.text))
    # the hand-made score's GLOSS_BOOST; the learned order reads that score as one feature
    terms = find_terms(doc, body, index, "", rank=None)
    return next(t.score for t in terms if t.lemma == lemma)


def test_an_explained_term_ranks_higher_than_the_same_term_unexplained(nlp: Any) -> None:
    plain = _score_of(nlp, BODY.format(gloss=""), "lit d'aval")
    glossed = BODY.format(gloss=", c'est-à-dire de places d'hospitalisation dans les services")
    assert _score_of(nlp, glossed, "lit d'aval") > plain * 1.3
