"""A name set beside the noun of "Pour …", "Selon …" opening a sentence is whose view it
gives: « Pour l'avocate d'une association de sinistrés, Me Sandrine Vidal, le jugement est
« incompréhensible » » (the AZF trial) and « Pour l'avocat général, Jean-Luc Pennec, le geste
ne faisait « aucun doute » » (the Quimper assizes) lost their quotations when e03fb23 stopped
reading a name beside a noun a preposition opens as the subject ("Devant la présidente du
tribunal, Hélène Ducasse, le prévenu a reconnu …", which stays so). Real articles, real model."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import extract_facts

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).parent / "data" / "term_corpus"


@pytest.mark.parametrize(
    ("article", "words", "speaker"),
    [
        ("batch_aa/azf-proces-relaxe-toulouse.txt", "incompréhensible", "Sandrine Vidal"),
        ("*/quimper-assises-rixe-mortelle-discotheque.txt", "aucun doute", "Jean-Luc Pennec"),
    ],
    ids=["azf", "quimper"],
)
def test_the_name_beside_pour_is_the_speaker(nlp, article: str, words: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    (path,) = sorted(CORPUS.glob(article))
    facts = extract_facts(load_article(path), nlp)
    assert [q.speaker for q in facts.quotes if q.text == words] == [speaker]
