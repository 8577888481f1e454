"""What a date dates (`Event`), shared by the readings of `tutor.generate.events`."""

from __future__ import annotations

from dataclasses import dataclass

from tutor.generate.context import Context

QUESTION_WORD = {
    "depuis": "Depuis quand",
    "dès": "Depuis quand",
    "à partir de": "Depuis quand",
    "jusqu'en": "Jusqu'à quand",
    "jusqu'au": "Jusqu'à quand",
}


@dataclass(frozen=True)
class Event:
    """What a date dates: `clause` states it without the date (no final full stop) and is None
    when it cannot be said well; `question` asks for the date; `ordered` says whether the clause
    can take its place in a chronology (a plan for a future date cannot)."""

    clause: str | None = None
    question: str | None = None
    ordered: bool = True


def tense(ctx: Context, value: str) -> str | None:
    """ "past" or "future" for a date against the publication date, None when they overlap."""
    published = ctx.facts.published or (
        ctx.article.published.isoformat() if ctx.article.published else None
    )
    if not published:
        return "past"
    common = min(len(value), len(published))
    if value[:common] < published[:common]:
        return "past"
    if value[:common] > published[:common]:
        return "future"
    return None
