"""Numbers and dates the French way: decimal comma, day/month/year, a space before %."""

from __future__ import annotations

from datetime import date

from tutor import messages as msg
from tutor.french_calendar import MONTHS


def format_date(day: date | None) -> str:
    """`19/06/2024`: short enough for a table column; `–` when unknown."""
    return day.strftime("%d/%m/%Y") if day else "–"


def format_long_date(day: date | None) -> str:
    """`19 juin 2024`, for headings."""
    if day is None:
        return ""
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MONTHS[day.month - 1]} {day.year}"


def format_points(value: float) -> str:
    """`2`, `2,5`: whole points without decimals, halves with a comma."""
    rounded = round(value, 1)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.1f}".replace(".", ",")


def format_point_count(value: float) -> str:
    """`1 point`, `0,5 point`, `2 points`: French keeps the singular below 2."""
    singular, many = msg.UI_POINTS
    return (singular if round(value, 1) < 2 else many).format(count=format_points(value))


def format_percent(ratio: float | None) -> str:
    """`70 %` (French puts a space before the sign); `–` when there is nothing to measure."""
    if ratio is None:
        return "–"
    return f"{round(ratio * 100)}\u00a0%"


def plural(count: int, forms: tuple[str, str]) -> str:
    """The singular or plural template filled with `count` (French puts 0 and 1 in the
    singular)."""
    singular, many = forms
    return (singular if count <= 1 else many).format(count=count)


def format_questions(count: int) -> str:
    """`1 question`, `22 questions`."""
    return plural(count, msg.UI_QUESTIONS)
