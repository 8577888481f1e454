"""Spaced review: each item's FSRS card replayed from its attempts, and the queue of items due.

Ratings from attempts (the learner never rates themselves):
- incorrect -> Again (back within minutes);
- almost, partial, or any answer after the hint -> Hard;
- correct without hint -> Good, or Easy when it was quick (under EASY_SECONDS, measured by the
  app) on a one-step item (choice, true/false, date, cloze): matching, ordering and open answers
  take time however well they are known, so speed says nothing there.

The scheduler runs without fuzzing: cards are replayed from the file at every start, and a
random fuzz would move due dates from one run to the next.

It has one learning step, a minute, where Anki and FSRS have two (a minute, then ten). A learner
meets each item right after reading the article: an answer right the first time shows the
article was understood, and bringing it back ten minutes later, in the same sitting, only fills
the review with what was just got right. Such an item waits days (FSRS's first interval for
Good or Easy); a missed one still comes back within a minute, and one half known (Hard) after
a minute and a half.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from fsrs import Card, Rating, Scheduler

from tutor.attempt import Attempt, item_fingerprint
from tutor.model import ExerciseSet, Skill
from tutor.verdict import Outcome

EASY_SECONDS = 10.0
QUICK_KINDS = frozenset({"choice", "true_false", "date", "cloze"})
LEARNING_STEPS = (timedelta(minutes=1),)
SCHEDULER = Scheduler(learning_steps=LEARNING_STEPS, enable_fuzzing=False)
LEARN_AHEAD = timedelta(minutes=20)
"""A missed item due within this time counts as due now (Anki's "learn ahead limit", same
default): it comes back a minute after the miss, and the learner who just missed it should see
it waiting, not "nothing to review". Items answered right wait for their own time, days away."""

ItemKey = tuple[str, str]
"""(exercise file, item id)."""


class HasAttempts(Protocol):
    """A learner's progress, or anything else that holds attempts."""

    attempts: list[Attempt]


def rating_for(attempt: Attempt) -> Rating:
    """How well the learner knew the item, judged from the attempt (see module docstring)."""
    if attempt.outcome is Outcome.INCORRECT:
        return Rating.Again
    if attempt.outcome is not Outcome.CORRECT or attempt.hint_used:
        return Rating.Hard
    quick = attempt.seconds is not None and attempt.seconds <= EASY_SECONDS
    if quick and attempt.kind in QUICK_KINDS:
        return Rating.Easy
    return Rating.Good


def _card_id(key: ItemKey) -> int:
    # A fixed id: fsrs.Card() without one sleeps a millisecond to make a unique timestamp.
    digest = hashlib.sha256("\0".join(key).encode("utf-8")).hexdigest()
    return int(digest[:12], 16)


@dataclass(frozen=True)
class ItemState:
    """Where one item stands for a learner: its card and the attempts it was built from."""

    exercise: str
    item_id: str
    skill: Skill
    fingerprint: str
    card: Card
    attempts: int
    last: Attempt

    @property
    def due(self) -> datetime:
        """When the item should come back."""
        return self.card.due


def replay(key: ItemKey, attempts: Sequence[Attempt]) -> Card:
    """The card after reviewing an item with these attempts, oldest first."""
    card = Card(card_id=_card_id(key))
    for attempt in sorted(attempts, key=lambda a: a.time):
        card, _ = SCHEDULER.review_card(card, rating_for(attempt), attempt.time.astimezone(UTC))
    return card


def current_fingerprints(exercise_sets: Iterable[ExerciseSet]) -> dict[ItemKey, str]:
    """The fingerprint of every item as its exercise file holds it now."""
    return {
        (exercise_set.path.name, item.id): item_fingerprint(item)
        for exercise_set in exercise_sets
        for item in exercise_set.items
    }


def item_states(
    attempts: Iterable[Attempt],
    current: Mapping[ItemKey, str] | None = None,
    covered: Collection[str] | None = None,
) -> dict[ItemKey, ItemState]:
    """Each attempted item's state, from the attempts that match its content.

    With `current` (see `current_fingerprints`), attempts at an older version of an item are
    ignored and items no longer in their file are left out; that applies to the exercise files
    in `covered` (all files when it is None). Elsewhere an item's latest fingerprint is taken
    as its current one.
    """
    by_item: dict[ItemKey, list[Attempt]] = defaultdict(list)
    for attempt in attempts:
        by_item[attempt.key].append(attempt)
    states: dict[ItemKey, ItemState] = {}
    for key, group in by_item.items():
        if current is not None and (covered is None or key[0] in covered):
            if key not in current:
                continue
            fingerprint = current[key]
        else:
            fingerprint = max(group, key=lambda a: a.time).fingerprint
        relevant = sorted((a for a in group if a.fingerprint == fingerprint), key=lambda a: a.time)
        if not relevant:
            continue
        last = relevant[-1]
        states[key] = ItemState(
            exercise=key[0],
            item_id=key[1],
            skill=last.skill,
            fingerprint=fingerprint,
            card=replay(key, relevant),
            attempts=len(relevant),
            last=last,
        )
    return states


@dataclass(frozen=True)
class DueItem:
    """An item to review now; `overdue` is how long past its due time it is."""

    exercise: str
    item_id: str
    skill: Skill
    due: datetime
    overdue: timedelta
    attempts: int
    last_outcome: Outcome


def review_queue(
    progress: HasAttempts | Iterable[Attempt],
    now: datetime | None = None,
    *,
    exercises: Iterable[ExerciseSet] | None = None,
) -> list[DueItem]:
    """The items due at `now` across all articles (missed ones from LEARN_AHEAD before their
    time), most overdue first.

    Only items already attempted are reviewed (new items come through normal practice). Pass
    the loaded `exercises`: in those files, items whose content changed start fresh and removed
    items are dropped; items of other files are judged by their latest version.
    """
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    attempts = progress.attempts if hasattr(progress, "attempts") else progress
    current = covered = None
    if exercises is not None:
        exercise_sets = list(exercises)
        current = current_fingerprints(exercise_sets)
        covered = {exercise_set.path.name for exercise_set in exercise_sets}
    due = [
        DueItem(
            exercise=state.exercise,
            item_id=state.item_id,
            skill=state.skill,
            due=state.due,
            overdue=moment - state.due,
            attempts=state.attempts,
            last_outcome=state.last.outcome,
        )
        for state in item_states(attempts, current, covered).values()
        if state.due <= moment
        or (state.last.outcome is Outcome.INCORRECT and state.due <= moment + LEARN_AHEAD)
    ]
    return sorted(due, key=lambda d: (-d.overdue, d.exercise, d.item_id))
