"""How a class did on each item: the teacher's view of which questions to go over again, and
of which generated items may be faulty (nobody gets them right) or too easy (everybody does).

Only each learner's first answer to an item counts, as in a quiz's item analysis: later answers
are reviews of an item the learner has already been corrected on. When the exercise file is at
hand, answers to an older version of an item (a teacher changed what is right, so the item's
fingerprint changed) are left out: they were scored against another answer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from tutor.attempt import Attempt
from tutor.model import ExerciseSet, Skill
from tutor.review import current_fingerprints
from tutor.verdict import Outcome

MIN_LEARNERS = 3
"""Learners an item needs before it is flagged: one or two answers say little."""
HARD_BELOW = 0.3
"""Facility under which an item is flagged "hard": check it before blaming the class."""
HARD_FLAG = "hard: check the item"
ALL_RIGHT_FLAG = "all right"


@dataclass
class ItemStats:
    """First answers of a class to one item."""

    exercise: str
    item_id: str
    skill: Skill
    kind: str
    learners: int = 0
    right_first: int = 0
    points: float = 0.0
    max_points: float = 0.0
    wrong_answers: Counter[str] = field(default_factory=Counter)

    @property
    def facility(self) -> float | None:
        """Points earned over points possible on first answers (the facility index)."""
        return self.points / self.max_points if self.max_points > 0 else None

    @property
    def common_wrong_answer(self) -> str | None:
        """The wrong answer given most often, when two learners or more gave it."""
        if not self.wrong_answers:
            return None
        answer, count = self.wrong_answers.most_common(1)[0]
        return answer if count >= 2 else None

    def flag(self) -> str | None:
        """What a teacher should look at (English), or None."""
        facility = self.facility
        if self.learners < MIN_LEARNERS or facility is None:
            return None
        if facility < HARD_BELOW:
            return HARD_FLAG
        if self.right_first == self.learners:
            return ALL_RIGHT_FLAG
        return None


def _answer_text(attempt: Attempt) -> str | None:
    """A wrong answer as a teacher would read it: the text typed or picked; None for answers
    in several parts (pairs, an order), which do not repeat as a whole."""
    answer = attempt.answer
    if isinstance(answer, str):
        return " ".join(answer.split()).casefold() or None
    return None


def analyse(
    learners: Mapping[str, Iterable[Attempt]], exercises: Iterable[ExerciseSet] = ()
) -> list[ItemStats]:
    """Per item, the first answer of each learner (learner name -> attempts, oldest first);
    hardest first, then by exercise file and item."""
    current = current_fingerprints(exercises)
    stats: dict[tuple[str, str], ItemStats] = {}
    for attempts in learners.values():
        seen: set[tuple[str, str]] = set()
        for attempt in attempts:
            key = attempt.key
            if key in seen or current.get(key, attempt.fingerprint) != attempt.fingerprint:
                continue
            seen.add(key)
            entry = stats.setdefault(
                key, ItemStats(attempt.exercise, attempt.item_id, attempt.skill, attempt.kind)
            )
            entry.learners += 1
            entry.points += attempt.points
            entry.max_points += attempt.max_points
            if attempt.outcome is Outcome.CORRECT:
                entry.right_first += 1
            elif attempt.outcome is Outcome.INCORRECT and (text := _answer_text(attempt)):
                entry.wrong_answers[text] += 1
    return sorted(
        stats.values(),
        key=lambda s: (s.facility if s.facility is not None else 2.0, s.exercise, s.item_id),
    )
