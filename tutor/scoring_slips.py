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
    {"de", "d'", "du", "des", "la", "le", "les", "l'", "un", "une", "a", "à", "au", "aux"}
    | {"en", "et"},
)
"""Words a learner drops or adds in an expression of several words without changing which
expression it is: articles, "de", "à"."""
MIN_CONTENT_WORDS = 2
"""Words of meaning the expression must keep: "de coalition" for "coalition" is no slip."""
ADVERB_PREPOSITIONS = frozenset(["a", "à", "en"])
"""Prepositions that make a noun an adverb ("à domicile", "en aval"): left out, the noun alone
is still the word of the text, unlike "de" of "de coalition"."""


def _tokens(text: str) -> list[str]:
    return text.replace("'", "' ").split()


def small_word_slip(typed: str, wanted: str) -> str | None:
    """The small word ("de", "la") the typed answer leaves out of the wanted one, or adds to
    it, all its other words being the same and in order: "gouvernement coalition" for
    "gouvernement de coalition" leaves out "de". Returns "-de" for a word left out, "+de" for
    a word put in, else None. Two small words side by side count as one slip ("moralisation
    vie publique" for "moralisation de la vie publique": "-de la")."""
    got, want = _tokens(typed), _tokens(wanted)
    if abs(len(got) - len(want)) == 2 and len(got) < len(want):
        if sum(w not in SMALL_WORDS for w in got) < MIN_CONTENT_WORDS:
            return None
        for i in range(len(want) - 1):
            pair = want[i : i + 2]
            if all(w in SMALL_WORDS for w in pair) and want[:i] + want[i + 2 :] == got:
                return "-" + " ".join(pair)
        return None
    if abs(len(got) - len(want)) != 1:
        return None
    longer, shorter, sign = (want, got, "-") if len(want) > len(got) else (got, want, "+")
    if sum(w not in SMALL_WORDS for w in shorter) < MIN_CONTENT_WORDS:
        # "domicile" for "à domicile", "aval" for "en aval": the preposition of an adverb
        adverb = sign == "-" and len(shorter) == 1 and longer[0] in ADVERB_PREPOSITIONS
        return sign + longer[0] if adverb and longer[1:] == shorter else None
    for i, word in enumerate(longer):
        if word in SMALL_WORDS and longer[:i] + longer[i + 1 :] == shorter:
            return sign + word
    return None


_DOUBLED = re.compile(r"([a-z])\1+")


def doubled_letter_slip(typed: str, wanted: str) -> bool:
    """Whether two words differ only in which letters are doubled ("eronnees" for
    "erronees", "apeller" for "appeler"): one slip, however many edits it takes."""
    return typed != wanted and _DOUBLED.sub(r"\1", typed) == _DOUBLED.sub(r"\1", wanted)


_SAID_E = ("é", "ée", "és", "ées", "er", "ez", "ai", "ais", "ait", "aient")
"""Endings French says alike, /e/ or near it: "allié", "allier", "alliez", "alliait"."""
_PARTICIPLES = frozenset(("é", "ée", "és", "ées"))


def sound_alike_ending(typed: str, wanted: str) -> bool:
    """Whether a word is written with another ending said alike ("allier" for "allié",
    "signer" for "signé", "utilisé" for "utiliser"), the slip of spelling learners and French
    children make most: the right word, heard right, written wrong. Both are comparison keys
    with their accents; the forms of the participle among themselves ("signée" for "signé")
    are slips of agreement, told apart before. In an expression the other words must be the
    same ("laisser au bord du chemin" for « laissé au bord du chemin »)."""
    mine, theirs = typed.split(), wanted.split()
    if len(mine) != len(theirs):
        return False
    differ = [(a, b) for a, b in zip(mine, theirs, strict=True) if a != b]
    return len(differ) == 1 and _word_sound_alike(*differ[0])


def _word_sound_alike(typed: str, wanted: str) -> bool:
    for mine in _SAID_E:
        for theirs in _SAID_E:
            if mine == theirs or {mine, theirs} <= _PARTICIPLES:
                continue
            if typed.endswith(mine) and wanted.endswith(theirs):
                stem = typed[: -len(mine)]
                if len(stem) >= MIN_STEM and stem == wanted[: -len(theirs)]:
                    return True
    return False


MIN_STEM = 3
"""Letters a word keeps before its ending for the ending to be a slip ("allié"; not "été")."""


_PREPOSITION_ARTICLES = ("au ", "aux ")
"""Leading words `normalize.key` drops from a term as articles that are "à le", "à les": part
of the expression ("au faciès"), not an article the learner may leave out."""


def preposition_left_out(typed: str, wanted: str) -> str:
    """The "au" or "aux" an expression opens with ("au faciès") that the typed answer, the
    same otherwise, leaves out ("faciès"), or "". Both are cleaned texts (`normalize.clean`)."""
    for word in _PREPOSITION_ARTICLES:
        if wanted.startswith(word) and not typed.startswith(word):
            return word.strip()
    return ""


_TENSE_ENDINGS = (
    *("", "e", "es", "ent", "ons", "ez", "s", "t"),
    *("ais", "ait", "ions", "iez", "aient"),
    *("erai", "eras", "era", "erons", "erez", "eront"),
    *("erais", "erait", "erions", "eriez", "eraient"),
    *("rai", "ras", "ra", "rons", "rez", "ront", "rais", "rait", "rions", "riez", "raient"),
    *("er", "ir", "re"),
)
"""Endings of a verb in the present, imperfect, future and conditional, and of its infinitive,
accents stripped: "affiche", "affichait", "affichera", "afficherait", "afficher"; "dépend",
"dépendra", "dépendre"."""
MIN_VERB_STEM = 4
"""Letters a verb keeps before its ending for two forms to be of one verb ("affich")."""


def tense_slip(typed: str, wanted: str) -> bool:
    """Whether a conjugated verb is typed in another tense ("affiche complet" for "affichait
    complet", "dépendait" for "dépend"): one word differs, and only by its ending. Both are
    comparison keys without accents; the caller knows the answer is a verb."""
    got, want = typed.split(), wanted.split()
    if len(got) != len(want):
        return False
    differ = [(g, w) for g, w in zip(got, want, strict=True) if g != w]
    if len(differ) != 1:
        return False
    mine, theirs = differ[0]
    return any(
        mine.endswith(a) and theirs.endswith(b) and _stem(mine, a) == _stem(theirs, b)
        for a in _TENSE_ENDINGS
        for b in _TENSE_ENDINGS
        if a != b and len(_stem(mine, a)) >= MIN_VERB_STEM
    )


def _stem(word: str, ending: str) -> str:
    return word[: len(word) - len(ending)]
