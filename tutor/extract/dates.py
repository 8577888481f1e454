"""Date and time expressions of a French text, resolved to ISO values against the publication date.

spaCy's French models have no DATE label, so these are rules over the text (`date_patterns`):
full, partial and numeric dates, days alone ("le 15", of the month named before:
`with_named_months`), months and weekdays, feasts, years, decades and centuries,
seasons, relative phrases ("le mois dernier", "la veille", "quelques jours après le G7"),
durations and frequencies, with numbers in digits or in words ("deux ans et demi" -> P2.5Y).
`date_values` gives each its value; ages ("les moins de 26 ans") and times of day ("à 7 heures")
are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from tutor.content import FRENCH_MONTHS
from tutor.extract.date_calendar import in_month
from tutor.extract.date_patterns import APPROX_NOUNS, PATTERNS, alternation
from tutor.extract.date_tense import bounds_a_period, speaks_of_future
from tutor.extract.date_values import date_value
from tutor.french_calendar import HOLIDAYS, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS


@dataclass(frozen=True)
class DateMatch:
    """One date expression found in the text, before it is tied to its sentence."""

    start: int
    end: int
    kind: str
    value: str


def date_span(kind: str, m: re.Match[str]) -> tuple[int, int]:
    """Where the expression is: "près de quatre ans" is "quatre ans" (a lead such as "depuis" or
    "il y a" keeps all its words), and no space at the start."""
    start = m.start()
    if kind == "duration" and m["approx"] and not m["lead"]:
        start = m.start("num")
    while start < m.end() and m.string[start].isspace():
        start += 1
    return start, m.end()


_LOWER_MONTHS = alternation(
    {m.lower() for m in FRENCH_MONTHS} | set(MONTHS) | set(MONTH_ABBREVIATIONS)
)
_NUMBER_STARTS = (
    "un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
    "seize|vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cent|"
    "mil|z"
)
_STARTS = {
    "numeric_date": re.compile(r"\b(?=\d)"),
    "day_month": re.compile(rf"\b(?={alternation(WEEKDAYS)}|premier|\d|{_NUMBER_STARTS})"),
    "range_day": re.compile(rf"\b(?=premier|\d|{alternation(WEEKDAYS)})"),
    "day": re.compile(r"\b(?=\d)"),
    "weekday_day": re.compile(rf"\b(?={alternation(WEEKDAYS)})"),
    "month_year": re.compile(rf"\b(?={_LOWER_MONTHS}|début|fin|mi-|courant)"),
    "month": re.compile(rf"\b(?={_LOWER_MONTHS}|début|fin|milieu|mi-)"),
    "weekday": re.compile(rf"\b(?={alternation(WEEKDAYS)})"),
    "night": re.compile(r"\b(?=la|nuit)"),
    "year": re.compile(r"\b(?=début|fin|mi-|courant|1\d\d\d|20\d\d)"),
    "decade": re.compile(r"\b(?=les|années|la|\d)"),
    "frequency": re.compile(
        rf"\b(?=tou|chaque|plusieurs|quelques|quotid|annuel|mensuel|premi|deuxi|second|troisi|"
        rf"quatri|derni|\d|{_NUMBER_STARTS})"
    ),
    "recent_span": re.compile(r"\b(?=les|des|ces)"),
    "season_year": re.compile(r"\b(?=début|fin|mi-|de|l|printemps|été|automne|hiver)"),
    "half_year": re.compile(r"\b(?=premi|second|deuxième|troisième|quatrième|dernier|\d)"),
    "relative": re.compile(
        r"\b(?=avant|après|hier|demain|aujourd|l|plus|en|d|jusqu|ce|à|au|fin|milieu|"
        r"printemps|automne|hiver|été|pendant)"
    ),
    "vague": re.compile(
        r"\b(?=depuis|pendant|durant|très|si|trop|plus|récemment|maintenant|dernièrement|"
        r"actuellement|prochainement|désormais|autrefois|jadis|naguère|jusqu|dès|à|il|de|ces|"
        r"les|des|aux|dans|une|l|cette|en|pour)"
    ),
    "named_year": re.compile(r"\b(?=l|mil|deux)"),
    "duration": re.compile(
        r"\b(?=il|depuis|pendant|durant|dans|d|voilà|cela|ça|tou|près|plus|moins|pas|environ|"
        rf"quelque|au|presque|à|seulement|bientôt|plusieurs|une?\b|\d|demi|{_NUMBER_STARTS}|"
        rf"{alternation(APPROX_NOUNS)})"
    ),
}
"""Where a match of each kind can start: a word boundary, then one of these."""

_NEEDED = {
    "day_month": re.compile(_LOWER_MONTHS),
    "range_day": re.compile(_LOWER_MONTHS),
    "month_year": re.compile(_LOWER_MONTHS),
    "month": re.compile(_LOWER_MONTHS),
    "half_year": re.compile("semestre|trimestre|moitié"),
    "season_year": re.compile("printemps|été|automne|hiver"),
    "decade": re.compile("années|décennie"),
    "century": re.compile("siècle"),
    "night": re.compile("nuit"),
    "holiday": re.compile(alternation({h.lower() for h in HOLIDAYS})),
    "named_year": re.compile("an|mil"),
    "frequency": re.compile(r"tou|chaque|fois|sur|/|quotid|annuel|mensuel|du\s+mois"),
    "recent_span": re.compile("derni|prochain"),
}
"""Words every match of a kind contains: without any of them, the kind is not searched."""

# Case-insensitive patterns try every character of the text, slowly. Most kinds can only start
# where a few words or digits start, and some need a word found nowhere in most articles: in the
# lower-cased text a case-sensitive search finds those places fast, and the pattern itself is only
# tried there. Matches are exactly those of `finditer`, provided that ignoring case is lower-casing:
# true of every character but these three, whose case rules differ ("ſ" matches "s").
_IRREGULAR_CASE = re.compile("[\u0130\u0131\u017f]")


def _matches(
    kind: str, pattern: re.Pattern[str], text: str, lowered: str | None
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, searched only where a match can be (`lowered` is the text in
    lower case, None when its case rules are irregular)."""
    if lowered is None:
        yield from pattern.finditer(text)
        return
    needed = _NEEDED.get(kind)
    if needed is not None and needed.search(lowered) is None:
        return
    starts = _STARTS.get(kind)
    if starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for start in starts.finditer(lowered):
        at = start.start()
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            end = m.end()  # no kind matches an empty string


def longest_first(found: list[DateMatch]) -> list[DateMatch]:
    """Where matches overlap, the longest (then the first found) is kept; in text order."""
    found = sorted(found, key=lambda d: (-(d.end - d.start), d.start))
    kept: list[DateMatch] = []
    for match in found:
        if all(match.end <= k.start or match.start >= k.end for k in kept):
            kept.append(match)
    return sorted(kept, key=lambda d: d.start)


_NAMES_A_MONTH = ("day_month", "range_day", "month", "month_year", "numeric_date")
_SENTENCE_END = re.compile(r"[.!?\n]")
_MONTH_OF = re.compile(r"\d{4}-\d{2}")
_DAY_ALONE = re.compile(r"(\d+|1er)")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
"""A day alone as its span is written; with "dernier" or "prochain" it keeps its own value."""


def _named_before(named: list[DateMatch], at: int, text: str) -> DateMatch | None:
    """The last of `named` in the sentence of `at` or the one before."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    since = ends[-2] if len(ends) > 1 else 0
    last = named[-1] if named else None
    return last if last is not None and last.start >= since else None


def _day_in_named_month(
    match: DateMatch, day: int, before: DateMatch, text: str, ref: date | None
) -> str | None:
    """The day of the month named before; but the end of a period ("jusqu'au 2") comes after
    the day named before it ("Le 17 juin, le préfet a pris un arrêté. Les restrictions
    s'appliquent jusqu'au 2": 2 July), and one the sentence looks ahead to ("Le 10 mai, ...
    Les arrosages sont interdits jusqu'au 21" in a paper of 19 June) is not past."""
    value = in_month(before.value[:7], day)
    if value is None or not bounds_a_period(text, match.start):
        return value
    if _ISO_DAY.fullmatch(before.value) and value < before.value:
        following = date.fromisoformat(before.value[:7] + "-01") + timedelta(days=31)
        return in_month(following.isoformat()[:7], day)
    ahead = speaks_of_future(text, match.start, match.end)
    if ahead and ref is not None and value < ref.isoformat() <= match.value:
        return match.value  # the coming day, as the sentence alone would have it
    return value


def with_named_months(found: list[DateMatch], text: str, ref: date | None) -> list[DateMatch]:
    """A day named alone takes the month named before it in its sentence or the one before
    ("En mars, ... Le 12, ..." is the 12th of that March; "Le 14, ..." after that is the 14th),
    unless it says "dernier" or "prochain"; with no month named, it stays a day of the
    publication's month or of a month near it. The dateline (the publication day) names none."""
    out: list[DateMatch] = []
    named: list[DateMatch] = []
    for match in found:
        day = _DAY_ALONE.fullmatch(text, match.start, match.end)
        if match.kind == "day" and day is not None and match.value != "relative":
            before = _named_before(named, match.start, text)
            number = 1 if day[1] == "1er" else int(day[1])
            value = _day_in_named_month(match, number, before, text, ref) if before else None
            if value is not None:
                match = replace(match, value=value)
                named.append(match)
        elif (
            match.kind in _NAMES_A_MONTH
            and _MONTH_OF.match(match.value)
            and (ref is None or match.value != ref.isoformat())
        ):
            named.append(match)
        out.append(match)
    return out


_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
_OF_A_MONTH = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def with_named_years(found: list[DateMatch], text: str) -> list[DateMatch]:
    """A month named without its year takes the year of the month and year written just before
    it in its sentence, when the publication day would put it before that month although it
    comes after it in the year ("Les premiers essais auront lieu en mai 2026, d'abord la nuit,
    puis en journée à partir de juin", in a paper of March 2025: June 2026, not June 2025). A
    month the publication day puts after that date keeps its value, and a year alone ("d'ici
    2030, … en septembre") is no anchor."""
    out: list[DateMatch] = []
    for match in found:
        before = out[-1] if out else None
        if (
            before is not None
            and match.kind in ("month", "day_month")
            and _MONTH_OF.match(match.value)
            and not _YEAR_WRITTEN.search(text, match.start, match.end)
            and _YEAR_WRITTEN.search(text, before.start, before.end)
            and _OF_A_MONTH.fullmatch(before.value)
            and not _SENTENCE_END.search(text, before.end, match.start)
            and before.value[5:7] <= match.value[5:7]
            and match.value[:7] < before.value[:7]
        ):
            match = replace(match, value=before.value[:4] + match.value[4:])
        out.append(match)
    return out


_RANGE_START = re.compile(r"\bdu\s+$", re.IGNORECASE)
_RANGE_LINK = re.compile(r"\s+au\s+")


def with_range_ends(found: list[DateMatch], text: str) -> list[DateMatch]:
    """ "du 6 au 12", "du 28 au 3", "du 6 au 12 octobre": the day that ends a range comes after
    the day that starts it (in its month or the next; with its month named, in its year or the
    next), whatever the tense would say of it alone."""
    out: list[DateMatch] = []
    for match in found:
        start = out[-1] if out else None
        if (
            start is not None
            and match.kind in ("day", "day_month")
            and _ISO_DAY.fullmatch(start.value)
            and _ISO_DAY.fullmatch(match.value)
            and match.value < start.value
            and _RANGE_LINK.fullmatch(text, start.end, match.start)
            and _RANGE_START.search(text, max(0, start.start - 5), start.start)
            and not re.search(r"\d{4}", text[match.start : match.end])
        ):
            value = _first_after(start.value, match.value, by_month=match.kind == "day")
            match = replace(match, value=value) if value else match
        out.append(match)
    return out


def with_range_starts(found: list[DateMatch], text: str) -> list[DateMatch]:
    """ "du 28 au 3 avril": a first day later than the last, of the month named after both, is
    of the month before (28 March), not 28 April."""
    out = list(found)
    for n in range(1, len(out)):
        start, end = out[n - 1], out[n]
        day = _LAST_DAY.search(text, start.start, start.end)
        if (
            day is not None
            and start.kind == "range_day"
            and end.kind == "day_month"
            and _ISO_DAY.fullmatch(end.value)
            and (1 if day[1] == "1er" else int(day[1])) > int(end.value[8:])
            and _RANGE_LINK.fullmatch(text, start.end, end.start)
        ):
            before = date.fromisoformat(end.value[:7] + "-01") - timedelta(days=1)
            value = in_month(before.isoformat()[:7], 1 if day[1] == "1er" else int(day[1]))
            out[n - 1] = replace(start, value=value) if value else start
    return out


_LAST_DAY = re.compile(r"(\d+|1er)$")


def _first_after(start: str, end: str, by_month: bool) -> str | None:
    """The first day on or after `start` with the day of `end` (and its month, unless
    `by_month`): "2025-10-28", "2025-10-03" -> "2025-11-03"."""
    year, month = int(start[:4]), int(start[5:7])
    if not by_month:
        month = int(end[5:7])
    for _ in range(13):
        value = in_month(f"{year:04d}-{month:02d}", int(end[8:]))
        if value is not None and value >= start:
            return value
        if by_month:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        else:
            year += 1
    return None


_LIST_LINK = re.compile(
    rf"(?:,\s+|\s+(?:au|et|ou)\s+)(?:(?:le|du)\s+)?(?:{alternation(WEEKDAYS)}\s+)?",
    re.IGNORECASE,
)


def with_list_years(found: list[DateMatch], text: str) -> list[DateMatch]:
    """The days of a list that shares one month ("les 28, 29 et 30 mars") share one year, each
    resolved alone as it may be: the first day's when the sentence looks back (the days began
    before publication), the last day's when it looks ahead (they end after it)."""
    out = list(found)
    run: list[int] = []
    for n, match in enumerate(out):
        if run and not _LIST_LINK.fullmatch(text, out[run[-1]].end, match.start):
            run = []
        if match.kind == "range_day" and _ISO_DAY.fullmatch(match.value):
            run.append(n)
            continue
        if run and match.kind == "day_month" and _ISO_DAY.fullmatch(match.value):
            days = [*run, n]
            same_month = {out[i].value[5:7] for i in days} == {match.value[5:7]}
            if same_month and len({out[i].value[:4] for i in days}) > 1:
                ahead = speaks_of_future(text, match.start, match.end)
                year = (match if ahead else out[run[0]]).value[:4]
                for i in days:
                    value = in_month(year + out[i].value[4:7], int(out[i].value[8:]))
                    out[i] = replace(out[i], value=value) if value else out[i]
        run = []
    return out


def find_dates(text: str, ref: date | None) -> list[DateMatch]:
    """Every date expression of `text`, longest first where two overlap, in text order.

    `ref` is the publication date that months, weekdays and relative phrases are resolved against.
    """
    found: list[DateMatch] = []
    lowered: str | None = text.lower()
    if len(lowered) != len(text) or _IRREGULAR_CASE.search(text):
        lowered = None  # offsets would shift, or case rules differ: every pattern everywhere
    for kind, pattern in PATTERNS:
        for m in _matches(kind, pattern, text, lowered):
            value = date_value(kind, m, ref)
            if value is not None:
                found.append(DateMatch(*date_span(kind, m), kind, value))
    named = with_named_months(longest_first(found), text, ref)
    starts = with_range_starts(with_named_years(named, text), text)
    return with_range_ends(with_list_years(starts, text), text)
