"""Near misses worth pointing out on a wrong answer: a number with two digits swapped or one digit
off, a date with some parts right and others wrong, a day and a month written the other way round.

These only add a hint to the explanation and a reason code; they never change a verdict, so a
learner who types "2041" for 2014 is still wrong, but is told to check the order of the digits.
A hint is given only when the rest of the answer is right: the words around the number are the
same, or the other parts of the date are right.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tutor import messages
from tutor.verdict import Reason

MIN_DIGITS_SWAPPED = 2
"""Shortest number where two swapped digits are a slip ("21" for 12)."""

MIN_DIGITS_OFF = 3
"""Shortest number where one wrong digit is a slip: in 3 for 4 every digit is wrong."""

_NUMBER = re.compile(r"\d+")
_DIGIT_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")
_DATE_PARTS_ORDER = ("day", "month", "year")
_NUMERIC_DAY_MONTH = re.compile(r"\b\d{1,2} ?[/.-] ?\d{1,2}\b")
"""A date written in digits, "06/01/2009": only there can a day and a month be swapped."""


@dataclass(frozen=True)
class NumberSlip:
    """The learner's number next to the expected one, in digits, and how they differ."""

    given: str
    wanted: str
    reason: Reason
    """`Reason.DIGITS_SWAPPED` or `Reason.DIGIT_OFF`."""


def number_slip(given: str, wanted: str) -> NumberSlip | None:
    """How a number in digits slips from the expected one, or None when it is just another number.

    Two digits swapped ("2041" for 2014, "21" for 12) or one digit wrong in a number of three
    digits or more ("2013" for 2014); both numbers have the same length.
    """
    if given == wanted or len(given) != len(wanted) or not (given + wanted).isdigit():
        return None
    differ = [i for i, (a, b) in enumerate(zip(given, wanted, strict=True)) if a != b]
    if len(differ) == 1 and len(wanted) >= MIN_DIGITS_OFF:
        return NumberSlip(given, wanted, Reason.DIGIT_OFF)
    if len(differ) != 2 or len(wanted) < MIN_DIGITS_SWAPPED:
        return None
    first, second = differ
    if given[first] == wanted[second] and given[second] == wanted[first]:
        return NumberSlip(given, wanted, Reason.DIGITS_SWAPPED)
    return None


def written_in_digits(typed: str, number: str) -> bool:
    """Whether the learner wrote this number in digits ("3 600" counts): only then is a wrong
    digit a slip of the fingers; "vingt et un" for 12 is not a swap of 1 and 2."""
    return number in _NUMBER.findall(_DIGIT_GROUP_SPACE.sub("", typed))


def text_number_slip(typed: str, given: str, accepted: Sequence[str]) -> NumberSlip | None:
    """A number slip in a typed answer whose other words are those of an accepted answer.

    `given` and `accepted` are comparison keys (`normalize.key`, accents stripped), where
    numbers are already in digits: "d'ici a 2041" slips from "d'ici a 2014"; `typed` is the
    answer as the learner wrote it.
    """
    given_numbers = _NUMBER.findall(given)
    for wanted in accepted:
        wanted_numbers = _NUMBER.findall(wanted)
        if _NUMBER.sub("#", given) != _NUMBER.sub("#", wanted):
            continue
        pairs = [(g, w) for g, w in zip(given_numbers, wanted_numbers, strict=True) if g != w]
        if len(pairs) == 1 and written_in_digits(typed, pairs[0][0]):
            return number_slip(*pairs[0])
    return None


def _grouped(number: str) -> str:
    """A number as French writes it, "3\u00a0600"; a year stays "2014"."""
    if len(number) < 4:
        return number
    head = len(number) % 3 or 3
    groups = [number[:head]] + [number[i : i + 3] for i in range(head, len(number), 3)]
    return "\u00a0".join(groups)


def slip_sentence(slip: NumberSlip, part: str) -> str:
    """The hint on a slipped number, as a sentence; `part` is "year", "day" or "number"."""
    if slip.reason is Reason.DIGITS_SWAPPED:
        return messages.NEAR_DIGITS_SWAPPED[part]
    if part == "number":
        given, wanted = _grouped(slip.given), _grouped(slip.wanted)
    else:
        given, wanted = slip.given, slip.wanted
    return messages.NEAR_DIGIT_OFF[part].format(given=given, wanted=wanted)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _joined(names: Sequence[str], separator: str) -> str:
    shown = [messages.DATE_PART_NAMES[name] for name in names]
    return separator.join(shown)


@dataclass(frozen=True)
class DateHint:
    """What to tell a learner whose date has a part wrong: the sentence and the reason codes."""

    text: str
    reasons: tuple[Reason, ...]


def date_hint(
    want: Mapping[str, int],
    got: Mapping[str, int],
    expected: str,
    *,
    typed: str,
    whole: bool = True,
) -> DateHint | None:
    """The hint for a wrong date whose parts are compared one by one, or None for a plain "wrong".

    `want` and `got` are `DateParts.fields()`; `expected` is the answer quoted for display;
    `typed` the learner's answer: a day and a month can only be swapped when written in digits
    (06/01), and a digit slipped only when there are digits. A date that leaves out a part
    the question asks (`whole` false: "en 2016" for « mardi 24 janvier » 2017) is no near miss:
    its slipped year is only told wrong.
    """
    common = [name for name in _DATE_PARTS_ORDER if name in want and name in got]
    right = [name for name in common if want[name] == got[name]]
    wrong = [name for name in common if want[name] != got[name]]
    if not wrong:
        return None
    if (
        _NUMERIC_DAY_MONTH.search(typed)
        and {"day", "month"} <= set(wrong)
        and (got["day"], got["month"]) == (want["month"], want["day"])
    ):
        text = messages.SCORE_DATE_DAY_MONTH_SWAPPED.format(expected=expected)
        return DateHint(text, (Reason.WRONG, Reason.DAY_MONTH_SWAPPED))
    slip = None
    if whole and len(wrong) == 1 and wrong[0] in ("day", "year"):
        number = str(got[wrong[0]])
        if written_in_digits(typed, number):
            slip = number_slip(number, str(want[wrong[0]]))
    if slip is not None:
        detail = slip_sentence(slip, wrong[0])
        if not right:
            text = messages.SCORE_NEAR.format(detail=detail, expected=expected)
            return DateHint(text, (Reason.WRONG, slip.reason))
        template = messages.DATE_PARTS_RIGHT[len(right) > 1]
        text = messages.SCORE_DATE_NEAR.format(
            right=template.format(parts=_joined(right, messages.DATE_PARTS_AND)),
            detail=_capitalised(detail),
            expected=expected,
        )
        return DateHint(text, (Reason.WRONG, slip.reason, Reason.DATE_PART_WRONG))
    if not right:
        return None
    template = messages.DATE_PARTS_RIGHT[len(right) > 1]
    text = messages.SCORE_DATE_PART_WRONG.format(
        right=_capitalised(template.format(parts=_joined(right, messages.DATE_PARTS_AND))),
        wrong=_joined(wrong, messages.DATE_PARTS_NOR),
        expected=expected,
    )
    return DateHint(text, (Reason.WRONG, Reason.DATE_PART_WRONG))
