"""French month names and feasts, shared by article reading, extraction, scoring and display."""

from __future__ import annotations

import unicodedata
from datetime import date

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

MONTH_ABBREVIATIONS: dict[str, int] = {
    "janv": 1,
    "févr": 2,
    "fév": 2,
    "fevr": 2,
    "avr": 4,
    "juil": 7,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "déc": 12,
    "dec": 12,
}
"""Month abbreviations as news tables and datelines write them, before a full stop ("12 sept.")."""

MONTH_NUMBERS: dict[str, int] = {
    **{name: n for n, name in enumerate(MONTHS, start=1)},
    **MONTHS_UNACCENTED,
}
"""Month number by name, with or without accents."""


def easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous "Meeus/Jones/Butcher" computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * ell) // 433
    month = (h + ell - 7 * m + 90) // 25
    day = (h + ell - 7 * m + 33 * month + 19) % 32
    return date(year, month, day)


HOLIDAYS: dict[str, tuple[int, int] | None] = {
    "Noël": (12, 25),
    "Toussaint": (11, 1),
    "Saint-Sylvestre": (12, 31),
    "Saint-Valentin": (2, 14),
    "Nouvel An": (1, 1),
    "jour de l'An": (1, 1),
    "14-Juillet": (7, 14),
    "1er-Mai": (5, 1),
    "8-Mai": (5, 8),
    "11-Novembre": (11, 11),
    "Pâques": None,
    "Pentecôte": None,
    "Ascension": None,
}
"""Feasts named in news as dates: their month and day, or None when it moves with Easter."""
