"""Words judged on their own: whether a cloze's gap holds a conjugated verb, read from the words
around it, and whether a near miss is another French word rather than a slip of the fingers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tutor.french_frequency import zipf_frequency
from tutor.normalize import clean, regular_genders, strip_accents


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_BEFORE_A_VERB = _words("je j tu il elle on nous vous ils elles ne n se s me m te t y qui lui")
"""Words after which a gap is a conjugated verb: subject pronouns and the clitics between a
subject and its verb ("elle ne ___ pas", "qui s'___")."""
_BEFORE_A_NOUN = _words(
    "le la les l un une des du de d au aux ce cet cette ces mon ma mes ton ta tes "
    "son sa ses notre nos votre vos leur leurs quel quelle quels quelles chaque "
    "plusieurs"
)
"""Determiners and the prepositions that take one: after them a gap is a noun or an adjective,
so an "s" too many or too few is a slip of number."""
_AFTER_A_VERB = _words(
    "aussi pas jamais rien déjà encore toujours souvent désormais également surtout"
)
"""Adverbs that follow a conjugated verb ("La Corée du Nord ___ aussi de la Russie") and seldom
an adjective placed after its noun ("plus" and "bien" do: "un soutien ___ plus fort")."""
_GAP_WORDS = re.compile(r"([^\W\d_]+)?\W*___\W*([^\W\d_]+)?")


def gap_is_verb(text: str) -> bool:
    """Whether the gap of a cloze sentence holds a conjugated verb, read from its neighbours: a
    subject pronoun before it ("elle ___ de la Russie"), or an adverb after it with no
    determiner before ("La Corée du Nord ___ aussi de la Russie").

    Scoring does not tag the sentence (spaCy stays out of the learner's app), so this is the
    words around the gap only; when they say nothing, the gap is not taken for a verb.
    """
    found = _GAP_WORDS.search(clean(text))
    if found is None:
        return False
    before, after = found.group(1) or "", found.group(2) or ""
    if before in _BEFORE_A_VERB:
        return True
    return bool(before) and before not in _BEFORE_A_NOUN and after in _AFTER_A_VERB


_GAP_NEIGHBOURS = re.compile(r"(\S*?)(['’])?___(\S*)")
_WORD_AROUND = re.compile(r"(\S+)\s+$|^\s+(\S+)")
_PUNCTUATION = '«»“”"()[],;:.!?…'
_CLAUSE_MARK = re.compile(r"[,;:.!?…«»“”()]")
"""Marks that end a clause: the words a learner copies around a gap stop there."""


def with_gap_words(text: str, answers: Sequence[str]) -> list[str]:
    """The answers with the sentence's words before or after the gap, as a learner who copies
    them types them: "8 000 postes" for "supprimer ___ postes", "l'enclave" for "L'___", "cumul
    de réquisitions" for "par un ___ de réquisitions" (up to GAP_CONTEXT_WORDS each side)."""
    found = _GAP_NEIGHBOURS.search(text)
    if found is None:
        return []
    head, tail = text[: found.start()], text[found.end() :]
    head = _CLAUSE_MARK.split(head)[-1]  # a learner copying does not copy past a comma
    tail = _CLAUSE_MARK.split(tail, maxsplit=1)[0]
    before = [w for w in (w.strip(_PUNCTUATION) for w in head.split()) if w]
    after = [w for w in (w.strip(_PUNCTUATION) for w in tail.split()) if w]
    before = (
        before[len(before) - GAP_CONTEXT_WORDS :] if len(before) > GAP_CONTEXT_WORDS else before
    )
    after = [] if found.group(3) else after[:GAP_CONTEXT_WORDS]
    glued = (found.group(1) or "") + (found.group(2) or "")
    forms = []
    for answer in answers:
        start = f"{glued}{answer}" if glued else answer
        for left in range(0 if glued else len(before) + 1):
            for right in range(len(after) + 1):
                if left or right:
                    forms.append(" ".join([*before[len(before) - left :], start, *after[:right]]))
        if glued:
            forms += [start]
            forms += [" ".join([start, *after[:right]]) for right in range(1, len(after) + 1)]
    return [form for form in dict.fromkeys(forms) if form not in answers]


GAP_CONTEXT_WORDS = 3
"""How many of the sentence's words on each side of the gap a typed answer may carry."""


OTHER_WORD_ZIPF = 3.0
"""How common (wordfreq's Zipf scale) a typed word must be to count as a word of its own rather
than a typo: "fraction" (3.8) for "infraction", "vents" (4.2) for "ventes"; a slip of the
fingers seldom lands on so common a word, and "compétivité" (1.2) stays a typo."""
PREFIXED_WORD_ZIPF = 2.0
"""Enough for a word that is the expected one with a prefix taken off or put on
("diabolisation", 2.6, for "dédiabolisation"): the prefix turns the meaning round."""
_PREFIXES = ("in", "im", "il", "ir", "de", "des", "dis", "anti", "non", "mal")
"""Prefixes of the opposite, accents stripped ("dé-", "dés-" are "de", "des")."""


def _prefixed(a: str, b: str) -> bool:
    short, long = sorted((strip_accents(a), strip_accents(b)), key=len)
    return any(long == prefix + short for prefix in _PREFIXES)


def another_word(typed: str, expected: str) -> str | None:
    """The word of a typed answer that is another French word where the expected answer has a
    near one ("volontaire" in "homicide volontaire" for "homicide involontaire"), or None.

    Both are comparison keys with their accents, word for word. Such a near miss is a wrong
    word, often the opposite, not a typo worth half the points.
    """
    got, wanted = typed.split(), expected.split()
    if len(got) != len(wanted):
        return None
    for word, want in zip(got, wanted, strict=True):
        if strip_accents(word) == strip_accents(want) or len(want) < MIN_WORD_LETTERS:
            continue
        zipf = zipf_frequency(word, "fr")
        if zipf >= PREFIXED_WORD_ZIPF and _prefixed(word, want):
            return word
        # In an answer of several words a slip that lands on a word is most often a slip
        # ("frais de mandat" typed "fais de mandat"): only the prefix of the opposite counts.
        if len(wanted) == 1 and zipf >= OTHER_WORD_ZIPF:
            return word
    return None


MIN_WORD_LETTERS = 4
"""Shorter words ("de", "la") are not judged: a slip on them makes a word ("a" for "la")."""


FAMILY_LETTERS = 4
"""Letters a word shares at its start with a keyword to be of its family ("voter", "vote")."""


def other_word(typed: str, keyword: str) -> bool:
    """Whether a word of an open answer near a keyword is a common word of its own, not a slip
    nor a form of the keyword ("votre" near "vote", "lus" near "élus"; "voter" is of the
    family)."""
    bare, bare_keyword = strip_accents(typed), strip_accents(keyword)
    if bare[:FAMILY_LETTERS] == bare_keyword[:FAMILY_LETTERS]:
        return False
    return zipf_frequency(typed, "fr") >= OTHER_WORD_ZIPF


ACCENTED_FORM_ZIPF = 3.5
"""How common a word written with accents must be to be a form of its own ("voté", 4.4) and
not an accent put wrong; forms printed without their accents reach about 3 ("securite")."""


def accented_form(typed: str) -> bool:
    """Whether a typed word with accents is a common French word as written ("voté")."""
    return typed != strip_accents(typed) and zipf_frequency(typed, "fr") >= ACCENTED_FORM_ZIPF


KNOWN_WORD_ZIPF = 1.5
"""How common a form must be to be a French word at all: "signée" (3.4), "requérantes" (2.0);
"involontair" (0) is "involontaire" with a letter missing, not its masculine."""


def unknown_words(typed: str, expected: str) -> bool:
    """Whether a word of the typed answer that differs from the expected one is no French word:
    then a missing final "e" is a typo ("homicide involontair"), not a slip of gender. Both are
    comparison keys with their accents."""
    got, wanted = typed.split(), expected.split()
    # as typed too: "romancier" given the accent of « romancière » is "romancièr", no word;
    # and a regular other gender is a word, if too rare for the list ("livreuses")
    return any(
        max(zipf_frequency(word, "fr"), zipf_frequency(_with_accents_of(word, want), "fr"))
        < KNOWN_WORD_ZIPF
        and not regular_genders(word, want)
        for word, want in zip(got, wanted, strict=False)
        if strip_accents(word) != strip_accents(want)
    )


def _with_accents_of(word: str, model: str) -> str:
    """The word with the accents of the model on the letters they share at the start: a form
    typed without accents is rare in print ("signee", 1.5; "signée", 3.4), so it is looked up
    as it should have been written."""
    bare, bare_model = strip_accents(word), strip_accents(model)
    shared = 0
    while shared < min(len(bare), len(bare_model)) and bare[shared] == bare_model[shared]:
        shared += 1
    if len(model) != len(bare_model):  # a decomposed accent: no letter-for-letter mapping
        return word
    return model[:shared] + word[shared:]
