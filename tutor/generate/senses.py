"""The sense of a glossary term in a sentence of the article, for the items that define it.

The lemmas come from the article's parse (extraction has just made it; `tutor.nlp` hands the
same one back), the word vectors from the article's `Lexicon`. Without the language model the
plain words of the text stand in for lemmas, which is enough for most context words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
        return frozenset(
            w for at, lemma, form in self.tokens if start <= at < end for w in (lemma, form)
        )

    @property
    def everywhere(self) -> frozenset[str]:
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
    for token in doc:
        if token.is_punct or token.is_space or token.pos_ == "DET":
            continue  # a determiner says nothing of a sense: "leur" has the lemma "son" (sound)
        lemma, form = token.lemma_.casefold(), token.text.casefold()
        tokens.append((token.idx, lemma, form))
        if token.pos_ in CONTENT_POS and not token.is_stop:
            content.update((lemma, form))
    return _ArticleWords(tuple(tokens), frozenset(content))
