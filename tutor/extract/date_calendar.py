"""Months, days, weekdays and feasts named without their year, resolved against the publication
date: the most recent one, or the coming one when "prochain" says so or the nearest verb of the
sentence is in the future ("sera lancé en mars", "doit se réunir samedi").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tutor.content import FRENCH_MONTHS
from tutor.extract.date_patterns import HOLIDAYS
from tutor.french_calendar import MONTH_ABBREVIATIONS, WEEKDAYS, easter

_FUTURE = re.compile(
    r"\b(?:sera|seront|serai|serons|serez|aura|auront|fera|feront|ira|iront|pourra|pourront|"
    r"devra|devront|faudra|verra|verront|voudra|voudront|saura|sauront|"
    # any third-person future ("recevra", "voteront"), but nouns that end the same way
    r"(?!(?:extra|ultra|opéra|caméra|choléra|cobra|mantra|tantra|sutra|hydra|tiara|sahara|"
    r"agora|zébra|sierra|terra|contra|affront|palmera|pergola|ultras)\b)"
    # ("déclara", "ignora", "célébra": a past simple, never a future)
    r"(?![a-zà-ÿ]*(?:ara|ora|éra|èra|bra|gra)\b)[a-zà-ÿ]{2,}r(?:a|ont)|"
    # the conditional of reported speech is a future seen from the past ("a déclaré que la
    # production reprendrait en juin"), but "aurait" opens a past ("aurait eu lieu en mai")
    r"(?![a-zà-ÿ]*trai(?:t|ent)\b)(?!aurai(?:t|ent)\b)[a-zà-ÿ]{2,}r(?:ait|aient)|"
    r"prévue?s?|attendue?s?|à\s+venir|aura\s+lieu|"
    r"(?:va|vont|devrait|devraient|doit|doivent|compte|comptent|prévoit|prévoient|"
    r"envisage|envisagent)\s+(?:[a-zà-ÿ'’]+\s+){0,2}?[a-zà-ÿ]+(?:er|ir|re))\b"
)
"""Signs of the future: future tense, "va/doit + infinitive", "prévu", "à venir"."""
_PARTICIPLE = r"[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|it|ite|u|ue|us|ert|erte|int|inte)"
_PAST = re.compile(
    r"\b(?:(?:a|ai|as|avons|avez|ont|avait|avaient|avais|eut|eurent)"
    rf"(?:\s+(?:[a-zà-ÿ]+\s+)?{_PARTICIPLE})?|était|étaient|fut|furent|"
    rf"(?:est|sont|s['’]est|se\s+sont)\s+(?:[a-zà-ÿ]+\s+)?{_PARTICIPLE})\b"
)
"""Signs of the past: compound tenses (the participle included, to measure from its end)."""
_SENTENCE_END = re.compile(r"[.!?\n]")
_CLAUSE_BREAK = 40
"""How much farther a verb counts when a comma or semicolon stands between it and the date."""


def speaks_of_future(text: str, start: int, end: int) -> bool:
    """Whether the verb nearest to text[start:end], in its sentence, is in the future; a verb
    on the other side of a comma counts as farther ("qui a parlé lundi, parlera samedi")."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_end = _SENTENCE_END.search(text, end)
    right = right_end.start() if right_end else len(text)
    nearest: tuple[int, bool] | None = None
    for pattern, future in ((_FUTURE, True), (_PAST, False)):
        for m in pattern.finditer(text, left, right):
            if start <= m.start() < end:
                continue
            if m.start() < start < m.end():
                distance = 0
            else:
                between = text[m.end() : start] if m.end() <= start else text[end : m.start()]
                distance = len(between) + (_CLAUSE_BREAK if re.search("[,;:]", between) else 0)
            if nearest is None or distance < nearest[0] or (distance == nearest[0] and future):
                nearest = (distance, future)
    return bool(nearest and nearest[1])


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


def holiday_value(
    name: str, year: str | None, ref: date | None, rel: str | None, future: bool
) -> str:
    """ "Noël 2020", "à Pâques": that year's feast, else the most recent one or the coming one."""
    if year:
        return _holiday_in(name, int(year)).isoformat()
    if ref is None:
        return "relative"
    days = [_holiday_in(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if is_next(rel) or (future and not is_last(rel)):
        return min(d for d in days if d >= ref).isoformat()
    return max(d for d in days if d <= ref).isoformat()
