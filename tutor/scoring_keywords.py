"""Finding an open answer's keywords in what the learner wrote.

A keyword counts in any inflected form (`stem`), with a slip where the item's typo policy allows
one, with a name's words glued as learners write them ("Lepen"); each word of the answer counts
for one keyword only, and the keyword's accents are checked apart. `scoring_parts.grade_open`
turns the places found here into a verdict: where a keyword is, and what the answer says of it
(`scoring_negation`), are two questions.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from tutor import messages
from tutor.given_names import other_given_name
from tutor.model import Keyword
from tutor.normalize import (
    damerau_levenshtein,
    grave_genders,
    key,
    strip_accents,
    typo_distance,
    words,
)
from tutor.scoring_people import other_person
from tutor.scoring_words import accented_form, other_word
from tutor.verdict import quoted

_PLURALS = (("eaux", "eau"), ("aux", "al"))
_FEMININES = (
    ("euse", "eur"),
    ("rice", "eur"),
    ("ive", "if"),
    ("elle", "el"),
    ("enne", "en"),
    ("ette", "et"),
    ("ere", "er"),
)


@functools.lru_cache(maxsize=4096)  # the same few words of an answer are read again and again
def stem(word: str) -> str:
    """A crude French stem that puts plural and feminine forms together, accents removed.

    "sanctions" = "sanction", "internationaux" = "internationale", "alliées" = "allié".
    Both sides of a comparison go through it, so over-stemming only ever merges words.
    """
    word = strip_accents(word.casefold())
    if len(word) <= 3 or word.isdigit():
        return word
    for ending, replacement in _PLURALS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            word = word[: -len(ending)] + replacement
            break
    else:
        if word[-1] in "sx":
            word = word[:-1]
    for ending, replacement in _FEMININES:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + replacement
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


_SIGNS = (("€", " euros"), ("$", " dollars"))


def searched_text(text: str) -> str:
    """The comparison key of an open answer as its keywords are searched in it: `key` writes
    "12 millions d'euros" as "12000000 €", and a sign is no word, so the keyword "euros" was
    never found after a number; the sign is read as its word again."""
    found = key(text, whole=False)
    for sign, word in _SIGNS:
        found = found.replace(sign, word)
    return found


def answer_tokens(text: str) -> list[str]:
    return words(searched_text(text))


def keyword_spans(
    form: list[str],
    answer: list[str],
    *,
    typos: bool,
    name: bool = False,
    given: frozenset[int] = frozenset(),
    first_name: str = "",
    people: frozenset[str] | None = None,
) -> list[tuple[int, int]]:
    """Where the keyword's words appear in a row in the answer: (start, end) of each place.
    `name`: the keyword is a proper name, where a slip may well make a word ("Marin");
    `given`: the indices of its words that are a person's given name, which another given
    name never slips to ("Marie" of "Jean-Marie" is no "Marine"); `first_name`: the given name
    of a surname form ("Marine" of "Le Pen"), which no other given name may precede ("Le Pen"
    of "Jean-Marie Le Pen" is not Marine Le Pen); `people`: when the keyword names a person,
    the words of the names of the people of the item (`scoring_people.item_people`): a word
    that is another name ("Marin" for Martin, "Martine" of the same stem) or a common word
    ("faire" for Faure) is no slip on this one's."""
    stems = [stem(w) for w in form]
    answer_stems = [stem(w) for w in answer]

    def near(at: int, index: int) -> bool:
        if index in given and other_given_name(answer[at], form[index]):
            return False  # before the stems, which make "Marin" of "Marine"
        got, want = answer_stems[at], stems[index]
        if people is not None and other_person(answer[at], form[index], form, people):
            return False
        if got == want:
            return True
        # "votre" is no typo of "vote": a common word of its own, not of the keyword's family;
        # a place's slip may make one, a person's does not ("faire" for Faure)
        return (
            typos
            and typo_distance(got, want) is not None
            and ((name and people is None) or not other_word(answer[at], form[index]))
        )

    return [
        (start, start + len(form))
        for start in range(len(answer) - len(form) + 1)
        if all(near(start + index, index) for index in range(len(form)))
        and not (first_name and start and other_given_name(answer[start - 1], first_name))
    ]


def written_forms(form: str) -> list[list[str]]:
    """The words of a keyword's form, and for a name of several words the same with two of
    them glued, as learners write them ("Lepen", "Lafontaine", "Jean-Marie Lepen"): else
    "Marie" of "Jean-Marie Lepen" was the nearest name left, taken for "Marine"."""
    tokens = answer_tokens(form)
    if not tokens:
        return []
    if not form[:1].isupper() or len(tokens) < 2:
        return [tokens]
    glued = [
        [*tokens[:i], tokens[i] + tokens[i + 1], *tokens[i + 2 :]] for i in range(len(tokens) - 1)
    ]
    return [tokens, *glued]


def accents_right(form: list[str], found: list[str]) -> bool:
    """Whether the learner's words carry the keyword's accents: an accent slip adds an edit
    between the accented words that is not there between the bare ones. A common word written
    with its own accents is another form of the keyword ("voté" for "vote"), not a slip."""
    return all(
        damerau_levenshtein(got, want)
        == damerau_levenshtein(strip_accents(got), strip_accents(want))
        or accented_form(got)
        or grave_genders(got, want)
        for want, got in zip(form, found, strict=True)
    )


_PLAIN_ENDINGS = frozenset("sxe")
"""Endings a learner's form may add to the keyword's without an accent of their own ("s" of
"députés", "ne" of "européenne")."""


def accented_as_typed(form: list[str], found: list[str]) -> str:
    """The learner's words written with the keyword's accents: "europeen" for the keyword
    "européenne" is shown as "européen", the word they meant. Falls back to the keyword when
    the learner's ending could itself need an accent."""
    fixed: list[str] = []
    for want, got in zip(form, found, strict=True):
        bare_want, bare_got = strip_accents(want), strip_accents(got)
        shared = 0
        while shared < min(len(bare_want), len(bare_got)) and bare_want[shared] == bare_got[shared]:
            shared += 1
        tail = got[shared:]
        if len(tail) > 3 or not set(tail) <= _PLAIN_ENDINGS or shared < len(bare_got) - 3:
            return " ".join(form)
        fixed.append(want[:shared] + tail)
    return " ".join(fixed)


def misspelt(keyword: Keyword, hits: Sequence[tuple[list[str], list[str]]]) -> str | None:
    """The note on a keyword found only through a typo ("rapeort" for "rapport", "Nathelie
    Berger"): "on écrit « rapport », pas « rapeort »", or None when one of its places is the
    keyword in any form (plural, feminine, without accents) or a word of its family."""
    # the longest places: "Nathelie Berger" is misspelt, though its "Berger" is the keyword's
    longest = [hit for hit in hits if len(hit[0]) == max((len(h[0]) for h in hits), default=0)]
    if not longest or any(
        all(stem(got) == stem(want) for want, got in zip(form, typed, strict=True))
        for form, typed in longest
    ):
        return None
    form, typed = longest[0]
    written = next(
        (f for f in (keyword.word, *keyword.accept) if answer_tokens(f) == form), keyword.word
    )
    name = written[:1].isupper()
    given = " ".join(w[:1].upper() + w[1:] if name else w for w in typed)
    return messages.SCORE_KEYWORD_SMALL_WORD.format(expected=quoted(written), typed=quoted(given))


def claimed_places(
    places: Mapping[str, list[tuple[int, int, list[str]]]],
) -> dict[str, list[tuple[int, int, list[str]]]]:
    """Each keyword's places in the answer, once the longer keywords have taken theirs: a word
    of the answer counts for one keyword only. Longest first, each keyword keeps the places that
    overlap no word a longer one took (its own places may overlap each other: one wins later,
    by its accents); a keyword with none left is missing."""
    used: set[int] = set()
    claimed: dict[str, list[tuple[int, int, list[str]]]] = {}
    by_length = sorted(places, key=lambda w: -max((e - s for s, e, _ in places[w]), default=0))
    for n, word in enumerate(by_length):
        free = [p for p in places[word] if not used & set(range(p[0], p[1]))]
        if free:
            # the place that leaves a place to most of the shorter keywords, then the first:
            # "AA A AA" taken from "AA A, AA" of "AA A, AA A AA" left "AA A" none
            shorter = by_length[n + 1 :]
            best = min(free, key=lambda p: (_left_without(places, shorter, used, p), p[0]))
            free.remove(best)
            free.insert(0, best)
            used |= set(range(best[0], best[1]))
        claimed[word] = free
    return claimed


def _left_without(
    places: Mapping[str, list[tuple[int, int, list[str]]]],
    words: list[str],
    used: set[int],
    place: tuple[int, int, list[str]],
) -> int:
    """How many of `words` (with places) would have none left if `place` were taken."""
    taken = used | set(range(place[0], place[1]))
    return sum(
        1
        for word in words
        if places[word] and all(taken & set(range(s, e)) for s, e, _ in places[word])
    )
