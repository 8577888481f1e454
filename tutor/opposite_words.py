"""Pairs of words of news French that say opposite outcomes ("condamné" / "acquitté", "hausse" /
"baisse", "adopté" / "rejeté"), for `scoring_contrary`: an open answer that uses one where the
accepted answer uses the other says the contrary of the text, whatever keywords it holds.

Words are compared as `negations.read` gives them: lower case, accents stripped. Each side is a
closed list of forms, or a stem whose every word is of the family: a stem that other words
share ("ouvr" of "ouvrier", "ferm" of "fermier", "liber" of "libéral") is spelt out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_VERB = r"(?:e|ee|es|ees|er|era|eront|ent|ait|aient|ant|ation|ations)?"
"""Endings of a verb of the first group and its noun in "-ation", accents stripped ("libéré",
"libérée", "libérer", "libération")."""


@dataclass(frozen=True)
class OppositePair:
    """Two sides of one outcome; `name` says which (for tests and reading)."""

    name: str
    one: re.Pattern[str]
    other: re.Pattern[str]


def _pair(name: str, one: str, other: str) -> OppositePair:
    return OppositePair(name, re.compile(one), re.compile(other))


OPPOSITE_PAIRS = (
    _pair(
        "verdict",
        r"condamn\w*|coupables?",
        r"acquitt\w*|relax\w*|innocent\w*",
    ),
    _pair(
        "rise",
        r"hausses?|augment\w*|progress(?:e|es|ent|er|era|ait|aient|ions?)|grimp\w*|accrue?s?|accroissement|essor",
        r"baiss\w*|abaiss\w*|diminu\w*|recul\w*|chutes?|chut"
        + _VERB
        + r"|repli|reduit\w*|reduction\w*",
    ),
    _pair(
        "win",
        r"gagn\w*|remport\w*|victoires?|vainqueurs?|victorieu\w*",
        r"perd\w*|defaites?",
    ),
    _pair(
        "accept",
        r"accept\w*|adopt\w*|approuv\w*|valid\w*|ratifi\w*",
        r"refus\w*|rejet\w*|rejett\w*|invalid\w*",
    ),
    _pair(
        "open",
        r"ouvr(?:e|es|ent|ir|ira|iront|ait|aient)|ouverte?s?|ouvertures?|rouv\w*|reouv\w*",
        r"ferm(?:ee|ees|er|era|eront|ent|ait|aient|eture|etures)",
    ),
    _pair("allow", r"autoris\w*", r"interdi\w*"),
    _pair("free", r"liber" + _VERB, r"incarcer\w*|emprisonn\w*"),
    _pair("create", r"cre" + _VERB, r"supprim\w*|suppressions?"),
    _pair("succeed", r"reussi\w*|succes", r"echou\w*|echecs?"),
    _pair("confirm", r"confirm\w*", r"dement(?:i|ie|is|ies|ir|ent)"),
)
"""The outcomes a news summary turns on, each with the words of both sides."""

PARTICIPLE_ONLY = {"ferme": "open", "fermes": "open"}
"""Forms that are a side's word only when written as a participle ("fermé", not "une ferme"
nor "une position ferme"): accents stripped, they look the same."""


def sides_of(word: str, *, participle: bool = False) -> list[tuple[OppositePair, bool]]:
    """The pairs a word is a side of, with True for the pair's `one` side, False for its
    `other`; `participle`: the word was typed ending in "é" ("fermé")."""
    found = [
        (pair, side)
        for pair in OPPOSITE_PAIRS
        for side, pattern in ((True, pair.one), (False, pair.other))
        if pattern.fullmatch(word)
    ]
    if participle and word in PARTICIPLE_ONLY:
        found += [(p, False) for p in OPPOSITE_PAIRS if p.name == PARTICIPLE_ONLY[word]]
    return found
