"""The sense of a glossary term in a sentence of the article, for the items that define it.

The lemmas come from the article's parse (extraction has just made it; `tutor.nlp` hands the
same one back), the word vectors from the article's `Lexicon`. Without the language model the
plain words of the text stand in for lemmas, which is enough for most context words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

from tutor.generate.context import Context
from tutor.glossary import GlossaryEntry

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"})
"""Words that can say what a sentence is about: the only ones in its word vector (the others
dilute it). Context words are matched against every word but determiners, so "mise en examen"
can be one, and "leur salaire" (lemma "son") is no cue of a sound."""

_WORD = re.compile(r"\w+(?:-\w+)*")


@dataclass(frozen=True)
class _ArticleWords:
    """Each word of the article: where it starts, its lemma and its form (folded)."""

    tokens: tuple[tuple[int, str, str], ...]
    content: frozenset[str]
    """The lemmas and forms of the words that say what a sentence is about."""

    def between(self, start: int, end: int) -> frozenset[str]:
        first, last = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return frozenset(w for _, lemma, form in self.tokens[first:last] for w in (lemma, form))

    @cached_property
    def _starts(self) -> list[int]:
        """Where each word starts, in text order: a sentence's words are found by bisection."""
        return [at for at, _, _ in self.tokens]

    @cached_property
    def everywhere(self) -> frozenset[str]:
        """Every lemma and form of the article: made once, then asked for each sense chosen."""
        return frozenset(w for _, lemma, form in self.tokens for w in (lemma, form))


def entry_in_sentence(
    ctx: Context, entry: GlossaryEntry | None, sentence: str
) -> GlossaryEntry | None:
    """The entry with the definition the sentence means; None when the entry is None or has
    several senses and none is clearly meant (no definition is better than a wrong one)."""
    if entry is None:
        return None
    if not entry.senses:
        return entry
    words: _ArticleWords = ctx.remember("sense_words", lambda: _article_words(ctx.article.body))
    sentence = ctx.evidence(sentence) or sentence  # as the body writes it, to find its words
    start = ctx.article.body.find(sentence)
    if start >= 0:
        lemmas = words.between(start, start + len(sentence))
    else:
        lemmas = frozenset(_WORD.findall(sentence.casefold()))

    def similarity(text: str, cues: str) -> float | None:
        content = " ".join(w for w in text.split(" ") if w in words.content)
        return ctx.lexicon.similarity(content, cues) if content else None

    return entry.in_context(lemmas, words.everywhere, similarity)


def _article_words(body: str) -> _ArticleWords:
    try:
        from tutor import nlp

        doc = nlp.analyse(body, nlp.load())
    except Exception:  # no model: extraction says so; the plain words will do here
        plain = [(m.start(), m.group().casefold()) for m in _WORD.finditer(body)]
        return _ArticleWords(tuple((at, w, w) for at, w in plain), frozenset(w for _, w in plain))
    tokens, content = [], set()
    # the attributes of every word read in one array: a Token and its string look-ups for each
    # word of the article took most of this function's time
    strings = doc.vocab.strings
    columns = doc.to_array(_ATTRIBUTES).tolist() if len(doc) else []
    for punct, space, pos_id, lemma_id, orth, idx, stop in columns:
        pos = strings[pos_id]
        if punct or space or pos == "DET":
            continue  # a determiner says nothing of a sense: "leur" has the lemma "son" (sound)
        lemma, form = strings[lemma_id].casefold(), strings[orth].casefold()
        tokens.append((idx, lemma, form))
        if pos in CONTENT_POS and not stop:
            content.update((lemma, form))
    return _ArticleWords(tuple(tokens), frozenset(content))


_ATTRIBUTES = ["IS_PUNCT", "IS_SPACE", "POS", "LEMMA", "ORTH", "IDX", "IS_STOP"]
"""What `_article_words` reads of each token (`token.is_punct`, ..., `token.is_stop`)."""
