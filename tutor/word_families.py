"""The verb of a news noun's family, for open answers: a learner asked what a text says may write
"il veut supprimer la réserve" where the keyword is "suppression", and understands the same.

The pairs are data (`tutor/data/word_families.txt`): a noun and its verb, and for a verb that is
not of the first group the forms a learner would write. A first-group verb (-er) is known by its
stem: "supprim" with a verb ending ("supprime", "suppriment", "supprimé", "supprimera").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from tutor.normalize import strip_accents

_ER_ENDINGS = frozenset(
    {
        *("e", "es", "ent", "er", "ez", "ons", "ee", "ees", "a", "ai", "ait", "aient", "ant"),
        *("era", "eront", "erait", "eraient", "erons", "erez", "ions", "iez"),
        *("ea", "eons", "eant", "eait", "eaient"),
    }
)
"""What follows a first-group stem in its forms, accents stripped ("é", "ée", "és" are "e",
"ee", "es"); the "e" after a soft g ("mangeait") is counted in."""
MIN_STEM = 4
"""Shorter stems would take in other words ("fin" of "finance")."""


@dataclass(frozen=True)
class Family:
    """A noun's verb: `stem` for a first-group verb, `forms` written out for the others and for
    a first-group verb's forms that change its stem ("rejette", "envoie")."""

    verb: str
    stem: str = ""
    forms: frozenset[str] = frozenset()

    def has(self, token: str) -> bool:
        """Whether a word of the answer is a form of the verb (case and accents aside)."""
        word = _plain(token)
        if word in self.forms:
            return True
        rest = word[len(self.stem) :] if self.stem and word.startswith(self.stem) else None
        return rest in _ER_ENDINGS


def _plain(word: str) -> str:
    return strip_accents(word.casefold()).replace("ç", "c")


def _parse(text: str) -> dict[str, Family]:
    families: dict[str, Family] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        fields = [f.strip() for f in line.split("\t") if f.strip()]
        if len(fields) < 2:
            continue
        noun, verb = _plain(fields[0]), fields[1].casefold()
        forms = frozenset(_plain(f) for f in fields[2].split()) if len(fields) > 2 else frozenset()
        stem = _plain(verb[:-2]) if verb.endswith("er") and verb != "aller" else ""
        if len(stem) < MIN_STEM:
            stem = ""
        if stem or forms:
            families[noun] = Family(verb, stem=stem, forms=forms)
    return families


@cache
def _families() -> dict[str, Family]:
    try:
        text = resources.files("tutor.data").joinpath("word_families.txt").read_text("utf-8")
    except FileNotFoundError:
        return {}
    return _parse(text)


def family_of(noun: str) -> Family | None:
    """The verb family of a keyword that is a noun of the table, in either number."""
    word = _plain(noun)
    if " " in word:
        return None
    families = _families()
    return families.get(word) or (families.get(word[:-1]) if word.endswith(("s", "x")) else None)
