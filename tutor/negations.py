"""The negations of an answer, found by their words alone: "ne … pas", "ne … jamais", "sans",
"aucun", "personne ne", "ni … ni", and a spoken "pas" without "ne" ("ils sont pas utilisés").

Scoring does not parse (spaCy stays out of the learner's app), so the words around a particle
decide: "pas seulement", "ne … que", "ne … pas tous", "dire non à" and an expletive "ne" without
its "pas" make no negation, and "n'a pas de pétrole" tells a lack, not a denial. What each
negation denies is for `scoring_negation`; the words read here are listed in `negation_words`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from tutor.negation_words import (
    ADVERBS,
    ALONE,
    AUXILIARIES,
    CANCELLED_BY,
    CLAUSE_WORDS,
    DETERMINERS,
    HAVE,
    NEGATIVE_STEMS,
    PARTICLES,
    REFUSED,
    SANS_PHRASES,
    SPOKEN_AFTER,
    VERB_ENDING,
)
from tutor.normalize import strip_accents
from tutor.scoring_keywords import searched_text

_TOKEN = re.compile(r"(?P<word>[^\W_]+)|(?P<mark>[.,;:!?…()\[\]])")
_SENTENCE_ENDS = frozenset(".;!?…")
_TYPED = re.compile(r"(?P<word>[^\W_]+)|(?P<open>[«“])|(?P<close>[»”])|(?P<straight>\")")


@dataclass(frozen=True)
class Words:
    """The words of a text as `scoring_keywords.answer_tokens` gives them, accents stripped,
    with where each clause ends."""

    words: tuple[str, ...]
    ends: frozenset[int]
    """Indices of words that are followed by a clause boundary."""
    participles: frozenset[int] = frozenset()
    """Indices of words written as a past participle in "é" ("utilisés"), seen before the
    accents are stripped."""
    capitals: frozenset[int] = frozenset()
    """Indices of words written with a capital ("Kirby"), seen before `key` lowers them."""
    stops: frozenset[int] = frozenset()
    """Indices of words that end a sentence (". ! ? ; …"): what a leading "Ce n'est pas vrai
    que" denies goes on over commas and "et", never past them."""
    quoted: frozenset[int] = frozenset()
    """Indices of words typed between « » (or " "): a quotation is one thing said, whatever
    its own sentences, seen before `key` drops the marks."""


def read(text: str) -> Words:
    """The words of a text, in the same order as the keyword search sees them."""
    found: list[str] = []
    ends: set[int] = set()
    participles: set[int] = set()
    capitals: set[int] = set()
    stops: set[int] = set()
    quoted: set[int] = set()
    typed = _typed_words(text)
    at = 0  # where the next word is looked for in `typed`
    for token in _TOKEN.finditer(searched_text(text)):
        accented = token.group("word") or ""
        word = strip_accents(accented)
        if (not word or word in CLAUSE_WORDS) and found:
            ends.add(len(found) - 1)
            if token.group("mark") in _SENTENCE_ENDS:
                stops.add(len(found) - 1)
        if word:
            if accented.endswith(("é", "ée", "és", "ées")) and len(word) > 3:
                participles.add(len(found))
            # the same word as typed, a little further on: `key` drops, joins or turns a few
            # ("deux" -> "2"), so one not found leaves the place as it is
            ahead = typed[at : at + CAPITAL_LOOKAHEAD]
            same = [k for k, (w, _) in enumerate(ahead) if w.lower() == accented.lower()]
            if same:
                at += same[0] + 1
                as_typed, in_quotes = ahead[same[0]]
                if as_typed[:1].isupper():
                    capitals.add(len(found))
                if in_quotes:
                    quoted.add(len(found))
            found.append(word)
    return Words(
        tuple(found),
        frozenset(ends),
        frozenset(participles),
        frozenset(capitals),
        frozenset(stops),
        frozenset(quoted),
    )


def _typed_words(text: str) -> list[tuple[str, bool]]:
    """The words of a text as typed, each with whether it is inside a quotation."""
    found: list[tuple[str, bool]] = []
    depth, straight = 0, False
    for mark in _TYPED.finditer(text):
        if mark.group("open"):
            depth += 1
        elif mark.group("close"):
            depth = max(0, depth - 1)
        elif mark.group("straight"):
            straight = not straight
        else:
            found.append((mark.group("word"), depth > 0 or straight))
    return found


CAPITAL_LOOKAHEAD = 4
"""Typed words searched for the next word of the key, whose capital is to be known."""


def is_negative(word: str) -> bool:
    return word.startswith(NEGATIVE_STEMS)


def verb_like(word: str) -> bool:
    if word in ("eu", "ete", "fait", "dit"):
        return True  # "n'y a jamais eu de", "n'a pas été"
    return len(word) >= 3 and bool(VERB_ENDING.search(word)) and word not in DETERMINERS


def _lacks(text: Words, opener: int, particle: int) -> bool:
    """Whether "ne … pas" says that someone has not got something ("La Corée du Nord n'a pas
    de pétrole", "n'a plus assez de munitions"): a need, often the very reason asked for, not
    a denial of the thing; "il n'y a pas de missiles" and "n'a pas été utilisé" still deny."""
    words = text.words
    between = words[opener + 1 : particle]
    if glued := glued_ne(words[opener]):
        between = (glued, *between)  # "na pas de pétrole"
    if words[particle] == "ni":  # "n'a ni pétrole ni argent", each "ni"
        return bool(between) and between[0] in HAVE and "y" not in between
    if not between or between[-1] not in HAVE or "y" in between:
        return False
    after = particle + 1
    while after < len(words) and words[after] in ADVERBS:
        after += 1
    return after < len(words) and words[after] in ("de", "d")


def same_clause(text: Words, a: int, b: int) -> bool:
    return not any(k in text.ends for k in range(min(a, b), max(a, b)))


def clause_end(text: Words, start: int) -> int:
    """The last word of the clause of the word at `start`."""
    end = start
    while end < len(text.words) - 1 and end not in text.ends:
        end += 1
    return end


def clause_of(text: Words, index: int) -> range:
    """The words of the clause of the word at `index`, between two clause boundaries."""
    start = index
    while start > 0 and start - 1 not in text.ends:
        start -= 1
    return range(start, clause_end(text, index) + 1)


def _nobody(text: Words, index: int) -> bool:
    """Whether "personne" or "nul" is the subject of a "ne" that follows ("Personne n'utilise
    de missiles", "Nul missile n'est utilisé"); not "la personne", "une personne"."""
    words = text.words
    if words[index] not in ("personne", "nul", "nulle"):
        return False
    if index and index - 1 not in text.ends and words[index - 1] in DETERMINERS:
        return False
    ahead = range(index + 1, min(len(words), index + 4))
    return any(words[j] in ("ne", "n") and same_clause(text, index, j) for j in ahead)


def _denies_alone(text: Words, index: int, after: str) -> bool:
    """Whether a particle without "ne" denies: "pas les missiles", "jamais de missiles",
    "aucun missile", "ni Le Pen ni …"; not "plus que jamais les missiles"."""
    word = text.words[index]
    if word in ("nul", "nulle"):
        return _nobody(text, index)
    if word == "ni":  # "ni … ni …", however far its "ne" ("il ne parle ni de …, ni de …")
        return any(
            w == "ni" and j != index and same_clause(text, index, j)
            for j, w in enumerate(text.words)
        )
    if word == "pas":
        return after in DETERMINERS
    if word == "jamais":
        return after in ("de", "d")
    return word in ALONE


def _spoken(text: Words, index: int) -> bool:
    """Whether "pas" right after a conjugated verb denies without "ne", as French is spoken
    and learners write it ("c'est pas", "ils sont pas utilisés")."""
    before = index - 1
    if text.words[index] != "pas" or before < 0 or before in text.ends:
        return False
    return text.words[before] in SPOKEN_AFTER


@dataclass(frozen=True)
class Negation:
    opener: int
    """The first word of the negation: "ne" of "ne … pas", or the word that denies alone."""
    particle: int
    """"pas", "jamais", "sans", "non": what follows it is denied."""


def _opener(text: Words, particle: int) -> int | None:
    """The "ne" of a particle, a few words before it in its clause."""
    for j in range(particle - 1, max(-1, particle - 6), -1):
        if j in text.ends:
            return None
        if text.words[j] in ("ne", "n") or glued_ne(text.words[j]):
            return j
    return None


def glued_ne(word: str) -> str:
    """The verb of "n'" typed without its apostrophe ("nest", "nont", "na"), or ""."""
    return word[1:] if word[:1] == "n" and word[1:] in AUXILIARIES | HAVE else ""


def negations(text: Words) -> tuple[Negation, ...]:
    """The negations of a text, in order. Read once per text: scoring asks again for each place
    of each keyword, and an answer of thousands of words took seconds."""
    return _negations(text)


@functools.lru_cache(maxsize=16)
def _negations(text: Words) -> tuple[Negation, ...]:
    words, found = text.words, []
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) and i not in text.ends else ""
        if word in PARTICLES and after not in CANCELLED_BY:
            opener = _opener(text, i)
            if opener is not None:
                if not _lacks(text, opener, i):
                    found.append(Negation(opener, i))
            elif word == "pas" and i and words[i - 1] in HAVE and after in ("de", "d"):
                continue  # "ils ont pas de pétrole", spoken: a lack, as `_lacks` says
            elif _spoken(text, i):
                found.append(Negation(i - 1, i))  # "ils sont pas utilisés", without "ne"
            elif _denies_alone(text, i, after):
                found.append(Negation(i, i))  # "pas de missiles", "aucun missile"
        elif _nobody(text, i):
            found.append(Negation(i, i))  # "personne n'utilise", "nul missile n'est"
        elif (word == "sans" and after not in SANS_PHRASES) or (
            word == "non" and after and after not in CANCELLED_BY | REFUSED
        ):
            found.append(Negation(i, i))
    return tuple(found)
