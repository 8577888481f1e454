"""Date and time expressions of a French text, resolved to ISO values against the publication date.

spaCy's French models have no DATE label, so these are rules over the text: full and partial dates,
months and weekdays (resolved to the latest one not after publication), years, relative phrases
("le mois dernier", "plus tôt cette semaine", "quelques jours après le G7") and durations, with
numbers in digits or in words ("deux ans" -> P2Y).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from tutor.content import FRENCH_MONTHS

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

_UNITS = {
    "seconde": "S",
    "minute": "M",
    "heure": "H",
    "jour": "D",
    "journée": "D",
    "semaine": "W",
    "mois": "M",
    "an": "Y",
    "année": "Y",
    "décennie": "Y",
    "siècle": "Y",
}
_UNIT_FACTOR = {"décennie": 10, "siècle": 100}

_NUMBER_WORDS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "cent": 100,
    "mille": 1000,
}
_VAGUE = ("quelques", "plusieurs", "des", "de nombreuses", "de nombreux", "nombreuses", "nombreux")


def number_value(words: str) -> int | None:
    """The value of a number written in digits or in French words ("vingt-quatre" -> 24)."""
    words = words.strip().lower().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if words.isdigit():
        return int(words)
    total, current = 0, 0
    for part in re.split(r"[-\s]+|(?<=\w)et(?=\w)", words.replace("-et-", "-")):
        if not part:
            continue
        value = _NUMBER_WORDS.get(part.rstrip("s"), _NUMBER_WORDS.get(part))
        if value is None:
            return None
        if value == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif value == 100:
            current = max(current, 1) * 100
        elif part.startswith("vingt") and current == 4:
            current = 80
        else:
            current += value
    return total + current or None


def _alternation(words: object) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))  # type: ignore[attr-defined]


_MONTH = rf"(?P<month>{_alternation(FRENCH_MONTHS)})"
_WEEKDAY = rf"(?P<weekday>{_alternation(WEEKDAYS)})"
_NUMWORD = (
    r"(?:(?:dix|vingt|trente|quarante|cinquante|soixante|quatre)(?:-et-|-)?)?"
    r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
    r"seize|vingt|trente|quarante|cinquante|soixante|cent|mille)"
)
_UNIT = (
    r"(?P<unit>secondes?|minutes?|heures?|jours?|journées?|semaines?|mois|ans|an|années?|"
    r"décennies?|siècles?)"
)
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_REL = r"(?:\s+(?P<rel>dernier|dernière|prochain|prochaine|passé|passée))?"

_FLAGS = re.IGNORECASE
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "day_month",
        re.compile(
            rf"\b(?:{_WEEKDAY}\s+)?(?P<day>[0-3]?\d|1er|premier)\s+{_MONTH}\b(?:\s+{_YEAR}\b)?{_REL}",
            _FLAGS,
        ),
    ),
    (
        "month_year",
        re.compile(rf"\b(?:(?P<edge>début|fin|mi-|courant)\s*)?{_MONTH}\s+{_YEAR}\b", _FLAGS),
    ),
    (
        "month",
        re.compile(
            rf"(?:(?<=\ben\s)|(?<=\bdepuis\s)|(?<=\bdès\s)|(?<=\bjusqu'en\s)|(?<=\bcourant\s)"
            rf"|(?<=\bmois\sde\s)|(?<=\bmois\sd')|\b(?:début|fin)\s+|\bmi-)"
            rf"{_MONTH}\b{_REL}",
            _FLAGS,
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"\b{_WEEKDAY}(?:\s+(?:soir|matin|midi|après-midi))?(?:\s+(?P<rel>dernier|prochain))?\b",
            _FLAGS,
        ),
    ),
    (
        "duration",
        re.compile(
            rf"\b(?P<lead>il\s+y\s+a\s+|depuis\s+|pendant\s+|durant\s+|dans\s+|tou(?:te)?s\s+les\s+)?"
            rf"(?P<num>\d+|{_NUMWORD}|quelques|plusieurs|des|de\s+nombreu(?:x|ses))\s+{_UNIT}\b"
            r"(?P<tail>\s+(?:plus\s+tôt|plus\s+tard|auparavant|avant|après|de\s+suite)"
            r"(?:\s+(?:le|la|les|l')\s*[\w-]+)?)?",
            _FLAGS,
        ),
    ),
    (
        "frequency",
        re.compile(
            r"\b(?:tou(?:te)?s\s+les|chaque)\s+(?P<unit>jours?|semaines?|mois|ans|années?)\b",
            _FLAGS,
        ),
    ),
    (
        "vague",
        re.compile(
            r"\b(?:(?:depuis|pendant|durant)\s+(?:si\s+|trop\s+|très\s+)?longtemps|"
            r"(?:très|si|trop|plus)\s+longtemps|récemment|maintenant|dernièrement|"
            r"(?:une|la|cette)\s+période\s+de\s+temps|ces\s+derniers\s+(?:jours|mois|temps)|"
            r"ces\s+dernières\s+(?:semaines|années))\b",
            _FLAGS,
        ),
    ),
    (
        "half_year",
        re.compile(
            rf"\b(?:premier|second|deuxième|troisième|quatrième|dernier)\s+"
            rf"(?:semestre|trimestre)\s+(?:de\s+l'année\s+)?{_YEAR}\b",
            _FLAGS,
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:avant-hier|après-demain|hier|demain|aujourd'hui|"
            r"(?:plus\s+tôt|plus\s+tard|en\s+début\s+de|en\s+fin\s+de)?\s*"
            r"(?:cette\s+semaine|ce\s+mois-ci|ce\s+mois|cette\s+année|ce\s+week-end|"
            r"la\s+semaine|le\s+mois|l'année|l'an)"
            r"(?:\s+(?:dernier|dernière|prochain|prochaine|passé|passée|précédente?|suivante?))?|"
            r"ce\s+matin|ce\s+soir|cette\s+nuit|cet\s+après-midi)\b",
            _FLAGS,
        ),
    ),
    (
        "year",
        re.compile(
            rf"(?<![\d\s,.:]\d)(?<![\d,.:])(?:\b(?P<edge>début|fin|mi-)\s*)?\b{_YEAR}\b"
            r"(?!\s?\d{3}\b|\s?(?:[€$%]|euros?|dollars?|km|mètres?|habitants|personnes|voix))",
            _FLAGS,
        ),
    ),
]


@dataclass(frozen=True)
class DateMatch:
    """One date expression found in the text, before it is tied to its sentence."""

    start: int
    end: int
    kind: str
    value: str


def _month_number(name: str) -> int:
    return FRENCH_MONTHS[name.lower()]


def _latest_month(month: int, ref: date | None, rel: str | None) -> str:
    if ref is None:
        return "relative"
    year = ref.year if month <= ref.month else ref.year - 1
    if rel and rel.lower().startswith("prochain") and month <= ref.month:
        year = ref.year + 1
    return f"{year:04d}-{month:02d}"


def _latest_day(month: int, day: int, ref: date | None, rel: str | None) -> str:
    if ref is None:
        return "relative"
    years = (ref.year, ref.year + 1) if _is_next(rel) else (ref.year, ref.year - 1)
    for year in years:
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (candidate > ref) == _is_next(rel) or (candidate == ref and not _is_next(rel)):
            return candidate.isoformat()
    return "relative"


def _is_next(rel: str | None) -> bool:
    return bool(rel) and rel.lower().startswith("prochain")  # type: ignore[union-attr]


def _weekday_value(name: str, ref: date | None, rel: str | None) -> str:
    """The latest such day on or before publication ("samedi" in a Saturday paper is that day)."""
    if ref is None:
        return "relative"
    target = WEEKDAYS.index(name.lower())
    if _is_next(rel):
        ahead = (target - ref.weekday()) % 7 or 7
        return (ref + timedelta(days=ahead)).isoformat()
    back = (ref.weekday() - target) % 7
    return (ref - timedelta(days=back)).isoformat()


def _duration_value(num: str, unit: str) -> str:
    value = number_value(num)
    if value is None:
        return "relative"
    unit_key = unit.lower()
    for key in sorted(_UNITS, key=len, reverse=True):
        if unit_key.startswith(key[:4]) and (key != "an" or unit_key in ("an", "ans")):
            if key == "mois" or unit_key == "mois":
                key = "mois"
            code = _UNITS[key]
            value *= _UNIT_FACTOR.get(key, 1)
            timed = code in ("H", "S") or (code == "M" and key == "minute")
            return f"PT{value}{code}" if timed else f"P{value}{code}"
    return "relative"


def _value(kind: str, m: re.Match[str], ref: date | None) -> str | None:
    groups = m.groupdict()
    rel = groups.get("rel")
    if kind == "day_month":
        day = 1 if groups["day"].lower() in ("1er", "premier") else int(groups["day"])
        month = _month_number(groups["month"])
        if not 1 <= day <= 31:
            return None
        if groups.get("year"):
            try:
                return date(int(groups["year"]), month, day).isoformat()
            except ValueError:
                return None
        return _latest_day(month, day, ref, rel)
    if kind == "month_year":
        return f"{int(groups['year']):04d}-{_month_number(groups['month']):02d}"
    if kind == "month":
        return _latest_month(_month_number(groups["month"]), ref, rel)
    if kind == "weekday":
        return _weekday_value(groups["weekday"], ref, rel)
    if kind == "duration":
        if groups.get("tail") or (groups.get("lead") or "").lower().startswith(("il", "dans")):
            return "relative"  # "24 ans après", "il y a deux ans": anchored, not a length of time
        if (groups.get("lead") or "").lower().startswith("tou"):
            return _duration_value(groups["num"], groups["unit"])
        return _duration_value(groups["num"], groups["unit"])
    if kind == "relative":
        return "relative"
    if kind == "year":
        return groups["year"]
    if kind == "frequency":
        return _duration_value("1", groups["unit"])
    if kind == "half_year":
        return groups["year"]
    if kind == "vague":
        return "relative"
    return None


def _needs_context(kind: str, m: re.Match[str]) -> bool:
    """ "des jours" is a time expression only with "depuis", "après"...; "des décennies" always."""
    if kind != "duration" or m["lead"] or m["tail"]:
        return False
    return m["num"].lower() == "des" and m["unit"].lower()[:3] in ("jou", "heu", "min", "sec")


# Case-insensitive patterns try every character of the text, slowly. Most kinds can only start
# where a few words or digits start, and some need a word found nowhere in most articles: in the
# lower-cased text a case-sensitive search finds those places fast, and the pattern itself is only
# tried there. Matches are exactly those of `finditer`, provided that ignoring case is lower-casing:
# true of every character but these three, whose case rules differ ("ſ" matches "s").
_IRREGULAR_CASE = re.compile("[\u0130\u0131\u017f]")
_LOWER_MONTHS = _alternation({m.lower() for m in FRENCH_MONTHS})
_STARTS = {
    "day_month": re.compile(rf"\b(?={_alternation(WEEKDAYS)}|premier|\d)"),
    "month_year": re.compile(rf"\b(?={_LOWER_MONTHS}|début|fin|mi-|courant)"),
    "month": re.compile(rf"\b(?={_LOWER_MONTHS}|début|fin|mi-)"),
    "weekday": re.compile(rf"\b(?={_alternation(WEEKDAYS)})"),
    "year": re.compile(r"\b(?=début|fin|mi-|1[6-9]\d\d|20\d\d)"),
    "duration": re.compile(
        r"\b(?=il|depuis|pendant|durant|dans|tou|quelques|plusieurs|de|\d|"
        r"un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
        r"seize|vingt|trente|quarante|cinquante|soixante|cent|mille)"
    ),
}
"""Where a match of each kind can start: a word boundary, then one of these."""
_NEEDED = {
    "day_month": re.compile(_LOWER_MONTHS),
    "month_year": re.compile(_LOWER_MONTHS),
    "month": re.compile(_LOWER_MONTHS),
    "half_year": re.compile("semestre|trimestre"),
    "vague": re.compile("longtemps|récemment|maintenant|période|derni"),
}
"""Words every match of a kind contains: without any of them, the kind is not searched."""


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


def find_dates(text: str, ref: date | None) -> list[DateMatch]:
    """Every date expression of `text`, longest first where two overlap, in text order.

    `ref` is the publication date that months, weekdays and relative phrases are resolved against.
    """
    found: list[DateMatch] = []
    lowered: str | None = text.lower()
    if len(lowered) != len(text) or _IRREGULAR_CASE.search(text):
        lowered = None  # offsets would shift, or case rules differ: every pattern everywhere
    for kind, pattern in _PATTERNS:
        for m in _matches(kind, pattern, text, lowered):
            if _needs_context(kind, m):
                continue
            value = _value(kind, m, ref)
            if value is None:
                continue
            start, end = m.start(), m.end()
            while start < end and text[start].isspace():
                start += 1
            found.append(DateMatch(start, end, kind, value))
    found.sort(key=lambda d: (-(d.end - d.start), d.start))
    kept: list[DateMatch] = []
    for match in found:
        if all(match.end <= k.start or match.start >= k.end for k in kept):
            kept.append(match)
    return sorted(kept, key=lambda d: d.start)
