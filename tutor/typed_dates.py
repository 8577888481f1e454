"""Dates and lengths of time as learners type them: "9/3", "le 9 mars", "en mars 2017",
"trois ans", "2 jours et demi", read into parts that scoring compares with the item's value.

A learner's date is read generously (a leading "le", "en", "d'ici", a weekday; months in full,
abbreviated or with one slip; digits or words), and a value the reading would have to guess
(a day past the month's end, a 13th month) is no date at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.french_calendar import MONTHS_UNACCENTED
from tutor.french_numbers import TEENS, TENS, UNITS, words_to_digits
from tutor.normalize import clean, damerau_levenshtein, key, strip_accents

MONTHS = MONTHS_UNACCENTED
_MONTH_ABBREVIATIONS = {
    "janv": 1,
    "fevr": 2,
    "fev": 2,
    "avr": 4,
    "juil": 7,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_DATE_LEAD = re.compile(
    r"^(?:(?:le|en|au|a|au mois de|le mois de|l'an|l'annee|l annee|depuis|vers|des|dans|"
    r"d'ici|jusqu'en|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) +)+"
)
"""Words before a date that leave it the same date: "d'ici (à) 2014" is the answer's own
"d'ici à 2014" (it was wrong without the "à", which French often drops)."""
_ISO = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")
_NUMERIC = re.compile(r"^(?:(\d{1,2}) ?[/.-] ?)?(\d{1,2}) ?[/.-] ?(\d{4})$")
_NUMERIC_SHORT_YEAR = re.compile(r"^(\d{1,2}) ?[/.-] ?(\d{1,2}) ?[/.-] ?(\d{2})$")
"""A day, a month and a year of two digits, "01/06/09", as French hands write it."""
SHORT_YEAR_PIVOT = 50
"""Two-digit years below it are of this century ("09" is 2009), the others of the last
("98" is 1998): the articles are news of the 1990s on."""
_FIRST = re.compile(r"(?<!\d)1 ?(?:ᵉʳ|ᵉ|ier|ere|er|re|e)(?!\w)")
"""The first of the month as learners write it: "1er", "1ᵉʳ", "1ère", "1ier", "1e"."""
_DAY_MONTH = re.compile(r"^(\d{1,2}) ?[/.] ?(\d{1,2})$")
"""A day and a month in digits, no year ("09/03"): a year has four digits, so "07/2000" is not
one, and a hyphen ("9-3") is left out: it reads as a score or a range as much as a date."""
_YEAR = re.compile(r"^(\d{4})$")
_IN_WORDS = re.compile(
    r"^(?:(\d{1,2})(?:er)? +)?([a-z]+)\.?(?: +(?:de l'(?:an|annee) +)?(\d{4}))?$"
)
_SEPTEMBER = re.compile(r"(?<!vingt )(?<!trente )\bsept(?= \d{4}\b)|(?<=\d )sept\b(?![.\w])")
""""sept" that can only be the month: before a year ("sept 2023"; not "vingt sept 2023") or
after a day in digits ("7 sept")."""
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@dataclass(frozen=True)
class DateParts:
    """A date as precise as it was written: a year, a month of a year, a day, or a day and month.

    `month_typo` is set when the month name was recognised only with one letter off.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    month_typo: bool = False

    def fields(self) -> dict[str, int]:
        """The parts that were written."""
        parts = {"year": self.year, "month": self.month, "day": self.day}
        return {name: value for name, value in parts.items() if value is not None}


def _month(word: str, *, typos: bool) -> tuple[int, bool] | None:
    if word in MONTHS:
        return MONTHS[word], False
    if word in _MONTH_ABBREVIATIONS:
        return _MONTH_ABBREVIATIONS[word], False
    if not typos or len(word) < 3:
        return None
    # "mar" for mars is cut short, "juilet" has a letter off; "jui" could be two months
    near = {n for name, n in MONTHS.items() if name.startswith(word)}
    if len(word) >= 4:
        near |= {n for name, n in MONTHS.items() if damerau_levenshtein(word, name, 1) <= 1}
    return (near.pop(), True) if len(near) == 1 else None


def _checked(year: int | None, month: int | None, day: int | None, typo: bool) -> DateParts | None:
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        if month is None or not 1 <= day <= _DAYS_IN_MONTH[month - 1]:
            return None
        leap = year is None or (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))
        if month == 2 and day == 29 and not leap:
            return None
    return DateParts(year, month, day, typo)


def parse_date(text: str, *, typos: bool = False) -> DateParts | None:
    """A French date as people write it, or None: "juillet 2000", "07/2000", "en juillet 2000",
    "2000-07", "19 juin 2024", "19/06/2024", "le 19 juin 2024", "1er juillet", "09/03", "2024".

    With `typos`, a month name one letter off ("juilet") is recognised and flagged.
    """
    text = strip_accents(clean(text))
    text = _FIRST.sub("1er", text.replace("premier ", "1er "))
    # "sept." is September, but "sept" alone is the number seven; before a year or after a
    # day in digits it is the month ("sept 2023", "le 7 sept 2023")
    text = _SEPTEMBER.sub("septembre", text)
    text = words_to_digits(re.sub(r"\bsept\.", "septembre", text))
    text = _DATE_LEAD.sub("", text).strip()
    if match := _ISO.match(text):
        year, month, day = match.groups()
        return _checked(int(year), int(month), int(day) if day else None, False)
    if match := _NUMERIC.match(text):
        day, month, year = match.groups()
        return _checked(int(year), int(month), int(day) if day else None, False)
    if match := _NUMERIC_SHORT_YEAR.match(text):
        day, month, short = (int(part) for part in match.groups())
        year = (2000 if short < SHORT_YEAR_PIVOT else 1900) + short
        return _checked(year, month, day, False)
    if match := _DAY_MONTH.match(text):
        return _checked(None, int(match.group(2)), int(match.group(1)), False)
    if match := _YEAR.match(text):
        return DateParts(year=int(match.group(1)))
    if match := _IN_WORDS.match(text):
        day, word, year = match.groups()
        found = _month(word, typos=typos)
        if found is None:
            return None
        month, typo = found
        return _checked(int(year) if year else None, month, int(day) if day else None, typo)
    return None


def parse_iso_value(value: str) -> DateParts | None:
    """The `value` of a DateQuestion: "2000", "2000-07" or "2000-07-14"."""
    if match := _YEAR.match(value.strip()):
        return DateParts(year=int(match.group(1)))
    if match := _ISO.match(value.strip()):
        year, month, day = match.groups()
        return _checked(int(year), int(month), int(day) if day else None, False)
    return None


# --- Durations ---------------------------------------------------------------------------------

_MINUTES = {
    "minute": 1,
    "min": 1,
    "heure": 60,
    "h": 60,
    "jour": 1440,
    "journee": 1440,
    "j": 1440,
    "semaine": 10080,
}
_MONTHS_PER = {"mois": 1, "an": 12, "annee": 12, "decennie": 120, "siecle": 1200}
_DURATION_LEAD = re.compile(r"^(?:(?:pendant|durant|en|environ|a peu pres|presque|plus de) +)+")
_ABOUT_A_COUNT = re.compile(
    r"\b(?:une )?(dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|"
    r"soixantaine|centaine) d(?:e |')"
)
"""A count said as an estimate ("une trentaine d'années", "une quinzaine de jours"): the
number it is about, as "environ trente ans" is."""
_COUNTS = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
}
_AND_A_HALF = re.compile(r"\b(\d+) ([a-z]+) et demie?\b")
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?) ?([a-z]+)")
_ISO_DURATION = re.compile(
    r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$"
)


@dataclass(frozen=True)
class Duration:
    """A length of time in minutes and months (kept apart: a month has no fixed length)."""

    minutes: float = 0
    months: float = 0


def parse_iso_duration(value: str) -> Duration | None:
    """An ISO 8601 duration as a DateQuestion's `value` holds it: "P2D", "PT48H", "P1Y6M"."""
    match = _ISO_DURATION.match(value.strip().upper())
    if not match or not any(match.groups()):
        return None
    years, months, weeks, days, hours, minutes = (int(g) if g else 0 for g in match.groups())
    total = minutes + 60 * hours + 1440 * days + 10080 * weeks
    return Duration(total, months + 12 * years)


def parse_duration(text: str) -> Duration | None:
    """A length of time as people write it: "2 jours", "deux jours", "48 heures", "une semaine",
    "pendant 3 mois", "1 an et 6 mois", "une trentaine d'années" (about 30 years)."""
    text = strip_accents(clean(text))
    text = _ABOUT_A_COUNT.sub(lambda m: f"{_COUNTS[m.group(1)]} ", text)
    text = re.sub(r"^(?:un|une) ", "1 ", _DURATION_LEAD.sub("", text))
    # "2 jours et demi" is 2.5 days: read without its half, it was "2 jours", right for P2D
    text = _AND_A_HALF.sub(r"\1.5 \2", key(text)).replace(" et ", " ")
    parts = _DURATION_PART.findall(text)
    if not parts or _DURATION_PART.sub("", text).strip():
        return None
    minutes = months = 0.0
    for number, unit in parts:
        if unit not in _MINUTES and unit not in _MONTHS_PER and unit.endswith("s"):
            unit = unit[:-1]  # plural: "jours", "heures", "ans"
        if unit in _MINUTES:
            minutes += float(number) * _MINUTES[unit]
        elif unit in _MONTHS_PER:
            months += float(number) * _MONTHS_PER[unit]
        else:
            return None
    return Duration(minutes, months)


_UNIT_NAMES = ("minute", "heure", "jour", "journee", "semaine", "mois", "annee")
"""Units whose names are long enough for a letter off to be a typo ("anées", "jous")."""


_LONG_NUMBER_WORDS = tuple(w for w in (*UNITS, *TEENS, *TENS) if len(w) >= 5)
"""Numbers in words long enough for a letter off to be a typo ("trante" for trente); "six" and
"dix", "onze" and "once" are too near to tell."""


def unit_typos_fixed(text: str) -> str:
    """The text with each unit name, and each long number in words, one letter off written
    right ("trois anées" -> "trois annees", "trante ans" -> "trente ans"), for
    `parse_duration`; other words are left as they are. A word that is a number or a unit
    already ("treize") is never "fixed" into another."""

    def fixed(word: str) -> str:
        if word.isdigit() or len(word) < 4 or word in _LONG_NUMBER_WORDS:
            return word
        near = {
            unit
            for unit in _UNIT_NAMES
            for form in (unit, unit + "s")
            if damerau_levenshtein(word, form, 1) <= 1
        }
        if len(word) >= 5:
            near |= {n for n in _LONG_NUMBER_WORDS if damerau_levenshtein(word, n, 1) <= 1}
        return near.pop() if len(near) == 1 else word

    return " ".join(fixed(word) for word in strip_accents(clean(text)).split())
