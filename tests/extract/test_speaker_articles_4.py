"""Dates, quotations and speakers on a fourth blind corpus of whole articles.

The corpus (tests/extract/data/speaker_articles_4/, see its README) was written and annotated
before extraction was run on it: an interview-heavy politics piece, a court report, a rugby match
report full of dates and times, a strike with unions and management trading statements, a
foreign-affairs piece built on "selon" / "d'après" sources, a council meeting, a health study and
a flood told with relative dates; 98 gold quotes and 114 gold dates.

Run with `pytest -s tests/extract/test_speaker_articles_4.py` to see the figures and every miss.
Matching and scoring are those of tests/extract/gold.py (`score_dates`, `score_quotes`).

First measure (fr_core_news_md, corpus committed before it, no fix yet): dates recall 0.965,
precision 0.974, value accuracy 0.982 (114 gold, 114 predicted); quotes recall 0.949, precision
1.000, speaker accuracy 0.935 (98 gold, 92 predicted). This is the blind figure.

The misses were read and their general causes fixed, each with a sentence test in
test_dates_in_context_2.py or test_quote_cues_6.py (list in the corpus README). Second measure:
dates 1.000 / 0.991 / 1.000 (116 predicted; the one extra is "désormais", which the gold
convention leaves out); quotes 1.000 / 1.000 / 1.000 (97 predicted). Floors are 0.03 under it.

The YAML must not be changed to follow the extractor's results.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold import Counts, load_gold, score_dates, score_quotes

from tutor.content import load_article
from tutor.extract import extract_many

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).parent / "data" / "speaker_articles_4"
# 0.03 under the second measure (the first, blind one: dates 0.965 / 0.974 / 0.982, quotes
# 0.949 / 1.000 / 0.935)
FLOORS = {
    "dates recall": 0.970,
    "dates precision": 0.961,
    "date value accuracy": 0.970,
    "quotes recall": 0.970,
    "quotes precision": 0.970,
    "speaker accuracy": 0.970,
}
MOST_ON_NOT_QUOTES = 0


@pytest.fixture(scope="module")
def scored(nlp) -> tuple[Counts, Counts, int]:  # type: ignore[no-untyped-def]
    """Every article extracted in one batch, then its dates and quotes scored; misses printed."""
    golds = [load_gold(path) for path in sorted(CORPUS.glob("*.yaml"))]
    articles = [load_article(CORPUS / str(gold["article"])) for gold in golds]
    dates, quotes, on_not_quotes = Counts(), Counts(), 0
    for gold, article, facts in zip(golds, articles, extract_many(articles, nlp), strict=True):
        assert article.published is not None
        assert article.published.isoformat() == str(gold["published"])
        date_counts = score_dates(article, facts, gold)
        quote_counts = score_quotes(article, facts, gold)
        dates.add(date_counts)
        quotes.add(quote_counts)
        body = article.body
        spans = [(body.find(t), body.find(t) + len(t)) for t in gold.get("not_quotes") or []]
        quoted = [
            (body.find(q["text"]), body.find(q["text"]) + len(q["text"])) for q in gold["quotes"]
        ]
        # as tests/data/gold/README.md says: on a not-quote and on no gold quote
        wrong = [
            f"on a not-quote: {body[q.start : q.end][:45]!r} -> {q.speaker!r}"
            for q in facts.quotes
            if any(min(q.end, e) > max(q.start, s) for s, e in spans)
            and not any(min(q.end, e) > max(q.start, s) for s, e in quoted)
        ]
        on_not_quotes += len(wrong)
        for line in date_counts.misses + quote_counts.misses + wrong:
            print(f"{article.slug}: {line}")
    print(
        f"\nspeaker_articles_4: {len(articles)} articles\n"
        f"{dates.gold} gold dates, {dates.predicted} predicted: recall {dates.recall:.3f}"
        f"  precision {dates.precision:.3f}  value accuracy {dates.accuracy:.3f}\n"
        f"{quotes.gold} gold quotes, {quotes.predicted} predicted: recall {quotes.recall:.3f}"
        f"  precision {quotes.precision:.3f}  speaker accuracy {quotes.accuracy:.3f}"
        f"  predictions on not_quotes {on_not_quotes}"
    )
    return dates, quotes, on_not_quotes


def test_dates_quotes_and_speakers_stay_above_their_floors(
    scored: tuple[Counts, Counts, int],
) -> None:
    dates, quotes, _ = scored
    measured = {
        "dates recall": dates.recall,
        "dates precision": dates.precision,
        "date value accuracy": dates.accuracy,
        "quotes recall": quotes.recall,
        "quotes precision": quotes.precision,
        "speaker accuracy": quotes.accuracy,
    }
    below = {k: round(v, 3) for k, v in measured.items() if v < FLOORS[k]}
    assert not below, f"below the floor: {below}"


def test_names_and_titles_in_marks_are_not_taken_for_quotations(
    scored: tuple[Counts, Counts, int],
) -> None:
    _, _, on_not_quotes = scored
    assert on_not_quotes <= MOST_ON_NOT_QUOTES
