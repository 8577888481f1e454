"""What a date expression found by `date_patterns` means: an ISO value, "relative", or nothing
when the match is not a date after all (`date_lookalikes`).

Conventions (tests/data/gold/README.md): calendar expressions get ISO dates (`date_calendar`
resolves the partial ones, looking back or ahead as `date_tense` says); deictic and anchored
ones get "relative"; exact durations get ISO durations ("deux ans et demi" -> P2.5Y),
frequencies their period; decades and centuries their ISO 8601 reduced forms ("années 1990" ->
199, "XIXe siècle" -> 18).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from tutor.extract.date_bounds import issue_month_ahead, nearer_if_a_bound
from tutor.extract.date_calendar import (
    day_of_month_value,
    day_value,
    holiday_value,
    month_number,
    month_value,
    weekday_date_value,
    weekday_day_value,
    weekday_value,
)
from tutor.extract.date_lookalikes import (
    is_age,
    is_clock_time,
    is_dialled_number,
    is_in_a_name,
    is_match_day,
    year_is_a_count,
)
from tutor.extract.date_patterns import APPROX_NOUNS
from tutor.extract.date_tense import (
    announces_event,
    in_present_state,
    originally_planned,
    speaks_of_future,
)
from tutor.french_calendar import WEEKDAYS
from tutor.french_numbers import parse_french_number, parse_french_ordinal

_UNITS = {
    "seconde": ("S", 1),
    "minute": ("M", 1),
    "heure": ("H", 1),
    "h": ("H", 1),
    "jour": ("D", 1),
    "journée": ("D", 1),
    "nuit": ("D", 1),
    "semaine": ("W", 1),
    "mois": ("M", 1),
    "trimestre": ("M", 3),
    "semestre": ("M", 6),
    "an": ("Y", 1),
    "année": ("Y", 1),
    "décennie": ("Y", 10),
    "siècle": ("Y", 100),
    "millénaire": ("Y", 1000),
}
"""ISO 8601 designator and multiplier of each unit, by its singular."""
_TIME_DESIGNATORS = {"heure", "h", "minute", "seconde"}
_VAGUE = re.compile(r"quelques|plusieurs|des|de\s+nombreu|de\s+long", re.IGNORECASE)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}

_LOOKING_AHEAD = re.compile(r"\b(?:avant|d['’]ici|jusqu['’]à|pour)\s+(?:la\s+|le\s+)?\Z", re.I)
"""A feast the sentence looks ahead to ("de nouvelles actions avant Noël", "d'ici Pâques")."""


def amount(num: str) -> float | None:
    """The value of a count in digits ("1 500", "4,6") or words ("quatre-vingt-dix",
    "une dizaine", "une demi"), or None when it is vague ("quelques") or not a number."""
    text = num.strip().lower()
    digits = re.sub(r"[ \u00a0\u202f]", "", text)
    if re.fullmatch(r"\d+(?:,\d+)?", digits):
        return float(digits.replace(",", "."))
    if _VAGUE.match(text):
        return None
    quarter = re.fullmatch(r"(un|trois)\s+quarts?", text)
    if quarter:
        return 0.25 if quarter[1] == "un" else 0.75
    words = re.sub(r"^une?\s+", "", text)  # "une dizaine", "un demi"
    half = words.startswith("demi")
    words = words.removeprefix("demi").lstrip("-")
    if not words:
        return 0.5 if half else None
    base = APPROX_NOUNS.get(words.rstrip("s")) or parse_french_number(words)
    if base is None:
        return None
    return base / 2 if half else float(base)


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.3f}".rstrip("0")


def duration_value(count: float, unit: str) -> str | None:
    """ "P3Y", "PT48H", "P1.5Y": the ISO 8601 duration of `count` `unit`s."""
    unit = unit.lower()
    key = unit if unit in _UNITS else unit.rstrip("s")
    if key == "moi":
        key = "mois"
    if key not in _UNITS:
        return None
    designator, factor = _UNITS[key]
    value = count * factor
    if key in ("heure", "h") and value != int(value):
        hours, minutes = int(value), round((value - int(value)) * 60)
        return f"PT{hours}H{minutes}M" if hours else f"PT{minutes}M"  # "trois quarts d'heure"
    prefix = "PT" if key in _TIME_DESIGNATORS else "P"
    return f"{prefix}{_number_text(value)}{designator}"


def roman_value(numeral: str) -> int | None:
    total = 0
    values = [_ROMAN.get(c) for c in numeral.upper()]
    if None in values:
        return None
    for i, v in enumerate(values):
        nxt = values[i + 1] if i + 1 < len(values) else 0
        total += -v if v < nxt else v  # type: ignore[operator]
    return total


def century_value(m: re.Match[str]) -> str | None:
    """ISO 8601 century (its first two digits): "XIXe siècle" -> "18"."""
    if m["roman"]:
        number = roman_value(m["roman"])
    elif m["digits"]:
        number = int(m["digits"])
    else:
        number = parse_french_ordinal(m["ordinal"])
    if not number or not 1 <= number <= 21:
        return None
    return f"{number - 1:02d}"


def decade_value(digits: str) -> str:
    """ISO 8601 decade (its first three digits): "années 1990" and "années 90" -> "199"."""
    year = int(digits)
    if year < 100:
        year += 1900
    return str(year)[:3]


def _duration(m: re.Match[str]) -> str | None:
    lead = (m["lead"] or "").lower()
    count = amount(m["num"])
    if count is not None and is_clock_time(m, count):
        return None
    if m["unit"][:1].isupper() and not m["unit"].isupper():
        return None  # "la guerre de Cent Ans", "la guerre des Six Jours": a name
    if is_age(m) or is_match_day(m) or _ordinal_second(m) or _someday(m, lead):
        return None
    if m["tail"] or lead.startswith(("il", "dans", "d'", "d’", "voilà", "cela", "ça")):
        return "relative"  # "24 ans après", "il y a deux ans": anchored, not a length of time
    if count is None:
        if re.match(r"\s+\d+0\b", m.string[m.end() : m.end() + 8]):
            return None  # "des années 80" is a decade
        # "des jours" is a time expression only with "depuis", "après"...; "des décennies" always
        short = m["unit"].lower()[:3] in ("jou", "heu", "min", "sec", "nui")
        vague_days = m["num"].lower() == "des" and short
        return None if vague_days and not lead else "relative"
    if m["half"]:
        count += 0.5
    if m["big"]:
        count *= 1_000_000_000 if m["big"].lower().startswith("milliard") else 1_000_000
    value = duration_value(count, m["unit"])
    if value and m["minutes"] and count == int(count):
        value += f"{int(m['minutes'])}M"  # "2 heures 30" -> PT2H30M
    return value


def _someday(m: re.Match[str], lead: str) -> bool:
    """ "Et, un jour, ouvrir sa boutique": "un jour" set off by commas is some day to come or
    once, not one day of time ("il est resté un jour", "pendant un jour")."""
    if lead or m["num"].lower() != "un" or m["unit"].lower() != "jour" or m["tail"]:
        return False
    before = m.string[max(0, m.start() - 2) : m.start()].rstrip()
    return m.string[m.end() : m.end() + 1] == "," or before.endswith(",")


_ORDINAL_SECOND = re.compile(
    r"\s+(?!(?:de|du|des|et|ou|à|au|après|avant|plus|pour|par|sur|seulement|environ|près|"
    r"trop|chrono|à\s+peine)\b)[a-zà-ÿ]{3,}",
    re.IGNORECASE,
)
"""A word after "une seconde" that it qualifies: "une seconde étude", "une seconde fois"."""


def _ordinal_second(m: re.Match[str]) -> bool:
    """ "Une seconde étude" is the second study, not one second of time."""
    if not m["unit"].lower().startswith("second") or m["tail"]:
        return False
    return _ORDINAL_SECOND.match(m.string, m.end()) is not None


_ADVERB_PERIODS = {"quotidiennement": "P1D", "mensuellement": "P1M", "annuellement": "P1Y"}


def _frequency(m: re.Match[str]) -> str | None:
    if m["monthly"]:  # "le premier dimanche de chaque mois"
        return "P1M"
    if m["among_hours"] or m["among_days"]:  # "24h/24", "7j/7"
        return "PT24H" if m["among_hours"] else "P7D"
    if m["every"]:  # "un jour sur deux" -> P2D, "un week-end sur deux" -> P2W
        among = amount(m["among"])
        every = m["every"].lower()
        unit = "semaine" if every.startswith("week-end") or every in WEEKDAYS else every
        return None if among is None else duration_value(among, unit)
    text = m.group().lower()
    if text in _ADVERB_PERIODS:
        return _ADVERB_PERIODS[text]
    unit = (m["unit"] or m["per"] or "").lower()
    if unit.rstrip("s") in ("matin", "soir", "nuit", "midi"):
        return "P1D"
    if unit.startswith("week-end") or unit.endswith(("di", "dis", "dimanche", "dimanches")):
        return "P1W"
    if unit.startswith(("été", "hiver", "printemps", "automne")):
        return "P1Y"
    return duration_value(1, unit)


_HABITUAL_BEFORE = re.compile(
    r"(?:\b(?:le|les|chaque)|(?<!partir\s)(?<!compter\s)(?<!nuit\s)\bdu)\s+$", re.IGNORECASE
)
"""An article before a weekday with no date makes it a habit: "le jeudi soir", "les grasses
matinées du samedi"."""

_HOUR_AFTER = re.compile(r"\s*(?:h\b|h\d|heures?\b)", re.IGNORECASE)


def _number(text: str) -> int:
    """A day or a year as written: "1er", "premier", "23", "vingt-trois", "deux mille six"."""
    if text.lower() in ("1er", "premier"):
        return 1
    if text.isdigit():
        return int(text)
    value = parse_french_number(text)
    if value is None:
        raise ValueError(f"not a number: {text!r}")  # the patterns only match numbers
    return value


_RESOLVED = ("day_month", "range_day", "day", "weekday_day", "month", "weekday", "night", "holiday")
"""Kinds without their year (or week), resolved against publication and the sentence's tense."""


def _resolved_value(kind: str, m: re.Match[str], ref: date | None) -> str | None:
    groups = m.groupdict()
    rel = groups.get("rel")
    future = speaks_of_future(m.string, m.start(), m.end())
    planned = originally_planned(m.string, m.start())
    if planned:
        future = False  # "prévu à l'origine le 6 octobre": the nearer day, before or after
    if kind in ("day_month", "range_day"):
        day = _number(groups["day"])
        month = month_number(groups["month"])
        if groups.get("year"):
            try:
                return date(_number(groups["year"]), month, day).isoformat()
            except ValueError:
                return None
        weekday = groups.get("weekday")
        if weekday and not rel:
            return weekday_date_value(weekday, month, day, ref) or day_value(
                month, day, ref, rel, future
            )

        def value_of(ahead: bool) -> str | None:
            return day_value(month, day, ref, rel, ahead)

        if not planned and _announced_and_coming(m, ref, rel, future, value_of):
            return value_of(True)
        return nearer_if_a_bound(m, ref, rel, future, value_of, planned)
    if kind == "day":
        if is_dialled_number(m):
            return None  # "appelez le 15": the emergency number
        day = 1 if groups["day"].lower() == "1er" else int(groups["day"])
        state = planned or in_present_state(m.string, m.start(), m.end())
        return nearer_if_a_bound(
            m, ref, rel, future, lambda f: day_of_month_value(day, ref, rel, f), state
        )
    if kind == "holiday":
        name = groups.get("holiday") or groups["numbered"]
        rel = rel or groups.get("rel2")
        ahead = _LOOKING_AHEAD.search(m.string, 0, m.start()) is not None
        return holiday_value(name, groups.get("year"), ref, rel, future, ahead)
    if kind == "weekday_day":
        if _HOUR_AFTER.match(m.string, m.end()):
            return None  # "dimanche 17 heures": the hour of that Sunday, not the 17th
        day = 1 if groups["day"].lower() in ("1er", "premier") else int(groups["day"])
        return weekday_day_value(groups["weekday"], day, ref, future) if 1 <= day <= 31 else None
    if kind == "month":
        number = month_number(groups["month"])

        def month_of(ahead: bool) -> str | None:
            return month_value(number, ref, rel, ahead)

        issue = None if rel else issue_month_ahead(m, ref, month_of)
        if issue is not None:
            return issue
        coming = not planned and _announced_and_coming(m, ref, rel, future, month_of)
        return nearer_if_a_bound(m, ref, rel, future or coming, month_of)
    if kind == "weekday":
        if rel and rel.lower().startswith(("précédent", "suivant")):
            return "relative"  # "le jeudi précédent": the Thursday before the story's day
        if not rel and _HABITUAL_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
            return None  # "le jeudi soir, un repas partagé": every Thursday, no date
        return weekday_value(groups["weekday"], ref, rel, future)
    # "night": the night from Saturday to Sunday is dated by its Saturday
    second = weekday_value(groups["weekday2"], ref, None, future)
    return second if ref is None else (date.fromisoformat(second) - timedelta(1)).isoformat()


ANNOUNCED_AHEAD_DAYS = 240
"""How far ahead the day of an announced event may be (`announces_event`): "a annoncé une
réunion le 2 avril" in a paper of 10 March is the coming 2 April; "le 2 février" is the one
five weeks back, not one eleven months ahead (the announcing's day, or an event since held)."""


def _announced_and_coming(
    m: re.Match[str],
    ref: date | None,
    rel: str | None,
    ahead_already: bool,
    value_of: Callable[[bool], str | None],
) -> bool:
    """Whether the date is that of an event announced or planned (`announces_event`) whose
    coming day is at most ANNOUNCED_AHEAD_DAYS after publication: whatever the tense of the
    announcing, that day is meant."""
    if ahead_already or rel or ref is None or not announces_event(m.string, m.start(), m.end()):
        return False
    ahead = value_of(True)
    if ahead is None or not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", ahead):
        return False
    first = date.fromisoformat(ahead if len(ahead) == 10 else ahead + "-01")
    return (first - ref).days <= ANNOUNCED_AHEAD_DAYS


def date_value(kind: str, m: re.Match[str], ref: date | None) -> str | None:
    """The value of a match of `kind` in `m.string`, or None when it is not a date after all."""
    if kind in _RESOLVED:
        return _resolved_value(kind, m, ref)
    groups = m.groupdict()
    if kind == "numeric_date":
        year, month, day = (
            (m["nyear"], m["nmonth"], m["nday"])
            if m["nyear"]
            else (m["iyear"], m["imonth"], m["iday"])
        )
        try:
            return date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            return None
    if kind == "month_year":
        return f"{int(groups['year']):04d}-{month_number(groups['month']):02d}"
    if kind == "duration":
        return _duration(m)
    if kind == "frequency":
        return _frequency(m)
    if kind in ("year", "season_year"):
        return None if kind == "year" and year_is_a_count(m) else groups["year"]
    if kind == "half_year":
        return groups.get("year") or groups.get("year2") or "relative"
    if kind == "decade":
        return decade_value(groups["decade"])
    if kind == "century":
        return century_value(m)
    if kind == "named_year":
        if groups.get("anyyear"):
            return f"{int(groups['anyyear']):04d}"  # "l'an 1000", "l'an 800"
        year = parse_french_number(groups["yearwords"] or groups["yearwords2"])
        return str(year) if year and 1000 <= year <= 2100 else None
    if kind in ("relative", "vague", "recent_span"):
        return None if is_in_a_name(m) else "relative"
    return None
