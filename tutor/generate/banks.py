"""Word banks for clozes: other words of the article that fit the gap's grammar, not its meaning.

A bank word has the answer's part of speech, number, verb form and (when the gap's determiner
shows it) gender, and a similar length; it is never a form of the answer ("bourgeoise" and
"petite-bourgeoise", "memorandum" and "mémorandum") and never a word of the gapped sentence.
So the learner has to understand the sentence: grammar alone does not give the answer away.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from tutor.generate import french, grammar
from tutor.generate.simplify import is_participle
from tutor.literal_search import find_between

BANK_SIZE = 4
"""The answer and three other words when the article has them (at least two)."""


@dataclass(frozen=True)
class Word:
    """A word the article writes, as a candidate for a bank."""

    form: str
    pos: str
    lemma: str
    definition: str = ""


@lru_cache(maxsize=4096)
def plain(text: str) -> str:
    """Lower case without accents or apostrophe differences: "Mémorandum" -> "memorandum"."""
    decomposed = unicodedata.normalize("NFKD", french.fold(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def asked_before(term: str, asked: set[str]) -> bool:
    """Whether a term (plain, as `plain` gives it) is a word already asked in the lesson, holds
    one or is held by one, as whole words: "travailleur saisonnier" after the cloze
    "saisonniers", "approvisionnement" after "tensions d'approvisionnement", "missiles" after
    "missile balistique". Asking it again teaches nothing and shows the earlier answer."""
    for word in asked:
        if not word:
            continue
        if word == term or find_between(term, word) != -1 or find_between(word, term) != -1:
            return True
    return False


@lru_cache(maxsize=8192)
def same_word(a: Word, b: Word) -> bool:
    """Whether two words are forms of one another: same lemma or spelling without accents, one
    inside the other ("bourgeoise", "petite-bourgeoise", "bourgeoisie"), a shared stem of six
    letters, or a shared content word ("informations de vitesse", "informations erronées")."""
    pa, pb = plain(a.form), plain(b.form)
    if pa == pb or plain(a.lemma) == plain(b.lemma) or pa in pb or pb in pa:
        return True
    if len(pa) >= 6 and len(pb) >= 6 and pa[:6] == pb[:6]:
        return True
    content_a = {w for w in _SEPARATORS.split(pa) if len(w) >= 4}
    content_b = {w for w in _SEPARATORS.split(pb) if len(w) >= 4}
    return bool(content_a & content_b) or _defines(a, b) or _defines(b, a)


_SEPARATORS = re.compile(r"[\s'’-]+")


@lru_cache(maxsize=1024)
def _definition_words(definition: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", plain(definition)))


def _defines(a: Word, b: Word) -> bool:
    """Whether a's definition uses b ("prohiber: Interdire par la loi"): synonyms would both
    fit the gap."""
    if not a.definition:
        return False
    words = _definition_words(a.definition)
    stems = {plain(b.lemma), plain(b.form)}
    if any(w == s or (len(s) >= 6 and w.startswith(s[:6])) for w in words for s in stems):
        return True
    # "ténor" (… important dans un parti) and "dirigeant" (… le pouvoir dans un parti): two
    # words of one field, so both fit "les ___ du parti"
    topics = {w for w in words & _definition_words(b.definition) if len(w) >= 5}
    return bool(topics - _GENERIC)


_GENERIC = frozenset(
    plain(w)
    for w in french.wordset(
        """personne personnes chose choses quelque quelqu'un ensemble groupe action moment
        partie manière endroit autre autres entre avoir faire faite fait permet permettre leurs
        comme celui celle dont avant apres pendant toujours souvent grand grande petit petite
        beaucoup general generale officiel officielle public publique important importante
        plusieurs certain certaine"""
    )
)
"""Words of many definitions: sharing one says nothing about the meaning."""


def verb_form(form: str) -> str:
    """infinitive, participle, gerund or finite: bank verbs must all be the same form."""
    bare = french.fold(form)
    if bare.endswith(("er", "ir", "re", "oir")):
        return "infinitive"
    if is_participle(bare):
        return "participle"
    if bare.endswith("ant"):
        return "gerund"
    return "finite"


def _plural(word: str, lemma: str) -> bool | None:
    """True or False, or None for a word the same in both numbers ("voix", "recours"): its
    number depends on the sentence, so it goes with no other word."""
    folded, base = french.fold(word), french.fold(lemma)
    if base and folded != base and folded[:-1] == base and folded.endswith(("s", "x")):
        return True
    if folded.endswith(("s", "x", "z")) and (folded == base or not grammar.plural(word)):
        return None
    return grammar.plural(word)


def _head(form: str) -> str:
    return form.split(" ")[0]


_FEMININE_AFTER = ("elle", "elles", "euse", "euses", "ive", "ives", "ienne", "iennes", "ée", "ées")
_FEMININE_AFTER += ("ale", "ales")
_MASCULINE_AFTER = ("eux", "if", "ifs", "ien", "iens", "aux", "el", "els")


@dataclass(frozen=True)
class Slot:
    """What the words around a gap demand of the word in it."""

    gender: str | None = None
    initial: str | None = None
    """ "vowel" after an elision ("l'___"), "consonant" after "le", "la", "de" ("de ___")."""
    masculine_before_consonant: bool = False
    """After "son": a word starting with a consonant must be masculine ("son veto")."""
    plural: bool | None = None
    """What the determiner or number before the gap asks of a noun: "trois ___", "les ___"
    plural, "la ___", "1,5 ___" singular; None after no such word."""


_BEFORE_CONSONANT = french.wordset("le la de du au que ce ne se je me te ma ta sa nouveau beau")
_BEFORE_VOWEL = french.wordset("nouvel bel vieil cet")
"""Masculine forms written only before a vowel: "le nouvel ___" takes "actionnaire", never
"secteur"; "le nouveau ___" never "actionnaire"."""


def gap_slot(before_gap: str, after_gap: str = "") -> Slot:
    """The slot of a gap: "la ___" or "aux ___ internationales" -> feminine, "l'___" -> a
    vowel, "un mauvais ___" -> masculine, "son ___" -> masculine if it starts with a consonant."""
    initial = None
    if before_gap.endswith(("'", "’")):
        initial = "vowel"
    # "un signe de « ___ »": the quotation mark does not stop "de" from asking for a consonant
    words = [w for w in before_gap.split() if w not in french.QUOTE_CHARS]
    last = french.fold(words[-1]) if words else ""
    if last in _BEFORE_CONSONANT:
        initial = "consonant"
    gender = None
    if last in _BEFORE_VOWEL:
        initial, gender = "vowel", "m"
    for word in reversed(words[-2:] if gender is None else ()):
        opened = grammar.determiner(word)
        if opened is not None and not opened[1]:
            gender = grammar.DETERMINER_AGREEMENT[opened[0]][0]
            break
    following = re.match(r"\s([a-zàâçéèêëîïôûù-]{4,})(?=[\s.,;]|$)", after_gap)
    if gender is None and following:
        word = following.group(1)
        if word.endswith(_FEMININE_AFTER):
            gender = "f"
        elif word.endswith(_MASCULINE_AFTER):
            gender = "m"
    return Slot(gender, initial, last in ("son", "mon", "ton"), _slot_plural(words))


_COUNTS = french.wordset(
    """deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize
    vingt trente quarante cinquante soixante cent cents mille quelques plusieurs"""
)


_NUMBER_BEFORE = re.compile(
    r"(?<![\w,.])(\d{1,3}(?:[\s.\u202f\u00a0]\d{3})*(?:,\d+)?|\d+(?:,\d+)?)$"
)


def _slot_plural(words: list[str]) -> bool | None:
    """The number a noun in the gap must have, from the words before it (see `Slot.plural`)."""
    if not words:
        return None
    last = french.fold(words[-1]).strip("(")
    if last in _COUNTS:
        return True
    number = _NUMBER_BEFORE.search(" ".join(words))
    if number is not None:
        # "300 000", "1.500": groups of thousands; below 2 the noun is singular ("1,5 million")
        whole = re.sub(r"[\s.\u202f\u00a0]", "", number.group(1).split(",")[0])
        return int(whole) >= 2
    for word in reversed(words[-2:]):
        opened = grammar.determiner(word)
        if opened is not None and not opened[1]:
            return grammar.DETERMINER_AGREEMENT[opened[0]][1] == "p"
    return None


def gap_gender(before_gap: str, after_gap: str = "") -> str | None:
    """The gender the words around the gap demand (see gap_slot)."""
    return gap_slot(before_gap, after_gap).gender


@dataclass(frozen=True)
class Features:
    """What `fits` compares, computed once per word."""

    words: int
    plural: bool | None
    """None when the number is unclear ("voix") or the words of a term do not agree ("position
    erronées"): such a word goes in no bank."""
    verb_form: str
    third_plural: bool
    adjective_gender: str | None


@lru_cache(maxsize=4096)
def features(form: str, lemma: str = "") -> Features:
    """The features of a form; its lemma tells the number of "emplois" (emploi) and "recours"."""
    words = form.split()
    number = _plural(words[0], lemma.split()[0] if lemma.strip() else "") if words else None
    agreeing = all(grammar.plural(w) == number for w in words[1:] if len(w) > 3)
    return Features(
        len(words),
        number if agreeing else None,
        verb_form(form),
        french.fold(form).endswith("ent"),
        grammar.adjective_gender(form),
    )


def fits(
    answer: Word,
    candidate: Word,
    slot: Slot = Slot(),
    gender_of: Callable[[str], str | None] = grammar.noun_gender,
) -> bool:
    """Whether a candidate has the answer's grammar (see the module docstring)."""
    if candidate.pos != answer.pos or not candidate.form[:1].islower():
        return False
    vowel = french.starts_with_vowel(candidate.form) or (
        french.fold(candidate.form)[:1] == "h" and not aspirated_h(candidate.form)
    )
    if (slot.initial == "vowel" and not vowel) or (slot.initial == "consonant" and vowel):
        return False  # "l'menace", "de incompatibilité"
    mine = features(answer.form, answer.lemma)
    theirs = features(candidate.form, candidate.lemma)
    if theirs.words != mine.words or None in (theirs.plural, mine.plural):
        return False
    if theirs.plural != mine.plural:
        return False
    if answer.pos == "NOUN" and slot.plural is not None and theirs.plural != slot.plural:
        return False  # "contre 420 ___" offered "eau potable" beside "en moyenne"
    if answer.pos == "VERB":
        if (theirs.verb_form, theirs.third_plural) != (mine.verb_form, mine.third_plural):
            return False
        if mine.verb_form == "participle" and _agreement(candidate) != _agreement(answer):
            return False  # "a réfuté", never "a annoncée"
    elif answer.pos == "ADJ":  # "frontiste" fits either gender: so must the others
        if theirs.adjective_gender != mine.adjective_gender:
            return False
    else:  # a noun of unknown gender could be the wrong one: it goes
        gender = slot.gender or ("m" if slot.masculine_before_consonant and not vowel else None)
        gender = gender or gender_of(_head(answer.form))
        if gender is not None and gender_of(_head(candidate.form)) != gender:
            return False
    return not same_word(answer, candidate)


_ASPIRATED_H = french.wordset(
    """hache haie haine hall halle halte hameau hanche handicap hangar harcèlement hardi hareng
    haricot hasard hâte hausse haut haute hauteur hérisson héros heurt hibou hiérarchie hockey
    homard honte hooligan housse hublot huée huit hurlement hutte"""
)
"""Words whose "h" takes "la" and "le", never "l'": "l'hausse" is no French."""


def aspirated_h(form: str) -> bool:
    """Whether a word starts with an aspirated h ("hausse", "hauteurs", "handicaps")."""
    head = french.fold(form.split(" ")[0])
    return head in _ASPIRATED_H or head.rstrip("sx") in _ASPIRATED_H


def _agreement(word: Word) -> grammar.Agreement:
    return grammar.participle_agreement(word.form)


def genders_in(body: str) -> dict[str, str]:
    """The gender the article gives its nouns by the determiners before them ("du directoire"
    -> m), read in one pass; singular forms of plurals are looked up by their singular."""
    found: dict[str, str] = {}
    for match in _DETERMINED.finditer(body):
        gender = grammar.DETERMINER_AGREEMENT[match.group(1).lower()][0]
        if gender is not None:
            found.setdefault(french.fold(match.group(2)), gender)
    return found


_DETERMINED = re.compile(
    r"\b(le|la|un|une|du|au|ce|cet|cette|sa)\s+"
    r"(?:(?:premier|première|dernier|dernière|nouveau|nouvelle|grand|grande|petit|petite|"
    r"mauvais|mauvaise|bon|bonne|seul|seule)\s+)?([^\W\d_][\w-]*)",
    re.IGNORECASE,
)


def similar_length(answer: str, candidates: list[Word]) -> list[Word]:
    """The candidates of a length close to the answer's, closest first."""
    size = len(answer)
    close = [c for c in candidates if 0.6 * size <= len(c.form) <= 1.6 * size + 2]
    return sorted(close, key=lambda c: (abs(len(c.form) - size), plain(c.form)))
