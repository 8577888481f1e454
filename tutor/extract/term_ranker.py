"""The key terms' final order, learned from teachers' choices: a logistic model re-ranks the best
candidates of the hand-made score (tutor/extract/terms.py) by how likely a teacher is to choose
each one for a B1 learner.

Why learned: the hand-made score weighs rarity, repetition, the title and the glossaries, and
sessions of re-weighting had stopped gaining (see tests/extract/test_gold_eval.py). What it
cannot see is what kind of word a term is: teachers choose "dérogation" and "amende" in a
drought article, and pass over "hydrologue", "goutte" and "conférence de presse". The model
reads that from two things the score never had:

- the meaning of the term's words, from the spaCy model's word vectors;
- how often teachers chose the term when an article offered it: 827 annotated articles
  (tests/extract/data, tests/data/gold) say that "négociation" or "élu local", offered often,
  are seldom chosen, and "sanction" often is.

Since session 20 small boosted trees correct the logistic model where features interact
(term_trees.py).

The model file (tutor/data/term_ranker.json) is written by tools/train_term_ranker.py; the
figures of its training are in that tool's docstring.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from tutor.extract.term_features import FEATURE_NAMES, TermContext, candidate_features
from tutor.extract.term_trees import BoostedTrees, trees_from_json

if TYPE_CHECKING:
    import numpy as np

    from tutor.extract.candidates import Candidate

MODEL_NAME = "term_ranker.json"
MODEL_FORMAT = 2
"""2: boosted trees on top of the logistic model (term_trees.py), session 20."""
LEXICON_FEATURES = ("chosen_before", "offered_before")
"""The model's last two columns: the smoothed log-odds that teachers chose the term when an
article offered it among its best candidates, and how often one did (log)."""
OUTSIDE_POOL = 1e-3
"""What a candidate below the re-ranked pool keeps of its score: it stays after all of them."""


def lexicon_key(lemma: str) -> str:
    """A term as the lexicon of teachers' choices counts it: case, accents, apostrophes and a
    plural s/x ignored, as the gold annotations are compared (tests/data/gold/README.md)."""
    text = unicodedata.normalize("NFD", lemma.lower().replace("’", "'"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    words = re.sub(r"\s+", " ", text).strip().split()
    return " ".join(w[:-1] if len(w) > 3 and w[-1] in "sx" else w for w in words)


def lexicon_row(
    offered: int, chosen: int, smoothing: float, base_rate: float
) -> tuple[float, float]:
    """The lexicon features of a term teachers were offered `offered` times and chose `chosen`
    times: the same for the model's training (tools/train_term_ranker.py) and its use."""
    odds = (chosen + smoothing * base_rate) / (offered - chosen + smoothing * (1 - base_rate))
    return math.log(odds), math.log1p(offered)


@dataclass(frozen=True)
class TermModel:
    """A trained model: standardised feature weights, the word-vector weights, and the lexicon
    of how often teachers chose each term offered to them."""

    pool: int
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    vector_weights: np.ndarray
    bias: float
    smoothing: float
    base_rate: float
    lexicon: dict[str, tuple[int, int]]
    boosting: BoostedTrees | None = None

    def lexicon_features(self, lemmas: list[str]) -> np.ndarray:
        import numpy as np

        rows = [
            lexicon_row(
                *self.lexicon.get(lexicon_key(lemma), (0, 0)), self.smoothing, self.base_rate
            )
            for lemma in lemmas
        ]
        return np.array(rows, dtype=float).reshape(len(lemmas), len(LEXICON_FEATURES))

    def logits(self, features: np.ndarray, vectors: np.ndarray, lemmas: list[str]) -> np.ndarray:
        import numpy as np

        full = np.hstack([features, self.lexicon_features(lemmas)])
        logits = ((full - self.mean) / self.scale) @ self.weights + self.bias
        if vectors.shape[1] == len(self.vector_weights):
            logits = logits + vectors @ self.vector_weights
        if self.boosting is not None:
            logits = logits + self.boosting.correction(full, vectors)
        return logits


def rerank(pool: list[Candidate], context: TermContext, model: TermModel | None = None) -> None:
    """Give the best `model.pool` candidates of the hand-made score the model's probability that
    a teacher chooses them, and the others a score below all of those. Without a readable model
    file the hand-made order stands."""
    model = model or shipped_model()
    if model is None or not pool:
        return
    ranked = sorted(pool, key=lambda c: (-c.score, c.spans[0][0]))
    best, rest = ranked[: model.pool], ranked[model.pool :]
    features, vectors = candidate_features(best, context)
    logits = model.logits(features, vectors, [c.lemma for c in best])
    for cand, logit in zip(best, logits.tolist(), strict=True):
        cand.score = round(1 / (1 + math.exp(-logit)), 4) or 1e-4
    floor = min(c.score for c in best)
    for cand in rest:
        cand.score = round(floor * OUTSIDE_POOL * cand.score / (1 + cand.score), 6)


@cache
def shipped_model() -> TermModel | None:
    """The model shipped with tutor, or None when its file is missing or unreadable: key terms
    then come in the hand-made order, which is still a fair one."""
    try:
        text = resources.files("tutor.data").joinpath(MODEL_NAME).read_text("utf-8")
        return model_from_json(json.loads(text))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def model_from_json(data: dict[str, object]) -> TermModel:
    """A model from its file's content; ValueError when it does not fit this code's features."""
    import numpy as np

    if data.get("format") != MODEL_FORMAT:
        raise ValueError(f"term model format {data.get('format')!r}, expected {MODEL_FORMAT}")
    names = tuple(data["features"])  # type: ignore[arg-type]
    if names != FEATURE_NAMES + LEXICON_FEATURES:
        raise ValueError("term model features differ from tutor/extract/term_features.py")
    lexicon = {k: (int(v[0]), int(v[1])) for k, v in data["lexicon"].items()}  # type: ignore[attr-defined]
    return TermModel(
        pool=int(data["pool"]),  # type: ignore[call-overload]
        mean=np.array(data["mean"], dtype=float),
        scale=np.array(data["scale"], dtype=float),
        weights=np.array(data["weights"], dtype=float),
        vector_weights=np.array(data["vector_weights"], dtype=float),
        bias=float(data["bias"]),  # type: ignore[arg-type]
        smoothing=float(data["smoothing"]),  # type: ignore[arg-type]
        base_rate=float(data["base_rate"]),  # type: ignore[arg-type]
        lexicon=lexicon,
        boosting=trees_from_json(data["boosting"]) if "boosting" in data else None,  # type: ignore[arg-type]
    )
