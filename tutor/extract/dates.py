"""Date and time expressions of a French text, resolved to ISO values against the publication date.

spaCy's French models have no DATE label, so these are rules over the text (`date_patterns`):
full, partial and numeric dates, months and weekdays, years, decades and centuries, seasons,
relative phrases ("le mois dernier", "la veille", "quelques jours après le G7"), durations and
frequencies, with numbers in digits or in words ("deux ans et demi" -> P2.5Y). `date_values`
resolves them; ages ("les moins de 26 ans") and times of day ("à 7 heures") are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from tutor.extract.date_patterns import NEEDED, PATTERNS, STARTS
from tutor.extract.date_values import (
    amount,
    century_value,
    day_value,
    decade_value,
    duration_value,
    holiday_value,
    month_number,
    month_value,
    speaks_of_future,
    weekday_date_value,
    weekday_day_value,
    weekday_value,
)
from tutor.french_numbers import parse_french_number


@dataclass(frozen=True)
class DateMatch:
    """One date expression found in the text, before it is tied to its sentence."""

    start: int
    end: int
    kind: str
    value: str


_PERSON = (
    r"(?:homme|femme|dame|garçon|garçonnet|fille|fillette|enfant|gamine?|bébé|nourrisson|"
    r"adolescente?|jeune|victime|retraitée?|étudiante?|lycéenne?|collégienne?|élève|mère|père|"
    r"fils|frère|sœur|mari|épouse|patiente?|malade|conducteur|conductrice|automobiliste|motard|"
    r"piéton|passant|militante?|suspecte?|individu|détenue?|prévenue?|accusée?|joueuse|joueur|"
    r"athlète|nageuse|nageur|cycliste|skieuse|skieur|sportive?|mineure?|personne|sénior|senior|"
    r"touriste|habitante?|voisine?|salariée?|ouvrière?|ouvrier|agricultrice|agriculteur|"
    r"policière?|policier|gendarme|soldat|pompier|pilote|chauffeur|auteure?|tireur|agresseur|"
    r"chanteuse|chanteur|actrice|acteur|artiste|écrivaine?|romancière?|romancier|rappeuse|"
    r"rappeur|migrante?|réfugiée?)s?"
)
_AGE_BEFORE = re.compile(
    r"(?:âgée?s?|agée?s?|âge|l['’]âge)\s+(?:de\s+|d['’]\s*)?(?:(?:plus|moins|près)\s+de\s+)?$|"
    r"\b(?:les|des|aux|chez\s+les|pour\s+les)\s+(?:moins|plus)\s+de\s+$|"
    rf"\b{_PERSON}\s+(?:âgée?s?\s+)?(?:de\s+|d['’]\s*)(?:(?:moins|plus|près)\s+de\s+)?$|"
    r"(?:^|[\s(])(?:à|dès|ses|leurs|son|mes|nos|vos|jusqu['’]à|à\s+partir\s+de)\s+$|"
    r"\bentre\s+\d+\s+et\s+$|"
    r"[A-ZÀ-Ý][\w-]+\s*,\s*$|\(\s*$",
    re.IGNORECASE,
)
"""Words before "N ans" that make it an age: "âgé de", "les moins de", "un homme de", "à"."""
_DURATION_AFTER = re.compile(r"\s+(?:de|d['’])\s*\w", re.IGNORECASE)
_APPOSITION_AFTER = re.compile(r"\s*[,.;)]")
_CLOCK_BEFORE = re.compile(
    r"(?:^|\s)(?:à|vers|dès|jusqu['’]à|avant|après|entre|de|et)\s+$", re.IGNORECASE
)
_CLOCK_AFTER = re.compile(
    r"\s*(?:du\s+matin|du\s+soir|de\s+l['’]après-midi|précises|et\s+quart|moins\s+le\s+quart|"
    r"sur\s+\d+|\(?heure\s+(?:locale|de\s+Paris|française))",
    re.IGNORECASE,
)
_ROUND_THE_CLOCK = re.compile(r"(?:\s+sur\s+|/)\d+\b")
"""What follows "24 heures", "7 jours" meaning "at all times" ("24 heures sur 24")."""
_COUNT_BEFORE = re.compile(
    r"(?:plus|moins|près)\s+de\s+$|(?:environ|quelque|page|p\.|n°|numéro|article|chapitre|"
    r"ligne|route|vol\.|tome)\s+$",
    re.IGNORECASE,
)


def _is_age(m: re.Match[str]) -> bool:
    """ "les moins de 26 ans", "âgé de 45 ans", "Marie Dupont, 26 ans,": an age, not a date."""
    if m["lead"] or m["tail"] or m["unit"].lower() not in ("an", "ans", "année", "années"):
        return False
    before = m.string[max(0, m.start("num") - 40) : m.start("num")]
    after = m.string[m.end() : m.end() + 20]
    if _AGE_BEFORE.search(before) is None:
        return False
    if before.rstrip().endswith((",", "(")):
        return _APPOSITION_AFTER.match(after) is not None
    return _DURATION_AFTER.match(after) is None  # "à cinq ans de prison" is a sentence's length


def _is_clock_time(m: re.Match[str], count: float) -> bool:
    """ "à 7 heures", "vers 18 h", "de 9 heures à 17 heures": a time of day, not a duration."""
    if m["unit"].lower().rstrip("s") not in ("heure", "h") or m["lead"]:
        return False
    after = m.string[m.end() : m.end() + 30]
    if _CLOCK_AFTER.match(after):
        return True
    before = m.string[max(0, m.start() - 12) : m.start()]
    return count <= 24 and _CLOCK_BEFORE.search(before) is not None  # "à 14 h 30" too


def _duration(m: re.Match[str]) -> str | None:
    lead = (m["lead"] or "").lower()
    count = amount(m["num"])
    if count is not None and _is_clock_time(m, count):
        return None
    if _is_age(m) or _ROUND_THE_CLOCK.match(m.string, m.end()):
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


def _frequency(m: re.Match[str]) -> str | None:
    unit = (m["unit"] or m["per"] or "").lower()
    if unit.endswith(("di", "dis", "dimanche", "dimanches")):
        return "P1W"
    if unit.startswith(("été", "hiver", "printemps", "automne")):
        return "P1Y"
    return duration_value(1, unit)


def _year_is_a_count(m: re.Match[str]) -> bool:
    """ "plus de 2000", "page 2012", "n° 1984": a number, not a year."""
    before = m.string[max(0, m.start() - 12) : m.start()]
    return not m["edge"] and _COUNT_BEFORE.search(before) is not None


def date_value(kind: str, m: re.Match[str], ref: date | None) -> str | None:
    """The value of a match of `kind` in `m.string`, or None when it is not a date after all."""
    groups = m.groupdict()
    rel = groups.get("rel")
    if kind in ("day_month", "range_day", "weekday_day", "month", "weekday", "night", "holiday"):
        future = speaks_of_future(m.string, m.start(), m.end())
    if kind in ("day_month", "range_day"):
        day = 1 if groups["day"].lower() in ("1er", "premier") else int(groups["day"])
        month = month_number(groups["month"])
        if groups.get("year"):
            try:
                return date(int(groups["year"]), month, day).isoformat()
            except ValueError:
                return None
        weekday = groups.get("weekday")
        if weekday and not rel:
            return weekday_date_value(weekday, month, day, ref) or day_value(
                month, day, ref, rel, future
            )
        return day_value(month, day, ref, rel, future)
    if kind == "holiday":
        return holiday_value(groups["holiday"], groups.get("year"), ref, rel, future)
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
    if kind == "weekday_day":
        day = 1 if groups["day"].lower() in ("1er", "premier") else int(groups["day"])
        return weekday_day_value(groups["weekday"], day, ref, future) if 1 <= day <= 31 else None
    if kind == "month_year":
        return f"{int(groups['year']):04d}-{month_number(groups['month']):02d}"
    if kind == "month":
        return month_value(month_number(groups["month"]), ref, rel, future)
    if kind == "weekday":
        return weekday_value(groups["weekday"], ref, rel, future)
    if kind == "night":
        # the night from Saturday to Sunday is dated by its Saturday
        second = weekday_value(groups["weekday2"], ref, None, future)
        return second if ref is None else (date.fromisoformat(second) - timedelta(1)).isoformat()
    if kind == "duration":
        return _duration(m)
    if kind == "frequency":
        return _frequency(m)
    if kind in ("year", "season_year"):
        return None if kind == "year" and _year_is_a_count(m) else groups["year"]
    if kind == "half_year":
        return groups.get("year") or groups.get("year2") or "relative"
    if kind == "decade":
        return decade_value(groups["decade"])
    if kind == "century":
        return century_value(m)
    if kind == "named_year":
        if groups.get("year"):
            return groups["year"]
        year = parse_french_number(groups["yearwords"] or groups["yearwords2"])
        return str(year) if year and 1000 <= year <= 2100 else None
    if kind in ("relative", "vague", "recent_span"):
        return "relative"
    return None


def date_span(kind: str, m: re.Match[str]) -> tuple[int, int]:
    """Where the expression is: "près de quatre ans" is "quatre ans" (a lead such as "depuis" or
    "il y a" keeps all its words), and no space at the start."""
    start = m.start()
    if kind == "duration" and m["approx"] and not m["lead"]:
        start = m.start("num")
    while start < m.end() and m.string[start].isspace():
        start += 1
    return start, m.end()


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
    needed = NEEDED.get(kind)
    if needed is not None and needed.search(lowered) is None:
        return
    starts = STARTS.get(kind)
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
    return longest_first(found)
