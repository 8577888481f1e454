"""Gender and number on the surface of French words: determiners, participles, noun endings.

Each answer is a best guess from spelling, None when the spelling does not tell; callers use
it to agree a word ("a-t-elle été créée") or to keep a word bank consistent, and refuse when
they need certainty and get None.
"""

from __future__ import annotations

import re

from tutor.generate.french import fold, starts_with_vowel, wordset

Agreement = tuple[str | None, str | None]
"""(gender "m" / "f" / None, number "s" / "p" / None)."""

DETERMINER_AGREEMENT: dict[str, Agreement] = {
    "le": ("m", "s"),
    "la": ("f", "s"),
    "l'": (None, "s"),
    "les": (None, "p"),
    "un": ("m", "s"),
    "une": ("f", "s"),
    "des": (None, "p"),
    "du": ("m", "s"),
    "au": ("m", "s"),
    "aux": (None, "p"),
    "ce": ("m", "s"),
    "cet": ("m", "s"),
    "cette": ("f", "s"),
    "ces": (None, "p"),
    "son": (None, "s"),
    "sa": ("f", "s"),
    "ses": (None, "p"),
    "leur": (None, "s"),
    "leurs": (None, "p"),
    "ma": ("f", "s"),
    "ta": ("f", "s"),
    "mon": (None, "s"),
    "ton": (None, "s"),
    "mes": (None, "p"),
    "tes": (None, "p"),
    "notre": (None, "s"),
    "votre": (None, "s"),
    "nos": (None, "p"),
    "vos": (None, "p"),
    "d'un": ("m", "s"),
    "d'une": ("f", "s"),
}
CONTRACTIONS = frozenset({"du", "des", "au", "aux", "d'un", "d'une"})
"""Determiners that carry a preposition: the noun they open completes another noun."""
_DEFINITE = {"un": "le", "une": "la", "des": "les", "du": "le", "au": "le", "aux": "les"}
_DEFINITE.update({"d'un": "le", "d'une": "la"})

_FEMININE_ENDINGS = (
    "tion",
    "sion",
    "xion",
    "té",
    "ure",
    "ance",
    "ence",
    "ade",
    "ette",
    "esse",
    "ise",
    "ude",
    "aison",
    "ière",
    "euse",
    "trice",
    "ie",
    "ine",
    "elle",
    "ève",
)
_MASCULINE_ENDINGS = ("ment", "age", "isme", "eau", "oir", "ier", "at", "et", "eur", "ant", "al")
_NOT_FEMININE = wordset("génie incendie parapluie magazine domaine patrimoine")
_NOT_MASCULINE = wordset(
    """image page plage cage rage nage valeur peur erreur couleur douleur chaleur faveur
    hauteur largeur longueur profondeur rumeur saveur vapeur lueur fureur ardeur clameur
    minorité dent"""
)


def determiner(token: str) -> tuple[str, str] | None:
    """(determiner, the rest of the token) when a token opens a noun phrase: "la" -> ("la",
    ""), "l'usine" -> ("l'", "usine"); None otherwise."""
    folded = fold(token)
    if folded in DETERMINER_AGREEMENT:
        return folded, ""
    if folded.startswith("l'") and len(folded) > 2:
        return "l'", token[2:]
    return None


def definite(det: str, rest: str) -> str:
    """A noun phrase with its determiner made definite: ("une", "interview de X") ->
    "l'interview de X", ("des", "élections") -> "les élections". The elided article takes the
    apostrophe the phrase already writes ("l’appel d’offres", not "l'appel d’offres")."""
    new = _DEFINITE.get(det, det)
    elided = "l’" if "’" in rest else "l'"
    if new in ("le", "la") and starts_with_vowel(rest) and not rest[:1].isupper():
        return elided + rest
    if new == "l'":
        return elided + rest
    return f"{new} {rest}"


def participle_agreement(word: str) -> Agreement:
    """The gender and number a past participle shows: "créée" -> (f, s), "signés" -> (m, p)."""
    bare = fold(word).strip(",;:.")
    if bare.endswith("ées"):
        return "f", "p"
    if bare.endswith("és"):
        return "m", "p"
    if bare.endswith("ée"):
        return "f", "s"
    if bare.endswith("é"):
        return "m", "s"
    if bare.endswith("es"):
        return "f", "p"
    if bare.endswith("e"):
        return "f", "s"
    if bare.endswith(_PLURAL_PARTICIPLE) and not bare.endswith(_INVARIABLE_PARTICIPLE):
        return "m", "p"  # "venus", "partis": "venu", "parti" are the singular
    if bare.endswith("ts"):
        return "m", "p"  # "morts", "construits", "ouverts": "mort", "construit" are the singular
    if bare.endswith(("s", "x")):
        return "m", None  # "promis", "mis": the same in both numbers
    return "m", "s"


_PLURAL_PARTICIPLE = ("us", "is")
_INVARIABLE_PARTICIPLE = ("clus", "mis", "pris", "quis", "sis")
"""Participles in -s that are the same in both numbers: "inclus", "promis", "compris",
"acquis", "assis", "surpris"."""


def agrees(a: Agreement, b: Agreement) -> bool:
    """Whether two agreements can describe the same noun (None agrees with anything)."""
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


def noun_gender(word: str) -> str | None:
    """A noun's gender from its ending ("mobilisation" -> f, "déploiement" -> m), or None."""
    bare = fold(word).strip(",;:.»« ")
    bare = re.sub(r"(?<=[^s])s$", "", bare) if len(bare) > 4 else bare
    if not bare.isalpha():
        return None
    if bare.endswith(_FEMININE_ENDINGS) and bare not in _NOT_FEMININE:
        return "f"
    if bare.endswith(_MASCULINE_ENDINGS) and bare not in _NOT_MASCULINE:
        return "m"
    return None


def adjective_gender(word: str) -> str | None:
    """An adjective's gender when its ending shows it ("présidentielle" f, "répressif" m)."""
    bare = fold(word).rstrip("s")
    if bare.endswith(("elle", "euse", "ive", "ienne", "ée", "ale", "ère", "ette", "trice")):
        return "f"
    if bare.endswith(("el", "eux", "if", "ien", "é", "al", "er", "et", "eur")):
        return "m"
    return None


def plural(word: str) -> bool:
    """Whether a noun or adjective form is plural by its ending (s, x), a rough guess."""
    bare = fold(word)
    return bare.endswith(("s", "x")) and not bare.endswith(("is", "os", "us", "as", "ès"))


_ETRE_PARTICIPLES = wordset(
    """survenu arrivé parti reparti venu revenu parvenu intervenu advenu né mort devenu
    redevenu resté tombé entré rentré sorti ressorti décédé retourné apparu"""
)
"""Participles of verbs conjugated with être: "un drame survenu" -> "le drame est survenu"."""
_INTRANSITIVE_PARTICIPLES = wordset(
    """commencé débuté recommencé démarré augmenté baissé diminué chuté grimpé progressé
    reculé duré éclaté existé vécu régné abouti"""
)
"""Participles of verbs that, alone after a noun, are used intransitively with avoir: "le
mouvement, commencé le 18 février" -> "le mouvement a commencé", never "a été commencé"."""


def participle_stem(word: str) -> str:
    """The masculine singular of a past participle: "survenue" -> "survenu", "créées" -> "créé"."""
    bare = fold(word).strip(",;:.")
    for ending in ("es", "e", "s"):
        stem = bare[: -len(ending)]
        if bare.endswith(ending) and stem in _ETRE_PARTICIPLES | _INTRANSITIVE_PARTICIPLES:
            return stem
    if bare.endswith(("ées", "és", "ée")):
        return bare[: bare.rindex("é") + 1]
    return bare


def participle_voice(word: str) -> str:
    """How a participle alone after a noun turns into a clause: "être" (survenu -> est
    survenu), "avoir" (commencé -> a commencé) or "passive" (signé -> a été signé)."""
    stem = participle_stem(word)
    if stem in _ETRE_PARTICIPLES:
        return "être"
    if stem in _INTRANSITIVE_PARTICIPLES:
        return "avoir"
    return "passive"
