"""How close a candidate term is to what the article is about, from the model's word vectors:
the rarity of a word says whether it is worth learning, this says whether the article is about
it."""

from __future__ import annotations

from typing import Any

from tutor.extract.candidates import Candidate
from tutor.extract.tokens import TokenTable

_TOPIC_POS = frozenset({"NOUN", "ADJ", "VERB"})


class Topic:
    """How close words are to what the article is about: the cosine of a word's vector with the
    mean vector of the article's nouns, from the model's word vectors.

    Vectors belong to words, not to tokens, so each word is compared once.
    """

    def __init__(self, tokens: TokenTable) -> None:
        from numpy import add

        from tutor.nlp import word_vectors

        self._add = add.reduce  # what `array.sum()` calls, without its Python wrapper
        self.tokens = tokens
        self._vectors = word_vectors(tokens.doc, [p in _TOPIC_POS for p in tokens.pos])
        """Tokens of one word share one array: a similarity is kept per array."""
        self._sims: dict[int, float] = {}
        nouns = [
            v
            for p, v in zip(tokens.pos, self._vectors, strict=True)
            if p == "NOUN" and v is not None
        ]
        self.centroid: Any = sum(nouns) / len(nouns) if nouns else None
        self._norm = (self.centroid * self.centroid).sum() ** 0.5 if nouns else None

    def _similarity(self, i: int) -> float:
        """-1.0 for a word that says nothing of the topic (not a noun, adjective or verb)."""
        vector = self._vectors[i]
        if self.tokens.pos[i] not in _TOPIC_POS or vector is None:
            return -1.0
        sim = self._sims.get(id(vector))
        if sim is None:
            sim = self._sims[id(vector)] = self._cosine(vector)
        return sim

    def _cosine(self, a: Any) -> float:
        """The cosine with the centroid. Each word is computed alone, on the table's own array:
        numpy's sums differ in the last bits with the memory alignment of what they add, and a
        stacked copy would move the scores."""
        norm = float(self._add(a * a) ** 0.5 * self._norm)
        return float(self._add(a * self.centroid)) / norm if norm else 0.0

    def centrality(self, cand: Candidate) -> float:
        """The closest of the term's words to the topic (0.3 when none can tell)."""
        if self.centroid is None:
            return 0.3
        first, last = cand.ranges[0]
        sims = [s for i in range(first, last + 1) for s in [self._similarity(i)] if s > -1.0]
        return max(sims) if sims else 0.3
