"""Answer normalisation: the comparison keys, accents and typo distance that scoring uses (dates
and lengths of time as typed are read in tutor/typed_dates.py).

A typed answer and an expected answer are compared through a *key*: the same text with what a
learner cannot be blamed for taken out (Unicode form, case, curly apostrophes, French quotes,
non-breaking spaces, edge spaces and final punctuation, hyphens in names, numbers in words or
counted in millions, "€" or "euros", an elision typed with a space "l austérité", an acronym
with dots "P.S.A.") and, for term answers, the leading article ("le veto" = "veto", "l'ONU" =
"ONU", "de Le Pen" = "Le Pen"). Accents stay in the key: whether they matter is the item's policy,
decided by the caller with `strip_accents`.
"""

from __future__ import annotations

import re
import unicodedata

from tutor.french_numbers import (
    scale_signs_to_words,
    scaled_to_digits,
    thousands_to_digits,
    words_to_digits,
)

_APOSTROPHES = str.maketrans({c: "'" for c in "’‘ʼ´`′‛ʹ"})
_QUOTES = str.maketrans({c: '"' for c in "«»“”„‟″〝〞"} | {"‹": '"', "›": '"'})
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−﹘﹣－"})
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_SPACE_BEFORE_PUNCT = re.compile(r" (?=[,.;:!?)\]])")
_SPACE_AFTER_OPEN = re.compile(r"(?<=[(\[]) ")
_EDGE_PUNCT = re.compile(r"""^[\s"'.,;:!?…]+|[\s"'.,;:!?…]+$""")
_ARTICLE = re.compile(
    r"^(?:(?:de la|de l'|de le|le|la|les|un|une|des|du|de|au|aux) +|l'|d')(?=\S)"
    r"(?!(?<=un )milli(?:on|ard)s?\b)"
)
"""A leading article; "un" before "million" is the number ("un million et demi"). "de le" is
no French but before a name that starts with its article ("de Le Pen", as "de La Fontaine")."""
_PRESENTATIVE = re.compile(
    r"^(?:(?:la )?(?:bonne )?r[ée]ponse(?: est)? ?: *|la (?:bonne )?r[ée]ponse est +"
    r"|c'(?:est|[ée]tait) +|ce sont +|c'[ée]taient +|il s'agit (?=d))(?=\S)"
)
"""The words that make a term a short sentence: "c'est le gendre", "ce sont les armateurs",
"il s'agit du gouvernement de coalition", "réponse : droit d'auteur". Learners are taught to
answer in a sentence; the word they give is the answer all the same."""
_LOOSE_ELISION = re.compile(
    r"\b(jusqu|lorsqu|puisqu|qu|[cdjlmns])(?: +' *|' +| +)(?=[aeiouyhàâäéèêëîïôöûüœ])"
)
"""An elision typed with a space for its apostrophe, or a space beside it ("l austérité",
"qu il", "l' austérité", "l 'austérité"), as keyboards without an easy apostrophe make
learners write."""
_DIGIT_GROUPS = re.compile(r"\b\d{1,3}(?:[ ']\d{3})+\b")
"""Thousands grouped with spaces ("1 720") or, as in Switzerland, with apostrophes ("1'720")."""
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
_DOT_GROUPS = re.compile(r"\b\d{1,3}(?:\.\d{3})+\b(?![.,]\d)")
"""Thousands grouped with dots ("8.000", as in many languages): French writes no decimal dot,
so this is 8000, never 8; a comma stays a decimal comma ("8,000" is 8)."""
_PERCENT = re.compile(r" ?(?:%|\bpour ?cent\b)")
_CURRENCIES = (
    (re.compile(r"(?<=\d) ?(?:(?:d'|de )?euros?\b|€)"), " €"),
    (re.compile(r"(?<=\d) ?(?:(?:d'|de )?dollars?\b|\$)"), " $"),
)
"""A sum in euros written with the sign or the word, "1 500 000 €" = "1,5 million d'euros"."""
_WORD = re.compile(r"[^\W_]+")
_DOTTED_ACRONYM = re.compile(r"(?<![\w.])[^\W\d_](?:\.[^\W\d_])+\.?(?!\w)")
"""An acronym written with dots, "P.S.A." or "B.E.A", read as "PSA"."""


def clean(text: str) -> str:
    """NFC, case-folded, with typographic variants unified and edge punctuation removed.

    Curly apostrophes become ', French and English quotes become ", every kind of space (non-
    breaking, narrow, thin) becomes one plain space, and "œ" is written "oe".
    """
    text = unicodedata.normalize("NFC", text).casefold()
    text = text.translate(_APOSTROPHES).translate(_QUOTES).translate(_DASHES)
    text = text.translate(_LIGATURES)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub("", text)
    text = _SPACE_AFTER_OPEN.sub("", text)
    return _EDGE_PUNCT.sub("", text)


def strip_accents(text: str) -> str:
    """The text without diacritics ("indéfectible" -> "indefectible"), still NFC."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


def strip_article(text: str) -> str:
    """A cleaned term without its leading article or elision, nor the "c'est" or "il s'agit"
    that makes it a sentence; a lone article or "c'est" is kept."""
    return _ARTICLE.sub("", _PRESENTATIVE.sub("", text, count=1), count=1)


def key(text: str, *, term: bool = False, whole: bool = True, numbers: bool = True) -> str:
    """The comparison key of an answer; `term` also drops a leading article.

    A whole answer "un" is the number 1; inside a text (`whole=False`, for keyword search) a
    lone "un" stays a word, as it is in "un pays". Without `numbers`, number words stay words
    ("neuf" for « neuve », "mille" for « milles »: no answer of numbers is asked).
    """
    text = _LOOSE_ELISION.sub(r"\1'", clean(scale_signs_to_words(text)))
    text = _DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)
    if term:
        text = strip_article(text)
    text = text.replace("-", " ").replace('"', " ")
    text = _PERCENT.sub("%", text)  # "15,2 %", "15,2%", "15,2 pour cent"
    if numbers:
        text = thousands_to_digits(text)  # "150 mille", "12 k€": before "mille" alone is 1000
        text = "1" if whole and text in ("un", "une") else words_to_digits(text)
    text = _DIGIT_GROUPS.sub(lambda m: re.sub("[ ']", "", m.group(0)), text)
    text = _DOT_GROUPS.sub(lambda m: m.group(0).replace(".", ""), text)
    text = scaled_to_digits(_DECIMAL_COMMA.sub(".", text))  # "1,5 million" = "1 500 000"
    for pattern, sign in _CURRENCIES:
        text = pattern.sub(sign, text)
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """The words of a cleaned text; apostrophes split elisions ("l'onu" -> "l", "onu")."""
    return _WORD.findall(text)


def damerau_levenshtein(a: str, b: str, limit: int | None = None) -> int:
    """Edits (insert, delete, substitute, swap two neighbours) turning a into b.

    This is the optimal-string-alignment variant: it counts "recieve" -> "receive" as one edit,
    which is the typo learners make. Written here rather than taken from a library because it is
    twenty lines and the answers are short. With `limit`, any distance above it is reported as
    limit + 1, and the work stops early.
    """
    if a == b:
        return 0
    if limit is not None and abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if limit is not None and min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def typo_allowance(word: str) -> int:
    """Edits forgiven in a word: none under 4 letters or with a digit, 1 from 4, 2 from 10."""
    if any(c.isdigit() for c in word):
        return 0
    letters = sum(c.isalpha() for c in word)
    if letters < 4:
        return 0
    return 1 if letters < 10 else 2


def ending_slip(answer: str, expected: str) -> str | None:
    """How two accent-free keys differ when only the endings of some of their words do: "plural"
    ("abeille" for "abeilles", "chute des vente", "journal" for "journaux"), "gender" ("signée"
    for "signé", "européenne" for "européen", "erronés" for "erronées") or "verb" ("dépendent"
    for "dépend", "acceptons" for "accepte"); None otherwise. A slip of agreement, which a
    learner should hear about as such, not as a typo (nor, for "dépendent", as a wrong
    answer)."""
    got, wanted = answer.split(), expected.split()
    if answer == expected or len(got) != len(wanted):
        return None
    kinds = [_ending_kind(g, w) for g, w in zip(got, wanted, strict=True) if g != w]
    if None in kinds:
        return None
    return "verb" if "verb" in kinds else "gender" if "gender" in kinds else "plural"


_PERSON_ENDINGS = frozenset({"", "e", "es", "s", "t", "x", "ons", "ez", "ent", "ont"})
"""Endings of the present tense (and of "ils ont", "ils font"): what a verb form changes with its
person and number."""
_PLURAL_PERSONS = frozenset({"ons", "ez", "ent", "ont"})


def _ending_kind(a: str, b: str) -> str | None:
    if _plural_pair(a, b):
        return "plural"
    if _gender_pair(a, b):
        return "gender"
    stem = len(_common_prefix(a, b))
    for cut in (stem, stem - 1):
        ends = {a[cut:], b[cut:]}
        if cut >= 3 and ends <= _PERSON_ENDINGS and ends & _PLURAL_PERSONS:
            return "verb"
    return None


_FEMININE_ENDINGS = (
    ("en", "enne"),
    ("on", "onne"),
    ("el", "elle"),
    ("et", "ette"),
    ("f", "ve"),
    ("eux", "euse"),
    ("eur", "euse"),
    ("teur", "trice"),
    ("c", "que"),
)
"""Masculine and feminine endings besides a final "e": "européen" / "européenne", "productif" /
"productive", "public" / "publique" (accent-free, as keys are compared)."""


def _gender_pair(a: str, b: str) -> bool:
    """Whether two accent-free words are the masculine and the feminine of one word: "signé" /
    "signée", "européen" / "européenne", "erronés" / "erronées" (a plural on both sides, when
    the masculine ends in a vowel: "vents" / "ventes" are two words)."""
    short, long = sorted((a, b), key=len)
    if len(short) < 3:
        return False
    if long in (short + "e", short + "es"):
        return True
    if short.endswith("s") and long.endswith("s"):
        if len(short) >= 4 and short[-2:-1] in ("e", "i", "u") and long == short[:-1] + "es":
            return True
        short, long = short[:-1], long[:-1]
    return any(
        short.endswith(male)
        and long in (short[: -len(male)] + female, short[: -len(male)] + female + "s")
        for male, female in _FEMININE_ENDINGS
    )


def regular_genders(a: str, b: str) -> bool:
    """Whether two words, with their accents, are the genders of one word by an ending that
    makes French words only ("livreurs" / "livreuses", "sermonnés" / "sermonnées", "actif" /
    "active"), however rare one of them is in print. Not a bare final "e" after a consonant:
    "involontair" for "involontaire" is a typo, no masculine."""
    short, long = sorted((a.removesuffix("s"), b.removesuffix("s")), key=len)
    if long == short + "e":
        return short.endswith("é") and len(short) >= 4  # "pluviométri" is no masculine
    bare_short, bare_long = strip_accents(short), strip_accents(long)
    return any(
        bare_short.endswith(male) and bare_long == bare_short[: -len(male)] + female
        for male, female in _FEMININE_ENDINGS
    )


def grave_genders(a: str, b: str) -> bool:
    """Whether two words, with their accents, are the masculine and the feminine of one word
    whose feminine alone takes a grave accent ("boulanger" / "boulangère", "premier" /
    "première", "secret" / "secrète"), either way round. The masculine lacks no accent: laid
    on it letter for letter, the feminine's made "romancièr" and "boulangèr"."""

    def masculine_of(masculine: str, feminine: str) -> bool:
        masculine, feminine = masculine.removesuffix("s"), feminine.removesuffix("s")
        stem, last = masculine[:-2], masculine[-2:]
        return bool(stem) and last in ("er", "et") and feminine == f"{stem}è{last[1]}e"

    return masculine_of(a, b) or masculine_of(b, a)


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


_SAME_IN_THE_PLURAL = frozenset(
    """abces acces avis bois bras campus choix colis concours consensus corps cours debris
    discours dos exces fois heros jus marais mois os palais parcours pays poids prix proces
    progres puits recours refus relais remords repas rubis secours sens succes tapis temps
    virus voix""".split()  # noqa: SIM905
)
"""Accent-free nouns written the same in the singular and the plural: "recour" typed for
"recours" drops a letter of the word, not a plural, and "attention au singulier et au pluriel"
sent the learner looking for a singular that does not exist."""


def _plural_pair(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    if len(short) < 3 or len(long) != len(short) + 1:
        return False
    if long in _SAME_IN_THE_PLURAL:
        return False
    if short.endswith("al") and long == short[:-2] + "aux":
        return True
    # "ventess" is "ventes" with a letter doubled, not a plural of it
    return long.startswith(short) and long[-1] in "sx" and short[-1] not in "sx"


def typo_distance(answer: str, expected: str) -> int | None:
    """The number of typos between two accent-free keys, or None when they are not near misses.

    Word by word, each expected word forgives its own `typo_allowance`, so a long name tolerates
    a slip but "Kim Jong-il" is never a typo of "Kim Jong-un"; a long answer of three words or
    more forgives one slip on a short word. Numbers must match exactly. When
    the word counts differ (a missing or extra space), only one edit of the whole is forgiven.
    """
    if answer == expected:
        return 0
    answer_words, expected_words = answer.split(), expected.split()
    digits = re.compile(r"\d+")
    if digits.findall(answer) != digits.findall(expected):
        return None
    if len(answer_words) != len(expected_words):
        joined = expected.replace(" ", "")
        if typo_allowance(joined) == 0:
            return None
        return 1 if damerau_levenshtein(answer, expected, 1) == 1 else None
    whole = sum(c.isalpha() for c in expected)
    # In a long answer of three words or more, one slip on a short word is a typo too
    # ("moralisation de la vi publique"); a short name ("Kim Jong-il", 9 letters) stays exact.
    short_slip = len(expected_words) >= MIN_WORDS_SHORT_SLIP and whole >= MIN_LETTERS_SHORT_SLIP
    total = 0
    for got, want in zip(answer_words, expected_words, strict=True):
        allowed = typo_allowance(want)
        if allowed == 0 and short_slip and not any(c.isdigit() for c in want):
            allowed = 1
        distance = damerau_levenshtein(got, want, allowed)
        if distance > allowed:
            return None
        if distance and typo_allowance(want) == 0:
            short_slip = False
        total += distance
    return total if total <= (2 if whole >= 10 else 1) else None


MIN_WORDS_SHORT_SLIP = 3
MIN_LETTERS_SHORT_SLIP = 10
"""A short word ("de", "la", "vie") forgives one edit only in an answer this long."""
