"""Months, days, weekdays and feasts named without their year, resolved against the publication
date: the most recent one, or the coming one when "prochain" says so or the sentence looks ahead
(`date_tense`: "sera lancé en mars", "doit se réunir samedi", "Le festival débute lundi").
"""

from __future__ import annotations

from datetime import date, timedelta

from tutor.content import FRENCH_MONTHS
from tutor.french_calendar import HOLIDAYS, MONTH_ABBREVIATIONS, WEEKDAYS, easter


def is_next(rel: str | None) -> bool:
    return bool(rel) and rel.lower().startswith("prochain")  # type: ignore[union-attr]


def is_last(rel: str | None) -> bool:
    return bool(rel) and not is_next(rel)


def month_number(name: str) -> int:
    """The number of a month written in full or abbreviated ("sept.")."""
    name = name.lower()
    return FRENCH_MONTHS.get(name) or MONTH_ABBREVIATIONS[name.rstrip(".")]


def month_value(month: int, ref: date | None, rel: str | None, future: bool) -> str:
    """The most recent such month (this one included), or the coming one."""
    if ref is None:
        return "relative"
    if is_next(rel) or (future and not is_last(rel)):
        this_year = month > ref.month or (month == ref.month and not is_next(rel))
        year = ref.year if this_year else ref.year + 1
    else:
        this_year = month < ref.month or (month == ref.month and not is_last(rel))
        year = ref.year if this_year else ref.year - 1
    return f"{year:04d}-{month:02d}"


def day_value(month: int, day: int, ref: date | None, rel: str | None, future: bool) -> str | None:
    """The most recent such day (the publication day included), or the coming one."""
    if not 1 <= day <= 31:
        return None
    if ref is None:
        return "relative"
    ahead = is_next(rel) or (future and not is_last(rel))
    years = (ref.year, ref.year + 1) if ahead else (ref.year, ref.year - 1)
    for year in years:
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (candidate >= ref) if ahead else (candidate <= ref):
            return candidate.isoformat()
    return "relative"


def day_of_month_value(day: int, ref: date | None, rel: str | None, future: bool) -> str | None:
    """ "le 15" with no month: the most recent 15th (the publication day included), or the coming
    one; months without that day are skipped ("le 31" in June is the 31st of May)."""
    if not 1 <= day <= 31:
        return None
    if ref is None:
        return "relative"
    ahead = is_next(rel) or (future and not is_last(rel))
    step = 1 if ahead else -1
    year, month = ref.year, ref.month
    for _ in range(13):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and ((candidate >= ref) if ahead else (candidate <= ref)):
            return candidate.isoformat()
        month += step
        if month in (0, 13):
            year, month = year + step, 12 if month == 0 else 1
    return None


def in_month(month_value: str, day: int) -> str | None:
    """ "2024-03" and 12 -> "2024-03-12": a day named after its month ("en mars ... le 12")."""
    try:
        return date(int(month_value[:4]), int(month_value[5:7]), day).isoformat()
    except ValueError:
        return None


def weekday_value(name: str, ref: date | None, rel: str | None, future: bool) -> str:
    """The latest such day on or before publication ("samedi" in a Saturday paper is that day),
    or the coming one; "dernier" and "prochain" never mean the publication day itself."""
    if ref is None:
        return "relative"
    target = WEEKDAYS.index(name.lower())
    if is_next(rel) or (future and not is_last(rel)):
        ahead = (target - ref.weekday()) % 7
        if is_next(rel):
            ahead = ahead or 7
        return (ref + timedelta(days=ahead)).isoformat()
    back = (ref.weekday() - target) % 7
    if is_last(rel):
        back = back or 7
    return (ref - timedelta(days=back)).isoformat()


def weekday_day_value(name: str, day: int, ref: date | None, future: bool) -> str | None:
    """ "mercredi 4": the Wednesday the 4th nearest to publication, before it unless the
    sentence speaks of the future (after it, then)."""
    if ref is None:
        return "relative"
    target = WEEKDAYS.index(name.lower())
    step = 1 if future else -1
    for sign in (step, -step):
        for distance in range(0, 62):
            candidate = ref + timedelta(days=sign * distance)
            if candidate.day == day and candidate.weekday() == target:
                return candidate.isoformat()
    return None


def weekday_date_value(name: str, month: int, day: int, ref: date | None) -> str | None:
    """ "samedi 6 juillet": the last such day before publication or the next one after it,
    whichever is a Saturday (None when neither is)."""
    if ref is None:
        return None
    target = WEEKDAYS.index(name.lower())
    for future in (False, True):
        value = day_value(month, day, ref, None, future)
        if value and value != "relative" and date.fromisoformat(value).weekday() == target:
            return value
    return None


_AFTER_EASTER = {"Pâques": 0, "Ascension": 39, "Pentecôte": 49}


def _holiday_in(name: str, year: int) -> date:
    fixed = HOLIDAYS[name]
    if fixed is None:
        return easter(year) + timedelta(days=_AFTER_EASTER[name])
    return date(year, *fixed)


SOON_DAYS = 45
"""A feast this close ahead is the one a sentence looking ahead means ("avant Noël" on 15
December), whatever the tense of the verb ("ont annoncé de nouvelles actions avant Noël")."""


def holiday_value(
    name: str,
    year: str | None,
    ref: date | None,
    rel: str | None,
    future: bool,
    ahead: bool = False,
) -> str:
    """ "Noël 2020", "à Pâques": that year's feast, else the most recent one or the coming one."""
    if year:
        return _holiday_in(name, int(year)).isoformat()
    if ref is None:
        return "relative"
    days = [_holiday_in(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    coming = min(d for d in days if d >= ref)
    if ahead and not is_last(rel) and (coming - ref).days <= SOON_DAYS:
        return coming.isoformat()
    if is_next(rel) or (future and not is_last(rel)):
        return min(d for d in days if d >= ref).isoformat()
    return max(d for d in days if d <= ref).isoformat()
