"""The bound a typed number or length of time carries ("plus de trente ans", "moins de deux
ans"), told apart from a mere estimate ("environ", "près de"), so that scoring can say when a
learner's answer with the right figure says more, or less, than the article.

An estimate changes nothing a reader needs: "environ trente ans" for « trente ans », or "trente
ans" for « près de trente ans », tells the same fact. A bound changes it: "plus de trente ans"
for « trente ans » says what the article does not, and "trente ans" for « plus de trente ans »
leaves out what it says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from tutor import messages
from tutor.normalize import clean, strip_accents
from tutor.verdict import Outcome


class Bound(StrEnum):
    """Which side of its figure a length lies on."""

    ABOVE = "above"
    BELOW = "below"


_BOUND_WORDS = re.compile(
    r"(?<![\w'])(?P<words>"
    r"(?P<below>pas plus d(?:e\b|')|un peu moins d(?:e\b|')|moins d(?:e\b|')|tout au plus\b|"
    r"au plus\b|au maximum\b|maximum\b|jusqu'a\b)|"
    r"(?P<above>pas moins d(?:e\b|')|un peu plus d(?:e\b|')|plus d(?:e\b|')|au moins\b|"
    r"au minimum\b|minimum\b|au-dela d(?:e\b|'))"
    r") ?"
)
"""Words of a bound before or after a figure ("au moins trente ans", "trente ans au moins"),
on an accent-free cleaned text; the longer phrase of one place first ("pas plus de" is below,
"au moins" above)."""


@dataclass(frozen=True)
class TypedBound:
    """The bound a text gives its figure, and its words as written there ("plus de")."""

    bound: Bound
    words: str


def bound_of(text: str) -> TypedBound | None:
    """The first bound the text gives a figure ("au moins trente ans" -> above), or None for a
    figure given as it is or as an estimate ("environ trente ans", "près de 30 ans")."""
    match = _BOUND_WORDS.search(strip_accents(clean(text)))
    if match is None:
        return None
    bound = Bound.BELOW if match.group("below") else Bound.ABOVE
    words = match.group("words").strip()
    if words.endswith("d'"):
        words = words[:-2] + "de"
    return TypedBound(bound, _ACCENTED.get(words, words))


_ACCENTED = {"jusqu'a": "jusqu'à", "au-dela de": "au-delà de"}
"""Words of a bound with the accents the accent-free text they were read in has lost."""


def without_bound(text: str) -> str:
    """The text with its words of a bound left out, to read the figure they bound: "moins de
    trente ans" -> "trente ans" (accent-free, cleaned)."""
    return _BOUND_WORDS.sub("", strip_accents(clean(text)))


BOUND_SHARE = 0.5
"""Share of the points for the right figure without the article's bound ("trente ans" for « plus
de trente ans »): the figure is the article's, but only part of what it says. A bound the article
does not give makes the answer say what it does not: no points."""


@dataclass(frozen=True)
class BoundJudgement:
    """How a length with the right figure fares for its bound: outcome, share and explanation."""

    outcome: Outcome
    share: float
    explanation: str


def judge_bound(typed: str, forms: Sequence[str], shown: str) -> BoundJudgement | None:
    """The verdict on a typed length whose figure is right (`forms`: the item's answer and its
    accepted forms; `shown`: the answer quoted for display), or None when its bound is one of
    theirs (none at all, or an estimate, counting as none). A bound left out earns BOUND_SHARE;
    a bound added, or the opposite one ("moins de" for « plus de »), nothing."""
    given = bound_of(typed)
    wanted = [bound_of(form) for form in forms]
    if any((w.bound if w else None) == (given.bound if given else None) for w in wanted):
        return None
    article = wanted[0]
    if given is None and article is not None:
        template = messages.SCORE_BOUND_LEFT_OUT[article.bound.value]
        text = template.format(wanted=article.words, expected=shown)
        return BoundJudgement(Outcome.PARTIAL, BOUND_SHARE, text)
    if given is not None and article is None:
        text = messages.SCORE_BOUND_ADDED.format(typed=given.words, expected=shown)
        return BoundJudgement(Outcome.INCORRECT, 0.0, text)
    if given is None or article is None:  # another accepted form's bound: not the shown one
        return None
    text = messages.SCORE_BOUND_OPPOSITE.format(
        wanted=article.words, typed=given.words, expected=shown
    )
    return BoundJudgement(Outcome.INCORRECT, 0.0, text)
