"""Which words of an open answer are said in a negation, so that a keyword the learner denies
("il ne veut pas de missiles") does not count for an answer that affirms it, nor a keyword the
learner affirms with the very verb the accepted answer denies ("les contrôles respectent
l'égalité" for « ne pas respecter l'égalité »).

Scoring does not parse (spaCy stays out of the learner's app), so this reads the words around a
negation only, and errs towards counting a keyword: a wrong verdict against a right answer is
worse than a keyword counted once too often.

- In the learner's answer the scope is narrow: the phrase right after the negation, "ne … pas
  [verbe] [de / le / …] MOT" ("n'ont pas été utilisés contre l'Ukraine", "sans missiles", "pas
  de missiles ni de munitions"), not a word further on ("pas de problème de sécurité" does not
  deny "sécurité"). A double negation ("ne pas oublier les sanctions"), "pas seulement", "ne …
  que" and an expletive "ne" without its "pas" deny nothing.
- In the accepted answer the scope is wide, to the end of the clause: a keyword anywhere after
  its negation is denied there, so the learner may deny it too.
- A learner's negation of the very verb the accepted answer affirms denies its whole clause,
  the subject too ("Les missiles ne sont pas utilisés" for « des missiles sont utilisés »),
  unless the verb is a modal ("il ne faut pas utiliser" says what should be, not what is).
- "ne … ni … ni", "ni … ni" and a spoken "pas" without "ne" ("ils sont pas utilisés") deny;
  "ne … pas tous" and "dire non à" do not.

The words these rules read are listed in `negation_words`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tutor.negation_words import (
    ADVERBS,
    ALONE,
    ARTICLES,
    AUXILIARIES,
    CANCELLED_BY,
    CLAUSE_WORDS,
    CLITICS,
    CONTINUE,
    DETERMINERS,
    HAVE,
    MODALS,
    NEGATIVE_STEMS,
    PARTICLES,
    PRE_ADJECTIVES,
    PREPOSITIONS,
    REFUSED,
    SANS_PHRASES,
    SPOKEN_AFTER,
    VERB_ENDING,
    WORRY_STEMS,
)
from tutor.normalize import key, strip_accents

_TOKEN = re.compile(r"(?P<word>[^\W_]+)|(?P<mark>[.,;:!?…()\[\]])")


@dataclass(frozen=True)
class Words:
    """The words of a text as `normalize.words(key(text, whole=False))` gives them, accents
    stripped, with where each clause ends."""

    words: tuple[str, ...]
    ends: frozenset[int]
    """Indices of words that are followed by a clause boundary."""
    participles: frozenset[int] = frozenset()
    """Indices of words written as a past participle in "é" ("utilisés"), seen before the
    accents are stripped."""


def read(text: str) -> Words:
    """The words of a text, in the same order as the keyword search sees them."""
    found: list[str] = []
    ends: set[int] = set()
    participles: set[int] = set()
    for token in _TOKEN.finditer(key(text, whole=False)):
        accented = token.group("word") or ""
        word = strip_accents(accented)
        if (not word or word in CLAUSE_WORDS) and found:
            ends.add(len(found) - 1)
        if word:
            if accented.endswith(("é", "ée", "és", "ées")) and len(word) > 3:
                participles.add(len(found))
            found.append(word)
    return Words(tuple(found), frozenset(ends), frozenset(participles))


def _negative(word: str) -> bool:
    return word.startswith(NEGATIVE_STEMS)


def _verb_like(word: str) -> bool:
    if word in ("eu", "ete", "fait", "dit"):
        return True  # "n'y a jamais eu de", "n'a pas été"
    return len(word) >= 3 and bool(VERB_ENDING.search(word)) and word not in DETERMINERS


def _lacks(text: Words, opener: int, particle: int) -> bool:
    """Whether "ne … pas" says that someone has not got something ("La Corée du Nord n'a pas
    de pétrole", "n'a plus assez de munitions"): a need, often the very reason asked for, not
    a denial of the thing; "il n'y a pas de missiles" and "n'a pas été utilisé" still deny."""
    words = text.words
    between = words[opener + 1 : particle]
    if glued := _glued_ne(words[opener]):
        between = (glued, *between)  # "na pas de pétrole"
    if words[particle] == "ni":  # "n'a ni pétrole ni argent", each "ni"
        return bool(between) and between[0] in HAVE and "y" not in between
    if not between or between[-1] not in HAVE or "y" in between:
        return False
    after = particle + 1
    while after < len(words) and words[after] in ADVERBS:
        after += 1
    return after < len(words) and words[after] in ("de", "d")


def _same_clause(text: Words, a: int, b: int) -> bool:
    return not any(k in text.ends for k in range(min(a, b), max(a, b)))


def _nobody(text: Words, index: int) -> bool:
    """Whether "personne" or "nul" is the subject of a "ne" that follows ("Personne n'utilise
    de missiles", "Nul missile n'est utilisé"); not "la personne", "une personne"."""
    words = text.words
    if words[index] not in ("personne", "nul", "nulle"):
        return False
    if index and index - 1 not in text.ends and words[index - 1] in DETERMINERS:
        return False
    ahead = range(index + 1, min(len(words), index + 4))
    return any(words[j] in ("ne", "n") and _same_clause(text, index, j) for j in ahead)


def _denies_alone(text: Words, index: int, after: str) -> bool:
    """Whether a particle without "ne" denies: "pas les missiles", "jamais de missiles",
    "aucun missile", "ni Le Pen ni …"; not "plus que jamais les missiles"."""
    word = text.words[index]
    if word in ("nul", "nulle"):
        return _nobody(text, index)
    if word == "ni":  # "ni … ni …", however far its "ne" ("il ne parle ni de …, ni de …")
        return any(
            w == "ni" and j != index and _same_clause(text, index, j)
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
        if text.words[j] in ("ne", "n") or _glued_ne(text.words[j]):
            return j
    return None


def _glued_ne(word: str) -> str:
    """The verb of "n'" typed without its apostrophe ("nest", "nont", "na"), or ""."""
    return word[1:] if word[:1] == "n" and word[1:] in AUXILIARIES | HAVE else ""


def _negations(text: Words) -> list[Negation]:
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
    return found


def _narrow_scope(text: Words, start: int) -> set[int]:
    """The words a negation denies in a learner's answer, from the word after it."""
    words, scope, i = text.words, set(), start
    verbs = 0
    while i < len(words) and words[i] in ADVERBS and i - 1 not in text.ends:
        i += 1
    while i < len(words) and verbs < 2 and _verb_like(words[i]) and i - 1 not in text.ends:
        if _negative(words[i]):
            return set()  # "ne pas oublier les sanctions"
        scope.add(i)
        verbs, i = verbs + 1, i + 1
    if verbs and i < len(words) and words[i] in PREPOSITIONS and i - 1 not in text.ends:
        i += 1
    while i < len(words) and i - 1 not in text.ends:
        while i < len(words) and words[i] in DETERMINERS and i not in text.ends:
            i += 1
        if i < len(words) and words[i] in PRE_ADJECTIVES and i not in text.ends:
            scope.add(i)
            i += 1
        if i >= len(words) or i - 1 in text.ends:
            break
        scope.add(i)  # the head of the phrase: "missiles"
        following = i + 1
        # the rest of a name or an adjective: "Jérémie Zimmermann", "missiles nord-coréens"
        for _ in range(2):
            if (
                following < len(words)
                and following - 1 not in text.ends
                and words[following] not in DETERMINERS | PREPOSITIONS | CONTINUE
                and words[following] not in ("et", "ne", "n")
            ):
                scope.add(following)
                i, following = following, following + 1
        if following < len(words) and i not in text.ends and words[following] in CONTINUE:
            i = following + 1
        elif (
            following + 1 < len(words)
            and i not in text.ends
            and words[following] == "et"
            and (words[following + 1] in ("de", "d"))
        ):
            i = following + 1  # "pas de missiles et de munitions"
        else:
            break
    return scope


def _clause_end(text: Words, start: int) -> int:
    end = start
    while end < len(text.words) - 1 and end not in text.ends:
        end += 1
    return end


def denied_words(text: Words, *, wide: bool) -> set[int]:
    """Indices of the words said in a negation; `wide`: from its "ne" to the end of the clause
    (for the accepted answer), else only the phrase the negation bears on (for the learner's)."""
    denied: set[int] = set()
    for negation in _negations(text):
        start = negation.particle + 1
        if negation.particle in text.ends or start >= len(text.words):
            continue
        if wide:
            denied |= set(range(negation.opener, _clause_end(text, start) + 1))
        else:
            denied |= _narrow_scope(text, start)
    return denied


def denied_verbs(text: Words) -> list[str]:
    """The verbs an accepted answer denies ("respecter" in « ne pas respecter l'égalité »,
    "mettre" in « ne doit pas mettre en danger »), to find a learner's answer affirming them."""
    found = []
    words = text.words
    for negation in _negations(text):
        if words[negation.particle] not in PARTICLES:
            continue
        between = [
            words[j]
            for j in range(negation.opener + 1, negation.particle)
            if words[j] not in CLITICS
        ]
        after = negation.particle + 1
        verb = between[0] if between else ""
        if (not verb or verb in AUXILIARIES) and after < len(words) and _verb_like(words[after]):
            verb = words[after]  # "ne pas respecter", "ne doit pas mettre"
        if verb:
            found.append(verb)
    return found


def _negated_verb(text: Words, negation: Negation) -> str:
    """The verb a learner's negation bears on: "utilisés" in "ne sont pas utilisés", "n'ont
    jamais été utilisés", "cite" in "ne cite ni …"; "" when it denies a thing, not a verb
    ("ce ne sont pas des missiles", "aucun missile")."""
    words = text.words
    between = [
        words[j] for j in range(negation.opener + 1, negation.particle) if words[j] not in CLITICS
    ]
    if glued := _glued_ne(words[negation.opener]):
        between = [glued, *between]  # "nest pas utilisés"
    elif words[negation.opener] not in ("ne", "n") and negation.opener != negation.particle:
        between = [words[negation.opener]]  # a spoken negation: "sont pas utilisés"
    if between and between[0] in MODALS:
        return ""  # "il ne faut pas utiliser": what should not be, not a denial of what is
    if between and between[0] not in AUXILIARIES:
        return between[0] if _verb_like(between[0]) else ""
    after = negation.particle + 1
    if negation.opener == negation.particle:  # "aucun missile n'est utilisé", or a thing denied
        ne = [j for j in range(after, min(len(words), after + 8)) if words[j] in ("ne", "n")]
        if not ne or not _same_clause(text, negation.particle, ne[0]):
            return ""  # "pas de missiles", "sans missiles"
        after = ne[0] + 1
    for j in range(after, min(len(words), after + 4)):
        # "le", "la", "les" after "pas" are articles more often than pronouns
        if words[j] in ADVERBS | AUXILIARIES or words[j] in CLITICS - ARTICLES:
            continue
        return words[j] if _verb_like(words[j]) else ""
    return ""


def _clause_of(text: Words, index: int) -> range:
    start = index
    while start > 0 and start - 1 not in text.ends:
        start -= 1
    return range(start, _clause_end(text, index) + 1)


_AMENDED = (("mais",), ("que",), ("qu",))


def denies_the_models_verb(
    given: Words, index: int, model: Words, model_places: Sequence[int], model_denied: set[int]
) -> bool:
    """Whether the learner's word at `index` is in a clause whose negation denies a verb the
    accepted answer affirms in a clause where the same word is ("Les missiles ne sont pas
    utilisés" for « des missiles sont utilisés contre l'Ukraine »): the whole clause is said
    the other way round, its subject too, whatever the question asks about. Not when "mais"
    or "que" follows: "ne sont pas utilisés contre la Russie mais contre l'Ukraine" corrects a
    part, "ne sont pas utilisés que contre l'Ukraine" says "not only"."""
    for negation in _negations(given):
        clause = _clause_of(given, negation.particle)
        if index not in clause or given.words[clause.stop : clause.stop + 1] in _AMENDED:
            continue
        verb = _negated_verb(given, negation)
        if not verb:
            continue
        for place in model_places:
            for j in _clause_of(model, place):
                said = model.words[j]
                if (
                    j not in model_denied
                    and said not in AUXILIARIES
                    and _verb_like(said)
                    and (said == verb or _same_verb(said, verb))
                ):
                    return True
    return False


def negative_sense(text: Words, index: int | None = None, skip: range = range(0)) -> bool:
    """Whether a text, or the clause of its word at `index`, has a word of worry ("menacée",
    "contre", "préoccupe") outside `skip` (the keyword itself): a learner who denies what it
    names may say the same.

    "contre" opposes only what follows it ("Kirby est contre les missiles"), and after a
    participle it names a target, not an opposition: in « des missiles sont utilisés contre
    l'Ukraine » neither the missiles nor Ukraine may be denied."""
    start, end = 0, len(text.words) - 1
    if index is not None:
        start = index
        while start > 0 and start - 1 not in text.ends:
            start -= 1
        end = _clause_end(text, index)

    def worry(k: int) -> bool:
        if text.words[k] != "contre":
            return text.words[k].startswith(WORRY_STEMS)
        return (index is None or k < index) and k - 1 not in text.participles

    return any(worry(k) for k in range(start, end + 1) if k not in skip)


def _same_verb(a: str, b: str) -> bool:
    """Two forms of one verb ("respecter", "respectent"): a shared stem of 5 letters or more
    that leaves only an ending."""
    shared = 0
    while shared < min(len(a), len(b)) and a[shared] == b[shared]:
        shared += 1
    return shared >= max(5, min(len(a), len(b)) - 3)


def affirmed(text: Words, index: int, verbs: Sequence[str]) -> bool:
    """Whether the learner's word at `index` follows, in its clause, one of the verbs the
    accepted answer denies, affirmed: in no negation, after no word of denial ("éviter de
    mettre en danger")."""
    start = index
    while start > 0 and start - 1 not in text.ends:
        start -= 1
    denied = denied_words(text, wide=True)
    for j in range(start, index):
        if any(_same_verb(text.words[j], verb) for verb in verbs) and j not in denied:
            return not any(_negative(text.words[k]) for k in range(start, j))
    return False
