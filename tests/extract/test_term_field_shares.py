"""What an article is about lifts its own field's key vocabulary among its key terms, and a free
phrase built on a word already chosen alone gives its slot to another term
(tutor/extract/term_fields.py, tutor/extract/term_choice.py).

Before, a strike article listed "moulin à papier" and "mesure de préretraite" (after
"préretraite") among its 25 key terms but not "grève", and a trial of favouritism neither
"plainte" nor "procureur": words of middling frequency, used once, lost to rare words met in
passing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tutor.content import load_article
from tutor.extract.sentences import SentenceIndex, split_sentences
from tutor.extract.term_fields import field_lexicon
from tutor.extract.terms import find_terms
from tutor.extract.tokens import table_of
from tutor.glossary_files import load_glossary
from tutor.nlp import analyse

CHECKOUT = Path(__file__).resolve().parents[2]
ARTICLES = {
    "papeterie": CHECKOUT / "tests/data/unseen2/papeterie-vernay-fermeture.txt",
    "procès": CHECKOUT / "tests/data/unseen2/proces-ancien-maire-saint-rambert.txt",
    "pologne": CHECKOUT / "content/pologne-troupes-americaines.txt",
}
TOP = 25


@pytest.fixture(scope="module")
def key_terms(nlp: Any) -> dict[str, list[str]]:
    """The first 25 key terms of each article by the hand-made score, which the field shares and
    the choice steer (the learned ranking, term_ranker.py, reads that score as one feature)."""
    out = {}
    for name, path in ARTICLES.items():
        article = load_article(path)
        doc = analyse(article.body, nlp)
        tokens = table_of(doc)
        index = SentenceIndex(split_sentences(doc, article.body, text=tokens.doc_text))
        terms = find_terms(
            doc, article.body, index, article.title, glossary=load_glossary(path.parent,
            key_vocabulary=True), tokens=tokens, lexicon=field_lexicon(), rank=None,
        )  # fmt: skip
        out[name] = [t.lemma for t in terms[:TOP]]
    return out


@pytest.mark.slow
def test_a_plant_closure_lists_the_strike(key_terms: dict[str, list[str]]) -> None:
    assert "grève" in key_terms["papeterie"]


@pytest.mark.slow
def test_a_trial_lists_the_complaint_and_the_prosecutor(
    key_terms: dict[str, list[str]],
) -> None:
    assert {"plainte", "procureur"} <= set(key_terms["procès"])


@pytest.mark.slow
def test_a_deployment_lists_the_troops_and_the_allies(key_terms: dict[str, list[str]]) -> None:
    assert {"troupe", "allié"} <= set(key_terms["pologne"])


@pytest.mark.slow
def test_a_free_phrase_on_a_chosen_word_gives_up_its_slot(
    key_terms: dict[str, list[str]],
) -> None:
    terms = key_terms["papeterie"]
    assert {"préretraite", "reclassement"} <= set(terms)
    assert "mesure de préretraite" not in terms
    assert "congé de reclassement" not in terms


def test_a_field_lifts_its_own_words_only() -> None:
    lexicon = field_lexicon()
    strike = lexicon.field_shares(["grève", "salarié", "intersyndicale", "reclassement", "usine"])
    drought = lexicon.field_shares(["sécheresse", "nappe phréatique", "canicule", "irriguer"])
    assert lexicon.share_boost("grève", strike) > 1.3
    assert lexicon.share_boost("grève", drought) == 1.0
    assert lexicon.share_boost("papeterie", strike) == 1.0  # a word of no field
