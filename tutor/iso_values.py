"""The ISO form of a date or time of day a teacher wrote the French way ("19/06/2024" is
2024-06-19, "15h30" is T15:30), for the messages that ask for the ISO form."""

from __future__ import annotations

import re

from tutor.typed_dates import parse_date
from tutor.typed_times import iso_time, parse_time

_YEAR_FIRST = re.compile(r"^\s*(\d{4}) ?[/.] ?(\d{1,2})(?: ?[/.] ?(\d{1,2}))?\s*$")
"""2024/06/19 or 2024.06: the ISO order with the wrong separator."""


def iso_form(text: str) -> str | None:
    """The ISO value meant by `text`, or None when it is no date or time of day (or a day and
    month without their year, which ISO cannot write). Numeric dates are read the French way,
    day first: "03/12/2026" is 3 December."""
    if match := _YEAR_FIRST.match(text):
        text = "-".join(part for part in match.groups() if part)
    date = parse_date(text)
    if date is not None and date.year is not None:
        if date.month is None:
            return f"{date.year:04d}"
        if date.day is None:
            return f"{date.year:04d}-{date.month:02d}"
        return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"
    if date is None and (clock := parse_time(text)) is not None:
        return iso_time(clock.hour, clock.minute or 0)
    return None
