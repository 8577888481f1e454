"""Key terms for the reader, without spaCy: what the exercise file and the glossary know.

The terms are the words the exercises ask about (cloze answers, term/definition pairs, word-bank
words) and the glossary's entries; only those written in the article are highlighted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.model import Cloze, ExerciseSet, TermMatch

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\s»”\"]*\s+(?=[A-ZÀ-ÖØ-Þ«“\"0-9])")


@dataclass(frozen=True)
class KeyTerm:
    """A term and what the app can say about it."""

    term: str
    definition: str | None = None


def key_terms(exercise_set: ExerciseSet | None, glossary: dict[str, str]) -> list[KeyTerm]:
    """Candidate terms, each once (case ignored); a definition from the exercises wins over the
    glossary's because it was written for this article."""
    found: dict[str, KeyTerm] = {}

    def add(term: str, definition: str | None = None) -> None:
        key = term.strip().casefold()
        if not key:
            return
        known = found.get(key)
        if known is None or (known.definition is None and definition):
            found[key] = KeyTerm(term.strip(), definition or (known and known.definition))

    if exercise_set is not None:
        for item in exercise_set.items:
            if isinstance(item, TermMatch):
                for pair in item.pairs:
                    add(pair.term, pair.definition)
            elif isinstance(item, Cloze):
                add(item.answer)
                for word in item.bank:
                    add(word)
    for term, definition in glossary.items():
        key = term.strip().casefold()
        if key in found and found[key].definition is None:
            found[key] = KeyTerm(found[key].term, definition)
        elif key not in found:
            add(term, definition)
    return list(found.values())


def sentence_around(paragraph: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence of `paragraph` that holds [start, end), and the span's offsets inside it."""
    begin = 0
    for match in _SENTENCE_END.finditer(paragraph):
        if match.end() <= start:
            begin = match.end()
        elif match.start() >= end:
            sentence = paragraph[begin : match.start()].rstrip()
            return sentence, start - begin, end - begin
    return paragraph[begin:].rstrip(), start - begin, end - begin
