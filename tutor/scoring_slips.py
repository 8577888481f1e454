"""Slips of French spelling and grammar on an answer whose words are right: an elision not made
("réserves de interprétation"), a small word left out or put in ("gouvernement coalition" for
"gouvernement de coalition"), a doubled letter put on the wrong consonant ("éronnées" for
"erronées").

Each is a slip a teacher marks "almost", as a slip of agreement is: the learner found the
expression in the text and wrote it with a mistake learners make, not another answer. The
texts compared are comparison keys without accents (`normalize.key`, `strip_accents`).
"""

from __future__ import annotations

import re

_ELIDED = {
    "de": "d'",
    "le": "l'",
    "la": "l'",
    "que": "qu'",
    "ne": "n'",
    "je": "j'",
    "me": "m'",
    "te": "t'",
    "se": "s'",
    "ce": "c'",
}
_NOT_ELIDED = re.compile(r"\b(" + "|".join(_ELIDED) + r") (?=[aeiouyhàâäéèêëîïôöûü])")
"""A word French elides, written whole before a vowel or an h ("de interprétation")."""


def elision_slip(typed: str, wanted: str) -> bool:
    """Whether the typed answer is the wanted one with an elision written whole ("de
    interpretation" for "d'interpretation", "le enclave" inside an answer). An h that is not
    elided ("le hasard") is never wanted so: the two would be equal."""
    return typed != wanted and _NOT_ELIDED.sub(lambda m: _ELIDED[m.group(1)], typed) == wanted


SMALL_WORDS = frozenset(
    ["de", "d'", "du", "des", "la", "le", "les", "l'", "un", "une", "a", "au", "aux", "en", "et"]
)
"""Words a learner drops or adds in an expression of several words without changing which
expression it is: articles, "de", "à"."""
MIN_CONTENT_WORDS = 2
"""Words of meaning the expression must keep: "de coalition" for "coalition" is no slip."""


def _tokens(text: str) -> list[str]:
    return text.replace("'", "' ").split()


def small_word_slip(typed: str, wanted: str) -> str | None:
    """The small word ("de", "la") the typed answer leaves out of the wanted one, or adds to
    it, all its other words being the same and in order: "gouvernement coalition" for
    "gouvernement de coalition" leaves out "de". Returns "-de" for a word left out, "+de" for
    a word put in, else None."""
    got, want = _tokens(typed), _tokens(wanted)
    if abs(len(got) - len(want)) != 1:
        return None
    longer, shorter, sign = (want, got, "-") if len(want) > len(got) else (got, want, "+")
    if sum(w not in SMALL_WORDS for w in shorter) < MIN_CONTENT_WORDS:
        return None
    for i, word in enumerate(longer):
        if word in SMALL_WORDS and longer[:i] + longer[i + 1 :] == shorter:
            return sign + word
    return None


_DOUBLED = re.compile(r"([a-z])\1+")


def doubled_letter_slip(typed: str, wanted: str) -> bool:
    """Whether two words differ only in which letters are doubled ("eronnees" for
    "erronees", "apeller" for "appeler"): one slip, however many edits it takes."""
    return typed != wanted and _DOUBLED.sub(r"\1", typed) == _DOUBLED.sub(r"\1", wanted)
