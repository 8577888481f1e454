"""The news glossary: entries with simple French definitions, and where their terms occur in a
text (singular or plural, longest first). Reading the files, the teacher's and the five shipped
ones, is `tutor.glossary_files`' job.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path

from tutor.glossary_senses import (
    Sense,
    Similarity,
    choose_sense,
)
from tutor.term_patterns import (
    PLAIN_TEXT,
    WORD,
    is_acronym,
    match_at,
    plain_parts,
    plain_term,
    term_pattern,
    word_starts,
)
from tutor.yaml_source import Position


@dataclass(frozen=True)
class GlossaryEntry:
    """One term and its definition, in words a B1 learner knows.

    A term with several meanings has `senses` and an empty `definition`: code that reads
    `definition` without the sentence gets no definition rather than a wrong one.
    """

    lemma: str
    definition: str
    pos: str | None = None
    senses: tuple[Sense, ...] = ()

    @property
    def definitions(self) -> tuple[str, ...]:
        """Every definition the entry gives: its one definition, or each sense's."""
        return tuple(s.definition for s in self.senses) if self.senses else (self.definition,)

    def definition_for(
        self,
        sentence_lemmas: Collection[str],
        article_lemmas: Collection[str] = (),
        similarity: Similarity | None = None,
    ) -> str | None:
        """The definition of the term as used in a sentence (its lemmas, with the article's as
        a fallback and word vectors as a last resort); None when no sense is clearly meant."""
        entry = self.in_context(sentence_lemmas, article_lemmas, similarity)
        return entry.definition if entry is not None else None

    def in_context(
        self,
        sentence_lemmas: Collection[str],
        article_lemmas: Collection[str] = (),
        similarity: Similarity | None = None,
    ) -> GlossaryEntry | None:
        """This entry with the one definition a sentence means (itself when it has a single
        definition); None when no sense is clearly meant (`choose_sense`)."""
        if not self.senses:
            return self
        own_words = fold_term(self.lemma).split(" ")
        sense = choose_sense(self.senses, sentence_lemmas, article_lemmas, similarity, own_words)
        return None if sense is None else GlossaryEntry(self.lemma, sense.definition, self.pos)


@dataclass(frozen=True)
class GlossaryProblem:
    """A mistake in a glossary file, where it is and what to do."""

    file: Path
    position: Position
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.position.line}:{self.position.column}: {self.message}"


@dataclass(frozen=True)
class GlossaryMatch:
    """Where a glossary term occurs in a text, and the form written there."""

    entry: GlossaryEntry
    start: int
    end: int
    form: str


def fold_term(text: str) -> str:
    """The key of a term: lower case, plain apostrophes, single spaces."""
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().casefold()


@lru_cache(maxsize=32768)
def entry_key(lemma: str) -> str:
    """The key of a glossary entry: its folded lemma, but an acronym keeps its capitals, so that
    "SPA" (the animal charity) and "spa" (a place with hot baths) are two entries and "SEM" is
    never the entry of a word written "sem"."""
    if is_acronym(lemma):
        return re.sub(r"\s+", " ", lemma.replace("’", "'")).strip()
    return fold_term(lemma)


@lru_cache(maxsize=32768)
def singular(term: str) -> str:
    """A rough singular of every word of a term, enough to match "missiles balistiques" with
    "missile balistique" (both sides are reduced the same way, so odd cases still match).
    Kept per term: each word of every sentence looked up in the glossaries is reduced, some
    1,500 times an article, and the glossaries' 8,000 keys once per glossary built."""
    out = []
    for word in term.split(" "):
        if len(word) > 4 and word.endswith("aux"):
            word = word[:-3] + "al"
        elif len(word) > 3 and word[-1] in "sx":
            word = word[:-1]
        out.append(word)
    return " ".join(out)


@dataclass(frozen=True)
class Glossary:
    """Entries by folded lemma; `problems` lists what was wrong in the files read."""

    entries: dict[str, GlossaryEntry] = field(default_factory=dict)
    problems: tuple[GlossaryProblem, ...] = ()

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, lemma: object) -> bool:
        return isinstance(lemma, str) and entry_key(lemma) in self.entries

    def __iter__(self) -> Iterator[GlossaryEntry]:
        return iter(self.entries[k] for k in sorted(self.entries))

    def get(self, lemma: str) -> GlossaryEntry | None:
        """The entry of a term, also found from its plural or singular form ("munitions"); an
        acronym's entry only from the acronym in capitals."""
        key = entry_key(lemma)
        return self.entries.get(key) or self._by_singular.get(singular(key))

    @cached_property
    def _by_singular(self) -> dict[str, GlossaryEntry]:
        return {singular(key): entry for key, entry in sorted(self.entries.items())}

    def find_in(self, text: str) -> list[GlossaryMatch]:
        """Every occurrence of a glossary term in a text (singular or simple plural), longest
        terms first where they overlap, in text order."""
        present, starts = _words_of(text)
        folded = text.casefold() if starts is not None else ""
        found: list[tuple[int, int, str]] = []
        by_first_word = self._by_first_word
        # the text's words that start a term, met in one set operation: most words start none
        # (the order they come in does not matter, the matches are sorted below)
        for first in by_first_word.keys() & present:
            for key in by_first_word[first]:
                lead, words = _needed_words(key)
                if starts is None or not lead:
                    found += [(m.start(), -m.end(), key) for m in term_pattern(key).finditer(text)]
                    continue
                if not starts.keys() >= words:
                    continue  # a word of the term is missing: its pattern cannot match
                end = 0  # where finditer would go on after a match
                for start in starts[lead]:
                    if start >= end and (stop := _term_end(key, text, folded, start)) > start:
                        found.append((start, -stop, key))
                        end = stop
        out: list[GlossaryMatch] = []
        taken_until = 0
        for start, neg_end, key in sorted(found):
            if start >= taken_until:  # leftmost first, then the longest term at that place
                out.append(GlossaryMatch(self.entries[key], start, -neg_end, text[start:-neg_end]))
                taken_until = -neg_end
        return out

    @cached_property
    def _by_first_word(self) -> dict[str, tuple[str, ...]]:
        """Terms by their first word, reduced like the words of a text: a term can only occur
        in a text that has its first word, so most terms are never tried."""
        out: dict[str, list[str]] = {}
        for key in sorted(self.entries):
            first = _first_word(key)
            if first:
                out.setdefault(first, []).append(key)
        return {first: tuple(keys) for first, keys in out.items()}

    def merged_with(self, other: Glossary) -> Glossary:
        """This glossary with `other`'s entries added or replacing ours."""
        return Glossary({**self.entries, **other.entries}, self.problems + other.problems)


def _term_end(key: str, text: str, folded: str, start: int) -> int:
    """Where the term's pattern, tried at `start` of a plain text, ends its match (-1 when it
    does not match)."""
    plain = plain_term(key)
    if plain is not None:
        return match_at(plain, text, folded, start)
    match = term_pattern(key).match(text, start)
    return match.end() if match else -1


@lru_cache(maxsize=4)
def _words_of(text: str) -> tuple[frozenset[str], dict[str, list[int]] | None]:
    """The words of a text reduced like the first words of terms, and where each word starts
    (None when the text is not plain): an article is searched with the key vocabulary, the
    thematic lexicon and its field's terms, one after the other. Read, never changed."""
    # the words of `fold_term(text)`: spaces and apostrophes, all it changes besides the case,
    # are no part of a word, so casing alone finds the same ones, without its substitutions
    present = frozenset(singular(w) for w in set(WORD.findall(text.casefold())))
    return present, word_starts(text) if PLAIN_TEXT.fullmatch(text) else None


@cache
def _first_word(key: str) -> str:
    """The first word of an entry's key, reduced like the words of a text ("" when it has
    none). Kept per key for the process: the shipped glossary, the key vocabulary and a
    teacher's merged glossary share most keys."""
    word = WORD.search(key.casefold())  # a key is folded already, but for an acronym's case
    return singular(word.group()) if word else ""


@cache
def _needed_words(key: str) -> tuple[str, frozenset[str]]:
    """The words of a term that a text must have, as `word_starts` names them, for the term's
    pattern to match: its plain words (letters, digits, hyphens), each of which the pattern
    matches only as a whole word of the text, in the singular, with an -s or -x, or in -aux for
    a word in -al. First, the term's first word when it is plain (empty otherwise): a match can
    only start where the text has it. Worked out when a text has the term's first word, which
    few terms of a glossary are in one article."""
    parts = [plain_parts(w) for w in key.split(" ")]
    lead = parts[0][0] if parts[0] else ""
    return lead, frozenset(p for word in parts for p in word)
