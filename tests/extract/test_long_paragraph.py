"""A single paragraph of 20,000 words: `tutor extract` took 18 s, 7.9 s of it after the parse in
work done again for every quotation over the whole article (the names spelt in capitals, the
claim lines, the rest of the document read for every reported clause). After the parse it is
now about 1.6 s, bench/long_inputs.py's figure (it was a timed test until session 23); this test
keeps the extraction of such a paragraph working. Real spaCy model."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import facts_from_doc
from tutor.nlp import analyse, load

ROOT = Path(__file__).resolve().parents[2]
WORDS = 20_000


@pytest.mark.slow
def test_facts_of_one_20000_word_paragraph_take_no_time_per_quotation(tmp_path: Path) -> None:
    paragraphs = []
    for path in sorted((ROOT / "content").glob("*.txt")):
        body = path.read_text("utf-8").split("\n\n", 1)[1]
        paragraphs += [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
    words = " ".join(paragraphs).split()
    text = " ".join((words * (WORDS // len(words) + 1))[:WORDS]).rstrip(".") + "."
    article_file = tmp_path / "long.txt"
    article_file.write_text(f"Un long paragraphe\n\n{text}\n", "utf-8")
    article = load_article(article_file)
    doc = analyse(article.body, load())
    facts = facts_from_doc(article, doc)
    assert len(facts.quotes) > 100
