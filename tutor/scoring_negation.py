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
- A subject set off by a comma and taken up by a pronoun is its clause's ("Les missiles, ils
  ne sont pas utilisés", "Kirby, il ne s'inquiète pas").
- A clause joined by "et" with its own verb is not denied with the one before ("Il n'a pas
  démissionné et il reste maire", `and_clauses`); one sharing the denied verb is ("n'a pas
  signé et ratifié").
- A keyword the accepted answer leaves out but its quotation says "rarement" or "peu" of
  ("Les causes sont rarement spectaculaires") is not contradicted by a learner who denies it
  (`hedged`).
- What a leading clause does to the clauses after its "que" ("Ce n'est pas vrai que", "Je doute
  que") is read in `scoring_leads`.

Negations are found in `negations`; the words these rules read are listed in `negation_words`.
"""

from __future__ import annotations

from collections.abc import Sequence

from tutor.and_clauses import own_clause_start, own_clause_stop
from tutor.negation_words import (
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    CLITICS,
    CONTINUE,
    DETERMINERS,
    HEDGES,
    MODALS,
    NAME_LINKS,
    NOT_A_NAME,
    PARTICLES,
    PRE_ADJECTIVES,
    PREPOSITIONS,
    REMOVAL_STEMS,
    WORRY_STEMS,
)
from tutor.negations import (
    Negation,
    Words,
    clause_end,
    clause_of,
    glued_ne,
    is_negative,
    negations,
    same_clause,
    verb_like,
)


def _narrow_scope(text: Words, start: int) -> set[int]:
    """The words a negation denies in a learner's answer, from the word after it."""
    words, scope, i = text.words, set(), start
    end = own_clause_stop(text, start, sure=False)  # "… et il reste maire" is not denied
    verbs = 0
    while i < end and words[i] in ADVERBS and i - 1 not in text.ends:
        i += 1
    while i < end and verbs < 2 and verb_like(words[i]) and i - 1 not in text.ends:
        if is_negative(words[i]):
            return set()  # "ne pas oublier les sanctions"
        scope.add(i)
        verbs, i = verbs + 1, i + 1
    if verbs and i < end and words[i] in PREPOSITIONS and i - 1 not in text.ends:
        i += 1
    while i < end and i - 1 not in text.ends:
        while i < end and words[i] in DETERMINERS and i not in text.ends:
            i += 1
        if i < end and words[i] in PRE_ADJECTIVES and i not in text.ends:
            scope.add(i)
            i += 1
        if i >= end or i - 1 in text.ends:
            break
        scope.add(i)  # the head of the phrase: "missiles"
        following = i + 1
        # the rest of a name or an adjective: "Jérémie Zimmermann", "missiles nord-coréens"
        for _ in range(2):
            if (
                following < end
                and following - 1 not in text.ends
                and words[following] not in DETERMINERS | PREPOSITIONS | CONTINUE
                and words[following] not in ("et", "ne", "n")
            ):
                scope.add(following)
                i, following = following, following + 1
        if following < end and i not in text.ends and words[following] in CONTINUE:
            i = following + 1
        elif (
            following + 1 < end
            and i not in text.ends
            and words[following] == "et"
            and (words[following + 1] in ("de", "d"))
        ):
            i = following + 1  # "pas de missiles et de munitions"
        else:
            break
    return scope


def denied_words(text: Words, *, wide: bool, learner: bool = False) -> set[int]:
    """Indices of the words said in a negation; `wide`: from its "ne" to the end of the clause
    (for the accepted answer), else only the phrase the negation bears on (for the learner's).
    The wide scope stops at an "et" that surely opens a clause of its own ("et il reste"), in
    a `learner`'s answer at one that likely does too ("et reste maire", `and_clauses`)."""
    denied: set[int] = set()
    for negation in negations(text):
        start = negation.particle + 1
        if negation.particle in text.ends or start >= len(text.words):
            continue
        if wide:
            end = min(clause_end(text, start) + 1, own_clause_stop(text, start, sure=not learner))
            denied |= set(range(negation.opener, end))
        else:
            denied |= _narrow_scope(text, start)
    return denied


def denied_verbs(text: Words) -> list[str]:
    """The verbs an accepted answer denies ("respecter" in « ne pas respecter l'égalité »,
    "mettre" in « ne doit pas mettre en danger »), to find a learner's answer affirming them."""
    found = []
    words = text.words
    for negation in negations(text):
        if words[negation.particle] not in PARTICLES:
            continue
        between = [
            words[j]
            for j in range(negation.opener + 1, negation.particle)
            if words[j] not in CLITICS
        ]
        after = negation.particle + 1
        verb = between[0] if between else ""
        if (not verb or verb in AUXILIARIES) and after < len(words) and verb_like(words[after]):
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
    if glued := glued_ne(words[negation.opener]):
        between = [glued, *between]  # "nest pas utilisés"
    elif words[negation.opener] not in ("ne", "n") and negation.opener != negation.particle:
        between = [words[negation.opener]]  # a spoken negation: "sont pas utilisés"
    if between and between[0] in MODALS:
        return ""  # "il ne faut pas utiliser": what should not be, not a denial of what is
    if between and between[0] not in AUXILIARIES:
        return between[0] if verb_like(between[0]) else ""
    after = negation.particle + 1
    if negation.opener == negation.particle:  # "aucun missile n'est utilisé", or a thing denied
        ne = [j for j in range(after, min(len(words), after + 8)) if words[j] in ("ne", "n")]
        if not ne or not same_clause(text, negation.particle, ne[0]):
            return ""  # "pas de missiles", "sans missiles"
        after = ne[0] + 1
    for j in range(after, min(len(words), after + 4)):
        # "le", "la", "les" after "pas" are articles more often than pronouns
        if words[j] in ADVERBS | AUXILIARIES or words[j] in CLITICS - ARTICLES:
            continue
        return words[j] if verb_like(words[j]) else ""
    return ""


_AMENDED = (("mais",), ("que",), ("qu",))
_RESUMING = frozenset({"il", "elle", "ils", "elles", "c", "ce", "ca", "cela"})
_OPENING = DETERMINERS - PREPOSITIONS - {"de", "d", "du", "a", "au", "aux"}
DISLOCATED_WORDS = 5
"""The most words of a subject set off before the pronoun that takes it up."""


def _with_its_subject(text: Words, clause: range) -> range:
    """A clause with the subject set off before it by a comma and taken up by a pronoun ("Les
    missiles, ils ne sont pas utilisés"): the comma ends a clause for the other rules, but
    the subject is the one the clause denies."""
    start = clause.start
    if start == 0 or text.words[start] not in _RESUMING:
        return clause
    before = clause_of(text, start - 1)
    if len(before) > DISLOCATED_WORDS:
        return clause
    if text.words[before.start] not in _OPENING and not _a_name(text, before):
        return clause
    return range(before.start, clause.stop)


def _a_name(text: Words, phrase: range) -> bool:
    """Whether a phrase set off by a comma is a name said without a determiner ("Kirby, il ne
    …", "John Kirby, il …"): each word capitalised but the links of a name ("de Gaulle")."""
    words = text.words
    if words[phrase.start] in NOT_A_NAME:
        return False
    return all(j in text.capitals or words[j] in NAME_LINKS for j in phrase) and (
        phrase.start in text.capitals
    )


def denies_the_models_verb(
    given: Words, index: int, model: Words, model_places: Sequence[int], model_denied: set[int]
) -> bool:
    """Whether the learner's word at `index` is in a clause whose negation denies a verb the
    accepted answer affirms in a clause where the same word is ("Les missiles ne sont pas
    utilisés" for « des missiles sont utilisés contre l'Ukraine »): the whole clause is said
    the other way round, its subject too, whatever the question asks about. Not when "mais"
    or "que" follows: "ne sont pas utilisés contre la Russie mais contre l'Ukraine" corrects a
    part, "ne sont pas utilisés que contre l'Ukraine" says "not only"."""
    for negation in negations(given):
        bare = clause_of(given, negation.particle)
        clause = _with_its_subject(given, bare)
        # "Il a démissionné et il ne reste pas maire": the clause of the negation only
        first = own_clause_start(given, negation.opener, sure=False)
        last = own_clause_stop(given, negation.particle, sure=False)
        clause = range(first if first > bare.start else clause.start, min(clause.stop, last))
        if index not in clause or given.words[clause.stop : clause.stop + 1] in _AMENDED:
            continue
        verb = _negated_verb(given, negation)
        if not verb:
            continue
        for place in model_places:
            for j in clause_of(model, place):
                said = model.words[j]
                if (
                    j not in model_denied
                    and said not in AUXILIARIES
                    and verb_like(said)
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
        end = clause_end(text, index)

    def worry(k: int) -> bool:
        if text.words[k] != "contre":
            return text.words[k].startswith(WORRY_STEMS)
        return (index is None or k < index) and k - 1 not in text.participles

    return any(worry(k) for k in range(start, end + 1) if k not in skip)


def removal_before(text: Words, index: int, skip: range = range(0)) -> int | None:
    """The place of a word that does away with the word at `index` ("suppression" in "la
    suppression de la réserve parlementaire"), before it in its clause, outside `skip`."""
    start = index
    while start > 0 and start - 1 not in text.ends:
        start -= 1
    for k in range(index - 1, start - 1, -1):
        if k not in skip and text.words[k].startswith(REMOVAL_STEMS):
            return k
    return None


def removal_refused(text: Words, index: int, denied: set[int]) -> bool:
    """Whether the word at `index` follows, in its clause, a word of removal that is itself
    denied or opposed: "il ne veut pas la suppression de la réserve", "il est contre sa
    suppression"."""
    removal = removal_before(text, index)
    if removal is None:
        return False
    return removal in denied or opposed(text, removal)


def opposed(text: Words, index: int) -> bool:
    """Whether "contre" comes before the word at `index` in its clause ("il est contre la
    suppression")."""
    start = index
    while start > 0 and start - 1 not in text.ends:
        start -= 1
    return "contre" in text.words[start:index]


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
            return not any(is_negative(text.words[k]) for k in range(start, j))
    return False


def hedged(text: Words, index: int) -> bool:
    """Whether the word at `index` is said to be seldom or hardly so ("rarement spectaculaires",
    "très peu visible"): one word of degree may stand between."""
    before = text.words[max(0, index - 2) : index]
    return bool(before) and (
        before[-1] in HEDGES or (len(before) == 2 and before[0] in HEDGES and before[1] in ADVERBS)
    )
