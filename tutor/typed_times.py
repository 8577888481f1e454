"""Times of day as learners type them: "15h30", "15 h 30", "15:30", "à 15 heures 30", "midi",
read into (hour, minute) that scoring compares with the item's value ("T15:30")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.french_numbers import words_to_digits
from tutor.normalize import clean, strip_accents


@dataclass(frozen=True)
class ClockTime:
    """A time of day; `minute` is None when only the hour was written ("15 h", "vers 15 heures")."""

    hour: int
    minute: int | None = None


_ISO_TIME = re.compile(r"^T(\d{2}):(\d{2})$")
_LEAD = re.compile(
    r"^(?:(?:a|vers|des|peu|avant|apres|environ|aux alentours de|autour de|il etait|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir) +)+"
)
"""Words before a time that leave it the same time: "à 15 h", "vers 15 h", "peu avant 6 h"."""
_CLOCK = re.compile(
    r"^(\d{1,2}) ?(?:h|heures?|:|\.) ?(\d{2})?(?: ?(?:min|minutes?))?"
    r"(?: +(?P<part>du matin|de l'apres-midi|de l'apres midi|du soir|de la nuit))?"
    r"(?: +heure (?:locale|francaise|de paris))?$"
)
_NAMED = {"midi": ClockTime(12, 0), "minuit": ClockTime(0, 0)}
_AFTERNOON = ("de l'apres-midi", "de l'apres midi", "du soir")


def parse_iso_time(value: str) -> ClockTime | None:
    """The `value` of a time question: "T15:30"."""
    match = _ISO_TIME.match(value.strip())
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    return ClockTime(hour, minute) if hour < 24 and minute < 60 else None


def parse_time(text: str) -> ClockTime | None:
    """A time of day typed by a learner, or None: the hour with or without its minutes, digits
    or words ("quinze heures trente"), "du soir" read as the afternoon's hour."""
    folded = strip_accents(clean(text)).strip(" .")
    folded = words_to_digits(folded) if re.search(r"[a-z]", folded) else folded
    folded = _LEAD.sub("", folded).strip()
    if folded in _NAMED:
        return _NAMED[folded]
    match = _CLOCK.match(folded)
    if match is None:
        return None
    hour = int(match.group(1))
    minute = int(match.group(2)) if match.group(2) else None
    if match["part"] in _AFTERNOON and hour < 12:
        hour += 12
    if hour > 24 or (minute is not None and minute > 59):
        return None
    return ClockTime(hour % 24, minute)


def iso_time(hour: int, minute: int) -> str:
    """The `value` written for a time question."""
    return f"T{hour:02d}:{minute:02d}"
