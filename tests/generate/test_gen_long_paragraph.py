"""A long paragraph with no full stop (a transcript, a list run on with semicolons) is one
'sentence' to the parser: an open item's proof and model answer were that whole paragraph
(9,004 and 9,029 characters); they are a sentence or two. Real spaCy model, real article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.generate import generate_document
from tutor.generate.proof_length import MAX_PROOF, short_proof

ROOT = Path(__file__).resolve().parents[2]


def test_a_short_proof_is_kept_and_a_long_one_cut_at_clauses_around_its_words() -> None:
    assert short_proof("Une phrase courte.") == "Une phrase courte."
    filler = "les députés en parlent encore ; " * 60
    proof = short_proof(f"{filler}la ministre a dit « non merci » hier ; {filler}", "« non merci »")
    assert "la ministre a dit « non merci » hier" in proof and len(proof) <= MAX_PROOF
    assert proof in f"{filler}la ministre a dit « non merci » hier ; {filler}"
    assert short_proof(filler, "absent") == filler  # words written otherwise: all kept


@pytest.mark.slow
def test_open_items_of_a_paragraph_with_no_full_stop_prove_with_a_sentence_or_two(
    tmp_path: Path,
) -> None:
    source = (ROOT / "content" / "le-pen-petite-bourgeoise.txt").read_text("utf-8")
    title, body = source.split("\n\n", 1)
    run_on = re.sub(r"[.!?…](?=[»”\")]*\s)", " ;", " ".join(body.split()))
    article_file = tmp_path / "sans-point.txt"
    article_file.write_text(f"{title}\n\n{run_on}\n", "utf-8")
    article = load_article(article_file)
    [facts] = extract_many([article])
    document = generate_document(article, facts, seed=0, content_dir=tmp_path)
    open_items = [i for i in document["items"] if i["type"] == "open"]
    assert open_items
    for item in open_items:
        assert len(item["evidence"]) <= MAX_PROOF, item["id"]
        assert len(item["model_answer"]) <= MAX_PROOF + 100, item["id"]  # + "Selon X, …"
        assert " ".join(item["evidence"].split()) in " ".join(article.body.split())
