"""Words defined in a sense their article does not mean, found by the session 22 audit on real
articles of tests/extract/data: a learner reads the definition as the key to the sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import ROOT, meaning_in

from tutor.content import load_article
from tutor.generate.french import plain_sentences

pytestmark = pytest.mark.slow

DATA = ROOT / "tests/extract/data"


SOUDAN = DATA / "speaker_articles_4/soudan-treve-djeddah.txt"
AFD = DATA / "term_corpus/batch_a/conseil-constitutionnel-amende-forfaitaire-delictuelle.txt"


@pytest.mark.parametrize(
    ("article", "term", "sentence_start", "meant"),
    [
        # "Une part du capital d'une entreprise que l'on possède."
        (SOUDAN, "participation", "Les paramilitaires des Forces", "prendre part"),
        # "Renverser le gouvernement par un vote des députés."
        (AFD, "censurer", "Saisi d'une question prioritaire", "Constitution"),
    ],
)
def test_a_word_is_defined_in_the_sense_its_article_means(
    tmp_path: Path, article: Path, term: str, sentence_start: str, meant: str
) -> None:
    """The Sudan truce: the paramilitaries 'ont confirmé leur participation' (to the truce)
    was defined as a share of a firm's capital; the Conseil constitutionnel 'a censuré une
    disposition' was defined as overthrowing a government."""
    body = load_article(article).body
    sentence = next(s for s in plain_sentences(body) if sentence_start in s)
    definition = meaning_in(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition
