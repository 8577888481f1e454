"""Names and roles without pictographs: "le maire 👍", "Jean Roux 🎉", "présidente ★ du club"
are "le maire", "Jean Roux", "présidente du club"; a learner is never asked to type an emoji."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from tutor.facts import Person, Quote

_KEPT_SYMBOLS = frozenset("°")
"""Symbols that belong to a role's words ("adjoint n° 2")."""
_JOINERS = frozenset({"\u200d", "\ufe0e", "\ufe0f", "\u20e3"})
"""The zero-width joiner and variation selectors that glue an emoji's parts."""


def _is_pictograph(char: str) -> bool:
    if char in _KEPT_SYMBOLS:
        return False
    return char in _JOINERS or unicodedata.category(char) in ("So", "Sk")


def without_symbols(text: str) -> str:
    """`text` without pictographs and emoji (other symbols, modifiers, their joiners), with the
    spaces they stood between made one; unchanged when it has none."""
    if not any(_is_pictograph(c) for c in text):
        return text
    kept = "".join(" " if _is_pictograph(c) else c for c in text)
    return re.sub(r"\s+([,.;:)])", r"\1", re.sub(r"\s{2,}", " ", kept)).strip()


def tidy_people(people: tuple[Person, ...]) -> tuple[Person, ...]:
    """Each person's name, aliases and role without pictographs; two people whose names become
    one ("Jean Roux 🎉" and "Jean Roux") are one, with the first's role and both aliases."""
    merged: dict[str, Person] = {}
    for person in people:
        name = without_symbols(person.name)
        aliases = tuple(a for a in (without_symbols(a) for a in person.aliases) if a != name)
        role = without_symbols(person.role) if person.role else person.role
        if not name:
            merged[person.name] = person  # a name of symbols alone is left as it is
            continue
        known = merged.get(name)
        if known is None:
            merged[name] = Person(name, tuple(dict.fromkeys(aliases)), role or None)
            continue
        joined = tuple(dict.fromkeys((*known.aliases, *aliases)))
        merged[name] = Person(name, joined, known.role or role or None)
    return tuple(merged.values())


def tidy_speaker(quote: Quote) -> Quote:
    """The quote with its speaker's name or description without pictographs."""
    speaker = without_symbols(quote.speaker)
    return quote if speaker == quote.speaker or not speaker else replace(quote, speaker=speaker)
