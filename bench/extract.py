"""Speed of `tutor extract`: the model's parse alone vs the whole extraction, seed and batch, and
what the rules after the parse cost on each shipped article."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from tutor.content import list_articles, load_article
from tutor.extract import extract_facts, extract_many, facts_from_doc
from tutor.nlp import MODEL_NAME, _load, analyse, for_analysis, load

CONTENT = Path(__file__).resolve().parents[1] / "content"
ROUNDS = 15


def _median(action, rounds: int = ROUNDS) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    start = time.perf_counter()
    nlp = load()
    print(f"model load:                 {time.perf_counter() - start:7.3f} s")
    seed = load_article(CONTENT / "poutine-coree-du-nord.md")
    text = for_analysis(seed.body)
    nlp(text)  # warm up
    bare = _median(lambda: nlp(text))
    doc = analyse(seed.body, nlp)
    rules = _median(lambda: facts_from_doc(seed, doc))
    full = _median(lambda: extract_facts(seed, nlp))
    print(f"seed, bare nlp(text):       {bare * 1000:7.1f} ms  ({len(seed.body)} chars)")
    print(f"seed, rules on parsed doc:  {rules * 1000:7.1f} ms")
    print(f"seed, extract_facts:        {full * 1000:7.1f} ms  (x{full / bare:.2f} the bare parse)")
    articles = [load_article(p) for p in list_articles(CONTENT)]
    print("rules on the parsed doc, per article (median):")
    total = 0.0
    for article, parsed in zip(articles, [analyse(a.body, nlp) for a in articles], strict=True):
        took = _median(lambda a=article, d=parsed: facts_from_doc(a, d))
        total += took
        print(f"  {article.path.stem:32s} {took * 1000:6.1f} ms  ({len(parsed)} tokens)")
    print(f"  {'mean':32s} {total * 1000 / len(articles):6.1f} ms")
    one_by_one = _median(lambda: [extract_facts(a, nlp) for a in articles], 5)
    batch = _median(lambda: extract_many(articles, nlp), 5)
    print(f"{len(articles)} articles one by one:   {one_by_one * 1000:7.1f} ms")
    ratio = batch / one_by_one
    print(f"{len(articles)} articles, extract_many: {batch * 1000:7.1f} ms  (x{ratio:.2f})")
    lean = _load.__wrapped__(MODEL_NAME)  # a second copy, to time it with a pipe disabled
    with lean.select_pipes(disable=["ner"]):
        no_ner = _median(lambda: lean(text))
    print(f"seed, nlp without ner:      {no_ner * 1000:7.1f} ms  (ner is needed for names)")


if __name__ == "__main__":
    main()
