"""French month names, shared by article reading, extraction, scoring and display."""

from __future__ import annotations

import unicodedata

MONTHS: tuple[str, ...] = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
"""Month names in calendar order, as written in French (lower case, with accents)."""

WEEKDAYS: tuple[str, ...] = (
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
)


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


MONTHS_UNACCENTED: dict[str, int] = {_bare(name): n for n, name in enumerate(MONTHS, start=1)}
"""Month number by name written without accents ("fevrier", "aout"), as learners often type."""

MONTH_NUMBERS: dict[str, int] = {
    **{name: n for n, name in enumerate(MONTHS, start=1)},
    **MONTHS_UNACCENTED,
}
"""Month number by name, with or without accents."""
