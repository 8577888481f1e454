"""Times of the year in a typed date ("dès l'été 2025", "fin 2024"): which one an answer names,
and whether the learner's answer names another one, or a month outside it, with the right year.
"""

from __future__ import annotations

import re

from tutor.french_calendar import MONTHS, MONTHS_UNACCENTED
from tutor.normalize import clean, strip_accents
from tutor.typed_dates import DateParts

_EDGE = '.,;:!?()[]"«»'


PERIOD_SHARE = 0.5
"""Share of the points for the right year with another time of it ("l'hiver 2025" for l'été
2025): as for the right day at another time of it ("jeudi matin" for jeudi soir)."""

_PERIODS: dict[str, tuple[str, str]] = {
    "printemps": ("season", "printemps"),
    "ete": ("season", "été"),
    "automne": ("season", "automne"),
    "hiver": ("season", "hiver"),
    "debut": ("place", "début"),
    "mi": ("place", "milieu"),
    "milieu": ("place", "milieu"),
    "fin": ("place", "fin"),
}
"""Words for a time of the year or of a month, accents stripped: its kind and how it is shown."""


def _periods(text: str) -> dict[str, set[str]]:
    """The times of the year a text names, by kind: {"season": {"été"}} for "dès l'été 2025"."""
    words = re.split(r"[\s'\-]+", strip_accents(clean(text)))
    found: dict[str, set[str]] = {}
    for word in (w.strip(_EDGE) for w in words):
        if word in _PERIODS:
            kind, shown = _PERIODS[word]
            found.setdefault(kind, set()).add(shown)
    return found


def other_period(text: str, answer: str) -> tuple[str, str] | None:
    """The answer's time of the year and the other one the learner named instead ("été",
    "hiver"), or None. The year alone is no other time: only a season for another season, or
    "début" for "fin", is. Without this, "l'hiver 2025" was read as 2025 and "Bravo"."""
    wanted, typed = _periods(answer), _periods(text)
    for kind, names in wanted.items():
        given = typed.get(kind, set())
        if given and not given & names:
            return min(names), min(given)
    return None


_PERIOD_MONTHS: dict[str, range | tuple[int, ...]] = {
    "début": range(1, 5),
    "milieu": range(5, 9),
    "fin": range(9, 13),
    "printemps": range(3, 7),
    "été": range(6, 10),
    "automne": range(9, 13),
    "hiver": (12, 1, 2, 3),
}
"""The months a time of the year may be said by ("décembre 2024" for « fin 2024 »), a month
on either side of a season."""


def month_outside(given: DateParts, answer: str) -> tuple[str, str] | None:
    """The answer's time of the year and the month the learner gave outside it ("fin",
    "janvier" for "janvier 2024" when the article says « fin 2024 »), or None: the year was
    right, so "janvier 2024" was "Bravo"."""
    bare = re.split(r"[\s'\-]+", strip_accents(clean(answer)))
    if given.month is None or given.day is not None or set(bare) & set(MONTHS_UNACCENTED):
        return None  # "fin mars 2024": the time of a month, which "mars 2024" is in
    for names in _periods(answer).values():
        for name in sorted(names):
            if given.month not in _PERIOD_MONTHS[name]:
                return name, MONTHS[given.month - 1]
    return None


def period_only(text: str, answer: str) -> bool:
    """Whether the learner gave the answer's time of the year and no date ("l'été" for « dès
    l'été 2025 »): right as far as it goes, as a month without its year is."""
    wanted, typed = _periods(answer), _periods(text)
    return (
        bool(typed)
        and not any(c.isdigit() for c in text)
        and all(names <= wanted.get(kind, set()) for kind, names in typed.items())
    )
