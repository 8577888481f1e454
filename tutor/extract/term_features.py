"""What the learned ranking of key terms reads of each candidate (tutor/extract/term_ranker.py):
the hand-made score and the facts behind it, the article's use of the term, and the meaning of
its words from the model's word vectors.

The same function serves the ranking and its training (tools/train_term_ranker.py), so that the
model is trained on exactly what it is given.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tutor.extract.person_nouns import describes_a_person

if TYPE_CHECKING:
    import numpy as np

    from tutor.extract.candidates import Candidate
    from tutor.extract.sentences import SentenceIndex
    from tutor.extract.tokens import TokenTable
    from tutor.glossary import Glossary

FEATURE_NAMES = (
    "log_score",
    "noun",
    "verb",
    "adjective",
    "adverb",
    "single_word",
    "words",
    "log_uses",
    "first_use",
    "in_lead",
    "key_vocabulary",
    "defined",
    "fixed",
    "word_zipf",
    "person_noun",
    "in_title",
    "in_list",
    "in_pair",
    "score_below_best",
    "log_rank",
    "log_pool",
    "uses_below_most",
    "zipf_against_pool",
)
"""One column per name, in this order; the word vector comes after them. The last five place
the candidate among the article's others (session 21: a cut at 25 is made per article; on the
folds of 827 articles 8,571 -> 8,598 terms)."""
LEAD_SHARE = 0.15
"""The first 15 % of the body's sentences: the lead a journalist puts the subject in. Counted in
sentences, not characters, so that a longer dateline ("BREST, le 14 septembre 2026 (AFP) –")
moves nothing."""
_TITLE_WORD = re.compile(r"[\w'-]+")


@dataclass(frozen=True)
class TermContext:
    """What the features of an article's candidates are read against."""

    tokens: TokenTable
    sentences: SentenceIndex
    title: str
    key_vocabulary: Glossary
    defined: Glossary
    """Every definition tutor has: a term with one is a word the press uses as vocabulary."""


def candidate_features(
    pool: list[Candidate], context: TermContext
) -> tuple[np.ndarray, np.ndarray]:
    """The feature rows (FEATURE_NAMES) and the unit word vector of each candidate."""
    import numpy as np

    from tutor.extract.terms import lexeme_zipf
    from tutor.glossary import fold_term

    title_words = {w for w in _TITLE_WORD.findall(context.title.lower().replace("’", "'"))}
    lists = _list_sizes(context.tokens)
    # sentences that hold a word of the article: a dateline cut as a sentence of its own
    # ("14 septembre 2026. –") or kept with the next one moves no term
    index_at = context.sentences.index_at
    worded = sorted({index_at(start) for cand in pool for start, _ in cand.spans})
    place = {number: rank for rank, number in enumerate(worded)}
    sentences = max(1, len(worded))
    vocab = context.tokens.doc.vocab
    rows, vectors = [], []
    for cand in pool:
        words = cand.content or cand.words
        single = cand.kind == "word"
        first = place[index_at(cand.spans[0][0])] / sentences
        folded = fold_term(cand.lemma)
        in_list = min((lists[h] for h in cand.heads), default=1)
        rows.append(
            (
                math.log(max(cand.score, 1e-4)),
                cand.pos == "NOUN",
                cand.pos == "VERB",
                cand.pos == "ADJ",
                cand.pos == "ADV",
                single,
                min(len(words), 4) / 4,
                math.log2(len(cand.spans)),
                first,
                first < LEAD_SHARE,
                folded in context.key_vocabulary.entries,
                folded in context.defined.entries,
                cand.fixed,
                lexeme_zipf(cand) / 7 if single else 0.0,
                single and describes_a_person(cand.lemma),
                any(w in title_words for w in words),
                in_list >= 3,
                in_list == 2,
            )
        )
        vectors.append(_unit_vector(vocab, words))
    own = np.array(rows, dtype=float).reshape(len(pool), len(FEATURE_NAMES) - len(_AMONG))
    features = np.hstack([own, _among_the_pool(own)])
    return features, np.array(vectors, dtype=float).reshape(len(pool), -1 if vectors else 0)


_AMONG = FEATURE_NAMES[-5:]


def _among_the_pool(own: np.ndarray) -> np.ndarray:
    """Where each candidate stands among the article's others (the columns of `_AMONG`): how
    far its score is below the best one, its rank by score, how many candidates there are,
    how far its uses are below the most used one's, and its rarity against the pool's single
    words."""
    import numpy as np

    if not len(own):
        return np.zeros((0, len(_AMONG)))
    score = own[:, FEATURE_NAMES.index("log_score")]
    uses = own[:, FEATURE_NAMES.index("log_uses")]
    zipf = own[:, FEATURE_NAMES.index("word_zipf")]
    single = own[:, FEATURE_NAMES.index("single_word")] > 0
    rank = np.argsort(np.argsort(-score, kind="stable"), kind="stable")
    mean_zipf = zipf[single].mean() if single.any() else 0.0
    return np.column_stack(
        [
            score - score.max(),
            np.log1p(rank),
            np.full(len(own), math.log(len(own))),
            uses - uses.max(),
            np.where(single, zipf - mean_zipf, 0.0),
        ]
    )


def _unit_vector(vocab: object, words: tuple[str, ...]) -> np.ndarray:
    """The mean vector of the words, of length 1 (zeros when the model knows none of them)."""
    import numpy as np

    found = [v for v in (vocab.get_vector(w) for w in words) if v.any()]  # type: ignore[attr-defined]
    if not found:
        width = vocab.vectors.shape[1] if vocab.vectors.size else 0  # type: ignore[attr-defined]
        return np.zeros(width)
    mean = np.mean(found, axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm else mean


def _list_sizes(tokens: TokenTable) -> list[int]:
    """How many items the coordination each token belongs to has ("des cardiologues, des
    dermatologues et des kinésithérapeutes": 3), 1 outside any: a term met only as one item of
    a list is seldom what the article is about."""
    root = list(range(len(tokens.dep)))
    for i in range(len(tokens.dep)):
        r = i
        for _ in range(len(tokens.dep)):  # a parse has no cycle; the bound only guards it
            if tokens.dep[r] != "conj" or tokens.head[r] == r:
                break
            r = tokens.head[r]
        root[i] = r
    members = [0] * len(root)
    for i, dep in enumerate(tokens.dep):
        if dep == "conj" and root[i] != i:
            members[root[i]] += 1
    return [1 + members[root[i]] for i in range(len(root))]
