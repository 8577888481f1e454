"""The end of a period, or a day in a present state, whichever is nearer to publication: "ont
voté la grève jusqu'au 15 mai" tells when the strike was voted, not that its end is past."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from tutor.extract.date_tense import bounds_a_period


def nearer_if_a_bound(
    m: re.Match[str],
    ref: date | None,
    rel: str | None,
    future: bool,
    value_of: Callable[[bool], str | None],
    state: bool = False,
) -> str | None:
    """The day looked back or ahead as the sentence says; but the end of a period in a sentence
    told in the past ("ont voté la grève jusqu'au 15 mai"), or a day alone in a present state
    (`state`: "Les inscriptions sont ouvertes du 20 au 24"), is whichever day is nearer; so is
    the month that ends a period ("a signé un arrêté … jusqu'à la fin du mois de septembre"),
    counted from its first day."""
    value = value_of(future)
    if future or rel or ref is None or not (state or bounds_a_period(m.string, m.start())):
        return value
    ahead = value_of(True)
    if not (value and ahead and _DAY_OR_MONTH.fullmatch(value) and _DAY_OR_MONTH.fullmatch(ahead)):
        return value
    back_days = (ref - _first_day(value)).days
    return ahead if (_first_day(ahead) - ref).days < back_days else value


def _first_day(value: str) -> date:
    """The day an ISO day names, or the first day of an ISO month."""
    return date.fromisoformat(value if len(value) == 10 else f"{value}-01")


_DAY_OR_MONTH = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
