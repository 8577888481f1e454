"""A practice session as plain data: the items to play, in order, and what the learner scored.

A lesson plays one article's items; a review plays due items from several articles, so every
item travels with its article (for the evidence in context) and its exercise set.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from tutor.model import Article, ExerciseSet, Item, Skill


@dataclass(frozen=True)
class LessonItem:
    """One item to play, with where it comes from."""

    item: Item
    article: Article
    exercise_set: ExerciseSet
    last_outcome: str | None = None
    """In a review: the outcome of the learner's last answer to the item."""
    last_day: date | None = None
    """In a review: the day of that answer."""


@dataclass(frozen=True)
class Played:
    """What happened on one item: the outcome and points of its verdict, and the hint."""

    lesson_item: LessonItem
    outcome: str
    points: float
    max_points: float
    expected: str
    hint_used: bool = False
    attempt: int = 0
    """The learner's answers to the item before this one: the order its options were shown in
    (see `item_view`)."""

    @property
    def missed(self) -> bool:
        return self.outcome != "correct"


@dataclass
class Lesson:
    """The items of a session and the verdicts so far; `review` marks a cross-article review."""

    title: str
    items: list[LessonItem]
    review: bool = False
    played: list[Played] = field(default_factory=list)

    @property
    def position(self) -> int:
        """Index of the item now being played (== len(items) when finished)."""
        return len(self.played)

    @property
    def current(self) -> LessonItem | None:
        return self.items[self.position] if self.position < len(self.items) else None

    @property
    def finished(self) -> bool:
        return self.position >= len(self.items)

    @property
    def score(self) -> float:
        return sum(p.points for p in self.played)

    @property
    def max_score(self) -> float:
        return sum(p.max_points for p in self.played)

    def by_skill(self) -> dict[Skill, tuple[float, float, int]]:
        """Points, maximum and item count per skill, in the order skills are defined."""
        totals: dict[Skill, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
        for p in self.played:
            row = totals[p.lesson_item.item.skill]
            row[0] += p.points
            row[1] += p.max_points
            row[2] += 1
        return {s: (v[0], v[1], int(v[2])) for s in Skill if (v := totals.get(s))}

    def missed(self) -> list[Played]:
        return [p for p in self.played if p.missed]


def lesson_for(exercise_set: ExerciseSet, article: Article, title: str) -> Lesson:
    """All items of one article, in the file's order (the teacher's order)."""
    items = [LessonItem(item, article, exercise_set) for item in exercise_set.items]
    return Lesson(title, items)


def resume(lesson: Lesson, earlier: Mapping[str, Played]) -> int:
    """Count as played the items at the start of the lesson answered earlier in the same pass
    (see `Services.played_so_far`), so the lesson goes on where the learner left it; returns
    the index of the item to play. A lesson answered to the end starts again."""
    for lesson_item in lesson.items:
        played = earlier.get(lesson_item.item.id)
        if played is None:
            break
        lesson.played.append(played)
    if lesson.finished:
        lesson.played.clear()
    return lesson.position
