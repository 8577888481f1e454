"""Key terms for the reader, without spaCy: what the exercise file and the glossary know.

The terms are the words the exercises ask about (cloze answers, term/definition pairs, word-bank
words) and the glossary's entries found in the article (plurals included); a definition written
in the exercise file wins over the glossary's, because it was written for this article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tutor.model import Cloze, ExerciseSet, TermMatch
from tutor.plain_sentences import sentence_around
from tutor.ui.text_spans import TermSpan, find_terms

if TYPE_CHECKING:
    from tutor.glossary import Glossary, GlossaryEntry

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def words_of(text: str) -> set[str]:
    """The words of a text as the glossary's sense cues are written (lemmas), roughly: each
    word in lower case and without a plural ending. The reader has no parse to lemmatise with."""
    from tutor.glossary import singular

    words = {w.casefold().replace("’", "'") for w in _WORD.findall(text)}
    return words | {singular(w) for w in words}


def meaning(entry: GlossaryEntry, sentence: str, article_words: set[str]) -> str | None:
    """The entry's definition as the sentence uses the word; None when the entry has several
    senses and neither the sentence nor the article says which (a wrong sense is worse than
    none)."""
    return entry.definition_for(words_of(sentence), article_words)


@dataclass(frozen=True)
class KeyTerm:
    """A term and what the app can say about it."""

    term: str
    definition: str | None = None


def fold(term: str) -> str:
    """The key a term is known by: case, curly apostrophes and spacing ignored."""
    return re.sub(r"\s+", " ", term.replace("’", "'")).strip().casefold()


def exercise_terms(exercise_set: ExerciseSet | None) -> dict[str, KeyTerm]:
    """The terms the exercises ask about, by folded form."""
    found: dict[str, KeyTerm] = {}
    if exercise_set is None:
        return found
    for item in exercise_set.items:
        if isinstance(item, TermMatch):
            for pair in item.pairs:
                found[fold(pair.term)] = KeyTerm(pair.term.strip(), pair.definition)
        elif isinstance(item, Cloze):
            for word in (item.answer, *item.bank):
                found.setdefault(fold(word), KeyTerm(word.strip()))
    return found


def _free(taken: list[TermSpan], paragraph: int, start: int, end: int) -> bool:
    return all(s.paragraph != paragraph or end <= s.start or start >= s.end for s in taken)


def _first_only(spans: list[TermSpan]) -> list[TermSpan]:
    seen: set[str] = set()
    out = []
    for span in sorted(spans, key=lambda s: (s.paragraph, s.start)):
        if span.term not in seen:
            seen.add(span.term)
            out.append(span)
    return out


def reader_terms(
    texts: list[str],
    exercise_set: ExerciseSet | None,
    glossary: Glossary | None,
    common: Callable[[str], bool] = lambda _term: False,
) -> tuple[list[TermSpan], dict[str, KeyTerm]]:
    """The first occurrence of each key term in the paragraphs, in reading order, and what each
    term means.

    A span's `term` is the folded key into the returned mapping. Exercise terms are placed
    first; glossary matches fill the gaps, so an exercise term is never split by a shorter
    glossary entry. Glossary words that every learner knows (`common`) are left plain: a page
    where every other word is coloured highlights nothing.
    """
    terms = exercise_terms(exercise_set)
    spans = [
        TermSpan(s.paragraph, s.start, s.end, fold(s.term))
        for s in find_terms(texts, [t.term for t in terms.values()])
    ]
    article_words = words_of("\n".join(texts)) if glossary is not None else set()
    if glossary is not None:
        for number, text in enumerate(texts):
            for match in glossary.find_in(text):
                key = fold(match.entry.lemma)
                if key not in terms and common(key):
                    continue
                if not _free(spans, number, match.start, match.end):
                    continue
                spans.append(TermSpan(number, match.start, match.end, key))
                known = terms.get(key)
                if known is None or known.definition is None:
                    sentence = sentence_around(text, match.start, match.end)[0]
                    definition = meaning(match.entry, sentence, article_words)
                    term = match.entry.lemma if known is None else known.term
                    terms[key] = KeyTerm(term, definition)
    for key, known in list(terms.items()):
        if known.definition is None and glossary is not None:
            entry = glossary.get(known.term)
            if entry is not None:
                terms[key] = KeyTerm(known.term, meaning(entry, "", article_words))
    return _first_only(spans), terms
