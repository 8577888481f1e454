"""Tallies of a learner's attempts per skill and per exercise file, and who is behind in a class.

Accuracy is points earned over points possible, so partial credit and hints count as they were
scored. A learner is *behind* on a skill when, with at least MIN_ATTEMPTS attempts at it, their
accuracy is under BEHIND_BELOW (60%) or more than BEHIND_MARGIN (15 points) under the class
median for that skill: the first catches a weak skill in a strong class, the second a learner
who lags a class where everyone finds the skill hard.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tutor.attempt import Attempt
from tutor.model import Skill
from tutor.review import DueItem

MIN_ATTEMPTS = 3
BEHIND_BELOW = 0.60
BEHIND_MARGIN = 0.15


@dataclass
class Tally:
    """Attempts, points and items due for one skill, one exercise file, or everything."""

    attempts: int = 0
    points: float = 0.0
    max_points: float = 0.0
    items: set[tuple[str, str]] = field(default_factory=set)
    due: int = 0

    @property
    def accuracy(self) -> float | None:
        """Points earned over points possible; None before any attempt."""
        return self.points / self.max_points if self.max_points > 0 else None

    def add(self, attempt: Attempt) -> None:
        self.attempts += 1
        self.points += attempt.points
        self.max_points += attempt.max_points
        self.items.add(attempt.key)

    def as_dict(self) -> dict[str, object]:
        """For --json: accuracy as a fraction (0..1) or null."""
        accuracy = self.accuracy
        return {
            "attempts": self.attempts,
            "accuracy": round(accuracy, 4) if accuracy is not None else None,
            "items": len(self.items),
            "due": self.due,
        }


@dataclass
class Summary:
    """One learner's tallies."""

    by_skill: dict[Skill, Tally]
    by_exercise: dict[str, Tally]
    total: Tally


def summarise(attempts: Iterable[Attempt], due: Sequence[DueItem]) -> Summary:
    """Tally attempts and due items per skill (every skill listed) and per exercise file."""
    by_skill = {skill: Tally() for skill in Skill}
    by_exercise: dict[str, Tally] = {}
    total = Tally()
    for attempt in attempts:
        by_skill[attempt.skill].add(attempt)
        by_exercise.setdefault(attempt.exercise, Tally()).add(attempt)
        total.add(attempt)
    for item in due:
        by_skill[item.skill].due += 1
        by_exercise.setdefault(item.exercise, Tally()).due += 1
        total.due += 1
    return Summary(by_skill, dict(sorted(by_exercise.items())), total)


def class_medians(summaries: Iterable[Summary]) -> dict[Skill, float | None]:
    """The median accuracy of each skill over learners with enough attempts at it."""
    values: dict[Skill, list[float]] = {skill: [] for skill in Skill}
    for summary in summaries:
        for skill, tally in summary.by_skill.items():
            if tally.attempts >= MIN_ATTEMPTS and tally.accuracy is not None:
                values[skill].append(tally.accuracy)
    return {skill: statistics.median(v) if v else None for skill, v in values.items()}


def behind_reason(tally: Tally, median: float | None) -> str | None:
    """Why a learner is behind on a skill (English, for teachers), or None."""
    accuracy = tally.accuracy
    if tally.attempts < MIN_ATTEMPTS or accuracy is None:
        return None
    if accuracy < BEHIND_BELOW:
        return f"below {BEHIND_BELOW:.0%}"
    if median is not None and accuracy < median - BEHIND_MARGIN:
        return f"{(median - accuracy) * 100:.0f} points under the class median"
    return None
