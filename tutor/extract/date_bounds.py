"""The end of a period, or a day in a present state, whichever is nearer to publication: "ont
voté la grève jusqu'au 15 mai" tells when the strike was voted, not that its end is past; and
the month a periodical's issue is named by, which may be the coming one."""

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


ISSUE_AHEAD_DAYS = 62
"""How far ahead of publication the month of a periodical's issue may start: a magazine is on
sale before the month on its cover ("le numéro de novembre", in kiosks since Thursday, in a
paper of 15 October)."""

_ISSUE_BEFORE = re.compile(
    r"\b(?:numéro|livraison|hors-série|sommaire)s?\s+(?:de|d['’])\s*$",
    re.IGNORECASE,
)


def issue_month_ahead(
    m: re.Match[str], ref: date | None, value_of: Callable[[bool], str | None]
) -> str | None:
    """The coming month when the month names a periodical's issue ("le numéro de novembre") and
    starts at most ISSUE_AHEAD_DAYS after publication, whatever the tense ("est publié dans le
    numéro de novembre" in October is the coming November); None otherwise, and the tense
    decides."""
    if ref is None or not _ISSUE_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return None
    ahead = value_of(True)
    if ahead is None or not re.fullmatch(r"\d{4}-\d{2}", ahead):
        return None
    return ahead if (_first_day(ahead) - ref).days <= ISSUE_AHEAD_DAYS else None
