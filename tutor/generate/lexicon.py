"""Word meaning and noun gender from the language model, to judge the distractors of a bank.

Extraction has already loaded the French model when an article is generated for real; reading
its word vectors and re-tagging the article costs a fraction of a second. The model is imported
on first use only (generation stays importable without spaCy), and without it `Lexicon` knows
nothing: banks then keep only words whose gender the article or the glossary shows.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tutor.generate import french


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


@dataclass
class Lexicon:
    """What the model says about the words of one article.

    `genders` maps a folded noun form (and its folded lemma) to "m" or "f", by the majority of
    the article's tokens the tagger gave a gender. `vocab` is the model's vocabulary, None
    without a model.
    """

    genders: dict[str, str] = field(default_factory=dict)
    vocab: Any = None
    _vectors: dict[str, tuple[float, ...] | None] = field(default_factory=dict)

    def vector(self, text: str) -> tuple[float, ...] | None:
        """The mean vector of a word or expression's words, None when the model has none.

        Small models prune their table: a rare word then shares the row of a frequent one, so
        two rare words can look identical; `similarity` says so with a value of 1.
        """
        if text not in self._vectors:
            self._vectors[text] = self._mean_vector(text)
        return self._vectors[text]

    def _mean_vector(self, text: str) -> tuple[float, ...] | None:
        if self.vocab is None:
            return None
        rows = []
        for word in text.replace("’", "'").split():
            for form in (word, word.lower()):
                if self.vocab.has_vector(form):
                    rows.append(self.vocab.get_vector(form))
                    break
        if not rows:
            return None
        return tuple(float(sum(col) / len(rows)) for col in zip(*rows, strict=True))

    def similarity(self, a: str, b: str) -> float | None:
        """Cosine similarity of two words' vectors; None when either has no vector."""
        va, vb = self.vector(a), self.vector(b)
        if va is None or vb is None:
            return None
        return _cosine(va, vb)

    def gender(self, noun: str) -> str | None:
        """The gender the tagger gave this noun (or its singular) in the article."""
        folded = french.fold(noun)
        single = folded[:-1] if folded.endswith(("s", "x")) else folded
        return self.genders.get(folded) or self.genders.get(single)


def article_lexicon(text: str) -> Lexicon:
    """The lexicon of an article; empty when the language model cannot be loaded."""
    try:
        from tutor import nlp
    except ImportError:
        return Lexicon()
    try:
        model = nlp.load()
        doc = nlp.analyse(text, model)
    except Exception:  # a missing model is reported by extraction, not here
        return Lexicon()
    votes: dict[str, Counter[str]] = {}
    for token in doc:
        if token.pos_ != "NOUN":
            continue
        found = token.morph.get("Gender")
        if len(found) != 1 or found[0] not in ("Masc", "Fem"):
            continue
        gender = "m" if found[0] == "Masc" else "f"
        for key in {french.fold(token.text), french.fold(token.lemma_)}:
            votes.setdefault(key, Counter())[gender] += 1
    genders = {}
    for key, counts in votes.items():
        (best, n), *rest = counts.most_common()
        if not rest or n > rest[0][1]:
            genders[key] = best
    return Lexicon(genders, model.vocab)
