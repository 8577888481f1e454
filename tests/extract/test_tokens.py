"""The token table and word vectors read the same values as spaCy's own Token attributes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract.tokens import TokenTable, table_of, text_of
from tutor.nlp import analyse, word_vectors

pytestmark = pytest.mark.slow

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def doc(nlp):  # type: ignore[no-untyped-def]
    """An article with typographic apostrophes, quotations, names and paragraphs."""
    return analyse(load_article(CONTENT / "poutine-coree-du-nord.md").body, nlp)


def test_one_table_per_parse_and_its_text_is_the_docs(doc, nlp) -> None:  # type: ignore[no-untyped-def]
    """Rules reach the table of the parse they are given, read once, and its text as spaCy
    joins it (the rules read `text_of(doc)` where they read `doc.text`)."""
    assert table_of(doc) is table_of(doc)
    assert text_of(doc) == doc.text
    other = analyse("Le maire l’a dit.\n\nIl part.", nlp)
    assert table_of(other).doc is other and text_of(other) == other.text
    assert table_of(doc).doc is doc


def test_table_reads_what_each_token_says(doc) -> None:  # type: ignore[no-untyped-def]
    table = TokenTable(doc)
    assert len(table) == len(doc)
    for token in doc:
        i = token.i
        assert (table.text[i], table.lower[i], table.lemma[i]) == (
            token.text,
            token.lower_,
            token.lemma_,
        )
        assert (table.pos[i], table.ent_type[i], table.dep[i]) == (
            token.pos_,
            token.ent_type_,
            token.dep_,
        )
        assert (table.idx[i], table.end(i), table.whitespace[i]) == (
            token.idx,
            token.idx + len(token.text),
            token.whitespace_,
        )
        assert table.sent_start[i] == bool(token.is_sent_start)
        assert table.spacy_pos[i] == token.pos_
        assert table.head[i] == token.head.i
        beyond_case = any(c.dep_ != "case" for c in token.children)
        assert table.governs_more_than_a_preposition(i) == beyond_case
        for field in ("Number", "Gender", "VerbForm", "Voice", "Poss", "Mood"):
            assert sorted(table.morph(i, field)) == sorted(token.morph.get(field))


def test_table_of_an_empty_text(nlp) -> None:  # type: ignore[no-untyped-def]
    table = TokenTable(analyse("", nlp))
    assert len(table) == 0 and table.text == [] and table.head == []


def test_word_vectors_are_the_token_vectors(doc) -> None:  # type: ignore[no-untyped-def]
    vectors = word_vectors(doc)
    assert len(vectors) == len(doc)
    for token, vector in zip(doc, vectors, strict=True):
        assert (vector is not None) == token.has_vector
        if vector is not None:
            # the same memory, not a copy: numpy's sums depend on alignment in their last bits
            assert vector.ctypes.data == token.vector.ctypes.data
            assert (vector == token.vector).all()
    nouns = word_vectors(doc, [t.pos_ == "NOUN" for t in doc])
    assert [v is not None for v in nouns] == [t.pos_ == "NOUN" and t.has_vector for t in doc]
