"""Train the learned ranking of key terms (tutor/extract/term_ranker.py) on the annotated articles
and write its model file, tutor/data/term_ranker.json.

    .venv/bin/python tools/train_term_ranker.py          # train, report, write the model
    .venv/bin/python tools/train_term_ranker.py --check  # report only

The articles: every key-term annotation of tests/data/gold (the shipped articles), of dev-2
(tests/data/unseen2), of the three key-term corpora (tests/extract/data/term_articles*), and of
tests/extract/data/term_train (session 19: articles of the review and people corpora and of
tests/extract/data/term_corpus, annotated blind by annotators who never read the extraction).
Never the blind sets tests/data/unseen and tests/data/unseen3: they measure the result.

Each article's candidates are scored by the hand-made ranking; its best POOL are the examples,
labelled by whether the annotator chose them (compared as the gold files are). The model is a
logistic regression on the features of tutor/extract/term_features.py, 50 principal components
of the word vectors, and the two lexicon features. So that the model learns how far to trust
the lexicon on articles it has never seen, each example's lexicon features are counted on the
other folds only; the lexicon shipped counts every article.

The report is recall of the annotators' terms among the top 25, each fold scored by a model
trained without it (folds: the annotated directories, grouped into FOLDS), against the
hand-made ranking alone.

Session 19, 467 articles, 6,990 annotated terms: hand-made 4,076 (0.583); learned, each fold
unseen, 4,752 (0.680). Tried on the same folds and not kept: 10 to 300 vector components, L2
from 1 to 100, smoothing 0.3 to 3 (all within 0.005); gradient-boosted trees instead of the
logistic model, or on top of it (+0.001); a lexicon of the phrase's head word (0); a noun and
its qualifying adjective as candidates ("grève illimitée": +0.002, and "espoir immense" a term).
Only 85 % of the annotated terms were among the pool's candidates at all: the rest are phrases
no rule or list reads as one ("vol inaugural", "faire basculer", "par précaution").

Session 20, 587 articles (120 more, tests/extract/data/term_corpus/batch_m..r, annotated
blind), 8,790 terms: hand-made 5,075 (0.577); learned, each fold unseen, 5,996 (0.682). Two
kinds of candidate were added: a noun and its qualifying adjective ("faute grave", "avocat
général"; candidate_reader.Reader.phrases) and a lower-case word the tagger read as a name
("un arrêté sécheresse"; tokens._mend_lower_case_names): on the same folds 5,951 -> 5,996, and
87 % of the annotated terms are now in the pool. Tried and not kept: a verb and its object with
an article as a candidate ("déposer un recours": -19), the term's similarity to the article's
and the title's word vectors (+3), a feature marking qualifying phrases (-2), other weights for
term_choice's kinship (all within 15 terms of the shipped ones), an adjective before its noun
as a candidate ("fausse couche": -5).

Then 240 more articles (batch_s..ad, among them Wikinews-style reports of 2008-2016, long-form
national press, regional press and explainers): 827 articles, 12,390 terms: hand-made 6,968
(0.562); learned, each fold unseen, 8,453 (0.682). The data's worth, on the 467 articles of
session 19, each fold unseen: trained without the 360 new articles 4,768 (0.682), with the
first 240 4,852, with all 360 4,872 (0.697).

With 827 articles, boosted trees on top of the logistic model (100 trees of depth 3, learning
rate 0.1: tools/term_boosting.py, tutor/extract/term_trees.py), untuned, the settings tried in
session 19 on 467 articles (+0.001 then): 8,453 -> 8,571 (0.682 -> 0.692), each fold unseen.

Session 21, same 827 articles: five columns that place a candidate among its article's others
(term_features._among_the_pool: its score below the best, its rank, the pool's size, its uses
below the most used, its rarity against the pool's words): 8,571 -> 8,600 (0.694). Tried on
the same folds and not kept: a softmax over each article's candidates instead of the logistic
loss (in-sample 8,532 against 8,537: the ranking is not what the loss misses), the rarity of a
phrase's rarest, commonest and mean word (-14 beside the five columns), the size of the head
word's family, the kind and the article of a phrase (+3 beside them), "avec" and "hors" as
locution prepositions ("avec sursis": -22), a locution beside its bare noun when the noun is
met both ways ("en alternance" and "alternance": -9). Fitted on every article and scored on
them, the logistic model finds 8,537: hardly more than each fold unseen (8,453). What the
columns say, not the model's capacity, is the limit.

Session 22, same folds (8,600): two new sources of information, neither kept. Columns from the
word vectors of the terms annotators chose on the other folds (the mean similarity to the 10
nearest chosen terms, and that minus the 10 nearest never chosen, the same term excluded,
cross-fitted as the lexicon is): 8,597. Noun and adjective agreeing in number only, since the
tagger guesses a noun's gender ("son préjudice" tagged feminine, so "préjudice corporel" was
no candidate): 80 more candidates in the pools, 8,586. A pool of 300 instead of 150: 8,575.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from term_boosting import LEARNING_RATE as BOOSTING_RATE
from term_boosting import correction, fit_trees

from tutor.content import load_article
from tutor.extract.candidates import Candidate
from tutor.extract.sentences import SentenceIndex, split_sentences
from tutor.extract.term_choice import choose
from tutor.extract.term_features import FEATURE_NAMES, TermContext, candidate_features
from tutor.extract.term_fields import field_lexicon
from tutor.extract.term_ranker import (
    LEXICON_FEATURES,
    MODEL_FORMAT,
    MODEL_NAME,
    lexicon_key,
    lexicon_row,
)
from tutor.extract.terms import find_terms
from tutor.extract.tokens import table_of
from tutor.glossary_files import load_glossary
from tutor.nlp import analyse_each

CHECKOUT = Path(__file__).resolve().parents[1]
MODEL_PATH = CHECKOUT / "tutor" / "data" / MODEL_NAME
POOL = 150
"""Candidates re-ranked per article, the hand-made score's best: with 467 articles, 150 found
1.2 points more of the annotated terms than 60 (0.680 against 0.668), 90 nearly as many."""
COMPONENTS = 50
"""Principal components of the word vectors the model reads (10 to 300 tried: 50 to 150 best)."""
L2 = 10.0
SMOOTHING = 0.3
"""How many pseudo-offers, at the base rate, smooth the lexicon's log-odds (0.3 to 3 tried)."""
FOLDS = 6
TOP = 25
ITERATIONS = 600
LEARNING_RATE = 0.5


@dataclass
class Example:
    """One candidate of one article, as the model sees it."""

    group: str
    article: int
    cand: Candidate
    text: str
    features: np.ndarray
    vector: np.ndarray
    chosen: bool


@dataclass
class Annotated:
    group: str
    path: Path
    terms: list[dict[str, str]]


def annotated_articles() -> list[Annotated]:
    """Every key-term annotation the model may learn from, with its article."""
    out = []
    sources = [
        (CHECKOUT / "tests/data/gold", CHECKOUT / "content"),
        (CHECKOUT / "tests/data/unseen2/gold", CHECKOUT / "tests/data/unseen2"),
    ]
    sources += [(d, d) for d in sorted((CHECKOUT / "tests/extract/data").glob("term_articles*"))]
    sources += [(d, None) for d in sorted((CHECKOUT / "tests/extract/data/term_train").iterdir())]
    for folder, articles in sources:
        for path in sorted(folder.glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            name = str(data["article"])
            article = CHECKOUT / name if articles is None else articles / Path(name).name
            out.append(Annotated(folder.name, article, list(data["terms"])))
    return out


def examples_of(corpus: list[Annotated]) -> list[Example]:
    """Each article's best POOL candidates by the hand-made score, with their features."""
    articles = [load_article(a.path) for a in corpus]
    out: list[Example] = []
    docs = analyse_each([a.body for a in articles])
    for number, (note, article, doc) in enumerate(zip(corpus, articles, docs, strict=True)):
        keep = _PoolKeeper()
        body = article.body
        tokens = table_of(doc)
        index = SentenceIndex(split_sentences(doc, body, text=tokens.doc_text))
        glossary = load_glossary(article.path.parent, key_vocabulary=True)
        find_terms(
            doc, body, index, article.title, glossary=glossary, tokens=tokens,
            lexicon=field_lexicon(), rank=keep,
        )  # fmt: skip
        pool, context = keep.pools[0]
        best = sorted(pool, key=lambda c: (-c.score, c.spans[0][0]))[:POOL]
        features, vectors = candidate_features(best, context)
        wanted = {lexicon_key(t["lemma"]) for t in note.terms}
        wanted |= {lexicon_key(t["text"]) for t in note.terms}
        for cand, row, vector in zip(best, features, vectors, strict=True):
            text = body[cand.spans[0][0] : cand.spans[0][1]]
            chosen = lexicon_key(cand.lemma) in wanted or lexicon_key(text) in wanted
            out.append(Example(note.group, number, cand, text, row, vector, chosen))
    return out


class _PoolKeeper:
    """Stands for the learned ranking in find_terms: keeps the pool the hand-made score made."""

    def __init__(self) -> None:
        self.pools: list[tuple[list[Candidate], TermContext]] = []

    def __call__(self, pool: list[Candidate], context: TermContext) -> None:
        self.pools.append(([copy.copy(c) for c in pool], context))


def fold_of(group: str) -> int:
    return zlib.crc32(group.encode()) % FOLDS


def lexicon_of(examples: list[Example]) -> dict[str, tuple[int, int]]:
    offered: Counter[str] = Counter()
    chosen: Counter[str] = Counter()
    for e in examples:
        key = lexicon_key(e.cand.lemma)
        offered[key] += 1
        chosen[key] += e.chosen
    return {k: (offered[k], chosen[k]) for k in sorted(offered)}


def lexicon_columns(
    examples: list[Example], lexicon: dict[str, tuple[int, int]], base_rate: float
) -> np.ndarray:
    rows = [
        lexicon_row(*lexicon.get(lexicon_key(e.cand.lemma), (0, 0)), SMOOTHING, base_rate)
        for e in examples
    ]
    return np.array(rows)


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """Logistic regression by gradient descent on standardised columns (deterministic)."""
    mean, scale = x.mean(0), x.std(0) + 1e-6
    z = (x - mean) / scale
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(ITERATIONS):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        w -= LEARNING_RATE * (z.T @ (p - y) / len(y) + L2 * w / len(y))
        b -= LEARNING_RATE * float((p - y).mean())
    return w, b, mean, scale


class Trainer:
    """The model's columns for any subset of the examples, and fits on them."""

    def __init__(self, examples: list[Example]) -> None:
        self.examples = examples
        self.labels = np.array([e.chosen for e in examples], dtype=float)
        vectors = np.array([e.vector for e in examples])
        centred = vectors - vectors.mean(0)
        self.components = np.linalg.svd(centred[::3], full_matrices=False)[2][:COMPONENTS]
        self.base = np.hstack(
            [np.array([e.features for e in examples]), vectors @ self.components.T]
        )
        self.folds = np.array([fold_of(e.group) for e in examples])

    def columns(self, rows: np.ndarray, lexicon_from: np.ndarray) -> np.ndarray:
        """Features of `rows`, with lexicon columns counted on `lexicon_from` only."""
        subset = [self.examples[i] for i in np.nonzero(lexicon_from)[0]]
        base_rate = float(self.labels[lexicon_from].mean())
        lexicon = lexicon_of(subset)
        chosen = [self.examples[i] for i in np.nonzero(rows)[0]]
        return np.hstack([self.base[rows], lexicon_columns(chosen, lexicon, base_rate)])

    def training_columns(self, among: np.ndarray) -> np.ndarray:
        """Columns of `among` with each fold's lexicon counted on the other folds of `among`."""
        out = np.zeros((int(among.sum()), self.base.shape[1] + len(LEXICON_FEATURES)))
        order = np.nonzero(among)[0]
        for fold in sorted(set(self.folds[among])):
            rows = among & (self.folds == fold)
            where = np.isin(order, np.nonzero(rows)[0])
            out[where] = self.columns(rows, among & (self.folds != fold))
        return out

    def fit(self, among: np.ndarray) -> Fitted:
        """The logistic model and the boosted trees on top of it, fitted on `among`."""
        x, y = self.training_columns(among), self.labels[among]
        w, b, mean, scale = fit(x, y)
        trees = fit_trees(x, y, ((x - mean) / scale) @ w + b)
        return Fitted(w, b, mean, scale, trees)


@dataclass
class Fitted:
    weights: np.ndarray
    bias: float
    mean: np.ndarray
    scale: np.ndarray
    trees: tuple[list[np.ndarray], list[Any]]

    def probability(self, x: np.ndarray) -> np.ndarray:
        logit = ((x - self.mean) / self.scale) @ self.weights + self.bias
        return 1 / (1 + np.exp(-(logit + correction(self.trees, x))))


def recall_at_top(examples: list[Example], scores: np.ndarray, notes: list[Annotated]) -> int:
    """Annotated terms among the top 25 chosen from these scores (term_choice.choose)."""
    found = 0
    by_article: dict[int, list[tuple[Example, float]]] = {}
    for e, s in zip(examples, scores.tolist(), strict=True):
        by_article.setdefault(e.article, []).append((e, s))
    for number, rows in by_article.items():
        pool = []
        texts = {}
        for e, s in rows:
            cand = copy.copy(e.cand)
            cand.score = round(s, 4) or 1e-4
            pool.append(cand)
            texts[id(cand)] = e.text
        keys = set()
        for cand in choose(pool, TOP):
            keys |= {lexicon_key(cand.lemma), lexicon_key(texts[id(cand)])}
        note = notes[number]
        found += sum(
            lexicon_key(t["lemma"]) in keys or lexicon_key(t["text"]) in keys for t in note.terms
        )
    return found


def report(trainer: Trainer, notes: list[Annotated]) -> None:
    examples = trainer.examples
    total = sum(len(n.terms) for n in notes)
    hand = recall_at_top(examples, np.array([e.cand.score for e in examples]), notes)
    learned = 0
    for fold in range(FOLDS):
        held = trainer.folds == fold
        if not held.any():
            continue
        fitted = trainer.fit(~held)
        p = fitted.probability(trainer.columns(held, ~held))
        learned += recall_at_top([e for e, h in zip(examples, held, strict=True) if h], p, notes)
    print(f"{len(notes)} articles, {total} annotated terms, top {TOP}:")
    print(f"  hand-made ranking      {hand} ({hand / total:.3f})")
    print(f"  learned, fold unseen   {learned} ({learned / total:.3f})")


def model_json(trainer: Trainer) -> dict[str, object]:
    everyone = np.ones(len(trainer.examples), dtype=bool)
    fitted = trainer.fit(everyone)
    w, b, mean, scale = fitted.weights, fitted.bias, fitted.mean, fitted.scale
    edges, trees = fitted.trees
    width = len(FEATURE_NAMES)
    # the components' columns fold into one weight per vector dimension
    vec_w = w[width : width + COMPONENTS] / scale[width : width + COMPONENTS]
    vec_mean = mean[width : width + COMPONENTS]
    keep = [*range(width), *range(width + COMPONENTS, len(w))]
    return {
        "format": MODEL_FORMAT,
        "features": [*FEATURE_NAMES, *LEXICON_FEATURES],
        "pool": POOL,
        "mean": [round(float(v), 6) for v in mean[keep]],
        "scale": [round(float(v), 6) for v in scale[keep]],
        "weights": [round(float(v), 6) for v in w[keep]],
        "vector_weights": [round(float(v), 6) for v in trainer.components.T @ vec_w],
        "bias": round(b - float(vec_w @ vec_mean), 6),
        "smoothing": SMOOTHING,
        "base_rate": round(float(trainer.labels.mean()), 6),
        "lexicon": {k: list(v) for k, v in lexicon_of(trainer.examples).items()},
        "boosting": {
            "components": [[round(float(v), 6) for v in row] for row in trainer.components],
            "edges": [[round(float(v), 6) for v in e] for e in edges],
            "trees": [t.as_json() for t in trees],
            "learning_rate": BOOSTING_RATE,
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only, write nothing")
    args = parser.parse_args(argv)
    notes = annotated_articles()
    trainer = Trainer(examples_of(notes))
    report(trainer, notes)
    if not args.check:
        model = model_json(trainer)
        MODEL_PATH.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n")
        print(f"wrote {MODEL_PATH.relative_to(CHECKOUT)} ({MODEL_PATH.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
