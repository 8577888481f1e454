"""The model's word vectors and genders for word banks, and generation without them."""

from __future__ import annotations

from gold_facts import context_for

from tutor.generate import generate_document
from tutor.generate.lexicon import Lexicon, article_lexicon


def test_the_tagger_gives_the_genders_the_article_shows(poutine):
    lexicon = article_lexicon(poutine.body)
    assert lexicon.gender("visite") == "f"
    assert lexicon.gender("sanctions") == "f"  # by its singular
    assert lexicon.similarity("incident", "accident") > lexicon.similarity("incident", "veto")


def test_without_the_model_banks_keep_only_words_of_known_gender(
    poutine, poutine_facts, monkeypatch
):
    """A missing model costs the vector checks, never the lesson."""
    import tutor.nlp

    def missing(*_args, **_kwargs):
        raise OSError("no model")

    monkeypatch.setattr(tutor.nlp, "load", missing)
    assert article_lexicon(poutine.body) == Lexicon()
    ctx = context_for(poutine, poutine_facts)
    assert ctx.lexicon.similarity("veto", "accord") is None
    doc = generate_document(poutine, poutine_facts, seed=0)
    assert any(i["type"] == "cloze" for i in doc["items"])
