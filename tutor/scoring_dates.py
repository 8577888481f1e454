"""Grading a typed date or length of time: the parts of the date the item asks for, the date
found inside a sentence, a weekday alone, a length in any unit, a unit left out or misspelt."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from tutor import messages
from tutor.date_periods import PERIOD_SHARE, month_outside, other_period, period_only
from tutor.french_calendar import MONTHS_UNACCENTED, WEEKDAYS
from tutor.french_numbers import parse_french_number
from tutor.model import DateQuestion
from tutor.normalize import clean, key, strip_accents
from tutor.scoring_bounds import bound_of, judge_bound, without_bound
from tutor.scoring_near import date_hint
from tutor.scoring_text import TextMatch, match_text, text_explanation
from tutor.typed_dates import (
    DateParts,
    Duration,
    parse_date,
    parse_duration,
    parse_iso_duration,
    parse_iso_value,
    unit_typos_fixed,
)
from tutor.typed_times import ClockTime, parse_iso_time, parse_time
from tutor.verdict import (
    ALMOST_SHARE,
    OUTCOME_SHARE,
    Outcome,
    Reason,
    Verdict,
    make_verdict,
    quoted,
)

WEEKDAY_SHARE = 0.5
"""Share of the points for the right day of the week alone ("mardi" for mardi 24 janvier): the
article's own word for the day, but not the date the question asks for."""


def _text_verdict(item: DateQuestion, match: TextMatch, explanation: str) -> Verdict:
    """The verdict of the answer compared as text, when it is no date to compare by parts."""
    share = OUTCOME_SHARE[match.outcome]
    return make_verdict(item, match.outcome, share, item.answer, explanation, match.reasons)


def grade_date(item: DateQuestion, answer: str | None) -> Verdict:
    """A "Quand … ?" or "Combien de temps … ?" answer, typed."""
    text = answer or ""
    match = match_text(text, [item.answer, *item.accept], [], item.policy, term=False)
    if match.outcome is Outcome.CORRECT or Reason.EMPTY in match.reasons:
        explanation = text_explanation(match, item.answer)
        return _text_verdict(item, match, explanation)
    length = parse_iso_duration(item.value) if item.value else None
    if length is not None:
        return _duration(item, text, length, match)
    clock = parse_iso_time(item.value) if item.value else None
    if clock is not None:
        return _clock_time(item, text, clock, match)
    wanted = parse_iso_value(item.value) if item.value else None
    wanted = wanted or parse_date(item.answer)
    given = _typed_date(item, text)
    shown = quoted(item.answer)
    undated_day = wanted is None and _only_a_day(item.answer)
    weekday = _weekday_named(item, text) if given is None and (wanted or undated_day) else ""
    # an article with no dateline gives "samedi soir" no date: the day named is the answer's
    if weekday and (undated_day or weekday == _weekday_of(wanted)):
        if _only_a_day(item.answer):  # the answer is the day: "samedi", "lundi soir"
            typed_parts, wanted_parts = _day_parts(text), _day_parts(item.answer)
            if typed_parts and wanted_parts and typed_parts != wanted_parts:
                explanation = messages.SCORE_DATE_OTHER_DAY_PART.format(expected=shown)
                reasons = (Reason.DATE_PART_WRONG,)
                return make_verdict(
                    item, Outcome.PARTIAL, WEEKDAY_SHARE, item.answer, explanation, reasons
                )
            explanation = messages.SCORE_CORRECT.format(expected=shown)
            return make_verdict(
                item, Outcome.CORRECT, 1.0, item.answer, explanation, (Reason.EXACT,)
            )
        explanation = messages.SCORE_DATE_WEEKDAY_ONLY.format(expected=shown)
        reasons = (Reason.DATE_INCOMPLETE,)
        return make_verdict(item, Outcome.PARTIAL, WEEKDAY_SHARE, item.answer, explanation, reasons)
    if given is None and wanted is not None and wanted.year and period_only(text, item.answer):
        explanation = messages.SCORE_DATE_NO_YEAR.format(expected=shown)
        reasons = (Reason.DATE_INCOMPLETE,)
        return make_verdict(item, Outcome.PARTIAL, PERIOD_SHARE, item.answer, explanation, reasons)
    if wanted is None or given is None:
        explanation = text_explanation(match, item.answer, dates=True)
        return _text_verdict(item, match, explanation)
    want, got = wanted.fields(), given.fields()
    asked = _asked_parts(item, want)
    common = [name for name in want if name in got]
    missing = [name for name in asked if name not in got]
    if any(want[name] != got[name] for name in common) or not common:
        hint = date_hint(want, got, shown, typed=text, whole=not missing)
        if hint is None:
            text_out = messages.SCORE_DATE_WRONG.format(expected=shown)
            return make_verdict(
                item, Outcome.INCORRECT, 0.0, item.answer, text_out, (Reason.WRONG,)
            )
        return make_verdict(item, Outcome.INCORRECT, 0.0, item.answer, hint.text, hint.reasons)
    if missing:
        explanation = _missing_parts(missing, shown)
        given_asked = [name for name in asked if name in got]
        share = len(given_asked) / len(asked) if given_asked else len(common) / len(want)
        reasons = (
            (Reason.DATE_INCOMPLETE, Reason.TYPO) if given.month_typo else (Reason.DATE_INCOMPLETE,)
        )
        return make_verdict(item, Outcome.PARTIAL, share, item.answer, explanation, reasons)
    period = other_period(text, item.answer) or month_outside(given, item.answer)
    if period is not None:
        right = [messages.DATE_PART_NAMES[n] for n in ("day", "month", "year") if n in common]
        said = messages.DATE_PARTS_RIGHT[len(right) > 1].format(
            parts=messages.DATE_PARTS_AND.join(right)
        )
        explanation = messages.SCORE_DATE_OTHER_PERIOD.format(
            right=said,
            wanted=quoted(period[0]),
            typed=quoted(period[1]),
            expected=shown,
        )
        reasons = (Reason.DATE_PART_WRONG,)
        return make_verdict(item, Outcome.PARTIAL, PERIOD_SHARE, item.answer, explanation, reasons)
    day_named = _other_weekday(text, wanted)
    if day_named:
        explanation = messages.SCORE_DATE_OTHER_WEEKDAY.format(
            weekday=_weekday_of(wanted), typed=day_named, expected=shown
        )
        reasons = (Reason.WEEKDAY_WRONG,)
        return make_verdict(item, Outcome.PARTIAL, WEEKDAY_SHARE, item.answer, explanation, reasons)
    if given.month_typo:
        explanation = messages.SCORE_DATE_MONTH_TYPO.format(expected=shown)
        return make_verdict(
            item, Outcome.ALMOST, ALMOST_SHARE, item.answer, explanation, (Reason.TYPO,)
        )
    explanation = messages.SCORE_CORRECT.format(expected=shown)
    return make_verdict(item, Outcome.CORRECT, 1.0, item.answer, explanation, (Reason.EXACT,))


def _missing_parts(missing: Sequence[str], shown: str) -> str:
    """What a date left out, every part of it: "il manque le jour et le mois" for "2009"."""
    if len(missing) == 1:
        template = {
            "year": messages.SCORE_DATE_NO_YEAR,
            "day": messages.SCORE_DATE_NO_DAY,
            "month": messages.SCORE_DATE_NO_MONTH,
        }[missing[0]]
        return template.format(expected=shown)
    names = [messages.DATE_PART_NAMES[n] for n in ("day", "month", "year") if n in missing]
    parts = ", ".join(names[:-1]) + messages.DATE_PARTS_AND + names[-1]
    return messages.SCORE_DATE_NO_PARTS.format(parts=parts, expected=shown)


_T = TypeVar("_T")

MAX_DATE_WORDS = 6
"""Longest run of words read as one date or length in a sentence ("le jeudi 9 mars 2017",
"1 an et 6 mois")."""

_EDGE = '.,;:!?()[]"«»'
_SHIFTS = frozenset(
    ["avant", "apres", "partir", "jusqu'a", "jusqu'au", "jusqu'en", "moins", "pas", "sauf"]
)
"""Words that move a date or a length away from itself in a sentence ("à partir de 2014",
"moins de trois ans", "pas le 9 mars"): a sentence with one of them before its date gives
another answer, so the date found in it is not taken."""
SHIFT_REACH = 3
"""How many words before a date a shifting word reaches ("à partir de l'année 2014")."""
_START = re.compile(r"^(?:des|depuis|a partir|a compter) ")
_START_LEAD = re.compile(r"^(?:des|depuis|(?:a partir|a compter) (?:de|du|d'))(?: +|(?<=') *)")
"""A starting point ("dès l'été 2025") said with another word of a start ("à partir de l'été
2025", "depuis"): "à partir de" moves a date of a sentence away from itself (`_SHIFTS`), but
not from an answer that starts there too."""
_MID = re.compile(r"\bmi[-\u2010\u2011](?=\w)", re.IGNORECASE)
_DEADLINE = re.compile(r"^(?:d'ici|avant|jusqu')")
_DEADLINE_LEAD = re.compile(
    r"^(?:d'ici(?: a| au)?|avant|jusqu'(?:a|au|en)|pour|au plus tard(?: en| le)?) +"
)


def _typed_date(item: DateQuestion, text: str) -> DateParts | None:
    """The date a learner gave: the whole answer, or the one date of a sentence ("C'était le
    9 mars."). A deadline ("d'ici à 2014") may be given with any word of a deadline ("avant
    2014", "jusqu'en 2014"); a date of another kind may not."""
    if _DEADLINE.match(strip_accents(clean(item.answer))):
        text = _DEADLINE_LEAD.sub("", strip_accents(clean(text)))
    elif _START.match(strip_accents(clean(item.answer))):
        text = _START_LEAD.sub("", strip_accents(clean(text)))
    text = _MID.sub("mi ", text)  # "mi-mars 2025" names March: its month was left unread
    typos = item.policy.typos
    return parse_date(text, typos=typos) or _one_in_sentence(
        text, lambda span: parse_date(span, typos=typos)
    )


def _one_in_sentence(text: str, parse: Callable[[str], _T | None]) -> _T | None:
    """The one thing `parse` reads in a run of words of the text, longest runs first, or None
    when it reads none or two different ones ("pas le 9 mars, le 10 mars")."""
    words = [w.strip(_EDGE) for w in strip_accents(clean(text)).split()]
    words = [w for w in words if w]
    found: list[_T] = []
    start = 0
    while start < len(words):
        for size in range(min(MAX_DATE_WORDS, len(words) - start), 0, -1):
            value = parse(" ".join(words[start : start + size]))
            if value is not None:
                if _SHIFTS & set(words[max(0, start - SHIFT_REACH) : start]):
                    return None
                if _range_before(words, start):
                    return None  # "2 ou 3 ans", "entre le 8 et le 9 mars": a hedge, not one
                found.append(value)
                start += size
                break
        else:
            start += 1
    return found[0] if found and all(value == found[0] for value in found) else None


_RANGE_WORDS = frozenset(["ou", "et", "a", "au"])


def _range_before(words: list[str], start: int) -> bool:
    """Whether the date or length at `start` ends a range or a choice: a number, then "ou",
    "et" or "à" right before it ("2 ou 3 ans", "de 2 à 3 ans", "le 8 et le 9 mars")."""
    if start < 2 or words[start - 1] not in _RANGE_WORDS:
        return False
    return key(words[start - 2]).isdigit()


def _weekday_of(date: DateParts) -> str | None:
    if date.year is None or date.month is None or date.day is None:
        return None
    return WEEKDAYS[datetime.date(date.year, date.month, date.day).weekday()]


def _other_weekday(text: str, wanted: DateParts) -> str:
    """The day of the week a learner gave with the right date when it is not that date's
    ("mercredi 9 mars" for jeudi 9 mars 2017), or "": the date is right, the day wrong, and
    "Bravo" would tell him the day was right too."""
    words = [w.strip(_EDGE) for w in strip_accents(clean(text)).split()]
    # the day of the date: before its number ("mercredi 9 mars", "mercredi, le 9 mars"), not
    # another event's in a sentence ("a rendu public mercredi son rapport sur … le 14 mars")
    typed = {w for i, w in enumerate(words) if w in WEEKDAYS and _before_a_day(words, i + 1)}
    real = _weekday_of(wanted)
    if len(typed) != 1 or real is None or real in typed:
        return ""
    return next(iter(typed))


def _before_a_day(words: Sequence[str], at: int) -> bool:
    """Whether the words from `at` start with a day of the month, after a "le" or none."""
    if at < len(words) and words[at] == "le":
        at += 1
    if at >= len(words):
        return False
    word = words[at]
    return word[:1].isdigit() or word == "premier" or parse_french_number(word) is not None


_DAY_PARTS = {
    "matin": "matin",
    "matinee": "matin",
    "midi": "midi",
    "apres-midi": "apres-midi",
    "soir": "soir",
    "soiree": "soir",
    "nuit": "nuit",
}
"""Words for a part of the day, accents stripped, by the part they name ("soirée" is "soir")."""


def _only_a_day(answer: str) -> bool:
    """Whether an answer names a day of the week and no date: "samedi", "lundi soir", "dès
    jeudi soir"; not "mardi 24 janvier", "à partir du lundi 1er février"."""
    words = strip_accents(clean(answer)).split()
    return not any(
        any(c.isdigit() for c in w) or w.strip(_EDGE) in MONTHS_UNACCENTED for w in words
    )


def _day_parts(text: str) -> set[str]:
    """The parts of the day a text names: {"soir"} for "lundi soir", "dans la soirée de lundi"."""
    text = strip_accents(clean(text)).replace("apres midi", "apres-midi")
    return {_DAY_PARTS[w] for w in (w.strip(_EDGE) for w in text.split()) if w in _DAY_PARTS}


def _weekday_named(item: DateQuestion, text: str) -> str:
    """The one day of the week a learner gave with no date ("mardi", "C'était samedi.") when
    the item's answer names it too ("mardi 24 janvier"): the article's own word for the day.
    Empty otherwise: a "lundi" the article never wrote is no answer to a reading question."""
    # "après midi" typed with a space is a part of the day, not "after"
    bare = strip_accents(clean(text)).replace("apres midi", "apres-midi")
    words = {w.strip(_EDGE) for w in bare.split()}
    typed = words & set(WEEKDAYS)
    if len(typed) != 1 or words & _SHIFTS:  # "pas mardi", "avant mardi"
        return ""
    named = {w for form in (item.answer, *item.accept) for w in strip_accents(clean(form)).split()}
    return next(iter(typed & named), "")


def _asked_parts(item: DateQuestion, want: Mapping[str, int]) -> list[str]:
    """The parts of the date a learner must give: those of `value`, less the year when an
    accepted form leaves it out ("jeudi 9 mars", accept "9 mars" for 2017-03-09). The shown
    answer then names no year, and "le 9 mars" was told "il manque l'année" beside it."""
    forms = [parse_date(form) for form in (item.answer, *item.accept)]
    parts = [
        fields
        for form in forms
        if form is not None
        and (fields := form.fields())
        and all(want.get(name) == value for name, value in fields.items())
    ]
    return list(min(parts, key=len)) if parts else list(want)


def _duration(item: DateQuestion, text: str, length: Duration, match: TextMatch) -> Verdict:
    """A "how long" question: "48 heures" is "2 jours" (`value` is an ISO duration, P2D)."""
    given = parse_duration(text) or _one_in_sentence(text, parse_duration)
    if given is None and bound_of(text) is not None:  # "moins de trente ans": a shifting word
        bare = without_bound(text)
        given = parse_duration(bare) or _one_in_sentence(bare, parse_duration)
    if given is None and _number_of(text, item.answer, length):
        explanation = messages.SCORE_DURATION_NO_UNIT.format(expected=quoted(item.answer))
        return make_verdict(
            item, Outcome.PARTIAL, 0.5, item.answer, explanation, (Reason.UNIT_MISSING,)
        )
    if given is None and item.policy.typos and parse_duration(unit_typos_fixed(text)) == length:
        explanation = messages.SCORE_TYPO.format(expected=quoted(item.answer))
        return make_verdict(
            item, Outcome.ALMOST, ALMOST_SHARE, item.answer, explanation, (Reason.TYPO,)
        )
    if given is None or given != length:
        explanation = text_explanation(match, item.answer)
        return _text_verdict(item, match, explanation)
    shown = quoted(item.answer)
    bounded = judge_bound(text, [item.answer, *item.accept], shown)
    if bounded is not None:  # "plus de trente ans" for « trente ans »
        reasons = (Reason.BOUND,)
        return make_verdict(
            item, bounded.outcome, bounded.share, item.answer, bounded.explanation, reasons
        )
    explanation = messages.SCORE_CORRECT.format(expected=shown)
    return make_verdict(item, Outcome.CORRECT, 1.0, item.answer, explanation, (Reason.EXACT,))


def _number_of(text: str, answer: str, length: Duration) -> bool:
    """Whether a learner wrote the answer's number without its unit ("2" or "deux" for "2
    jours"): half the answer, which the feedback completes, not a wrong one."""
    number, unit = key(text), key(answer).split()[-1:]
    if not number or " " in number or not unit:
        return False
    return parse_duration(f"{number} {unit[0]}") == length


TIME_NO_MINUTES_SHARE = 0.5
"""Share of the points for the right hour without the minutes the article gives ("15 h" for
15 h 30)."""


def _clock_time(item: DateQuestion, text: str, wanted: ClockTime, match: TextMatch) -> Verdict:
    """An "À quelle heure … ?" answer (`value` "T15:30"): "15h30", "15 h 30", "15:30", "à 15
    heures 30" are the same time; the hour alone is part of it when the article gives minutes."""
    given = parse_time(text)
    shown = quoted(item.answer)
    if given is None:
        return _text_verdict(item, match, text_explanation(match, item.answer))
    if given.hour != wanted.hour or given.minute not in (wanted.minute, None):
        explanation = messages.SCORE_TIME_WRONG.format(expected=shown)
        return make_verdict(item, Outcome.INCORRECT, 0.0, item.answer, explanation, (Reason.WRONG,))
    if given.minute is None and wanted.minute:
        explanation = messages.SCORE_TIME_NO_MINUTES.format(expected=shown)
        reasons = (Reason.DATE_INCOMPLETE,)
        share = TIME_NO_MINUTES_SHARE
        return make_verdict(item, Outcome.PARTIAL, share, item.answer, explanation, reasons)
    explanation = messages.SCORE_CORRECT.format(expected=shown)
    return make_verdict(item, Outcome.CORRECT, 1.0, item.answer, explanation, (Reason.EXACT,))
