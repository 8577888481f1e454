"""Spaced review: what was missed comes back sooner, what is known comes back later and later."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

from fsrs import Rating

from tutor.attempt import Attempt, item_fingerprint, make_attempt
from tutor.model import Choice, Cloze, ExerciseSet, Skill
from tutor.progress import open_progress
from tutor.review import item_states, rating_for, replay, review_queue
from tutor.scoring import Outcome, grade

START = datetime(2024, 6, 19, 8, 0, tzinfo=UTC)
HASH = "sha256:78159cdc5d59b892"


def cloze(item_id: str = "c1", answer: str = "munitions") -> Cloze:
    return Cloze(
        id=item_id,
        skill=Skill.VOCABULARY,
        prompt="Complétez.",
        evidence="Des munitions.",
        text="Des ___.",
        answer=answer,
        hint="…",
        hint_cost=0.5,
    )


def answer(
    item: Cloze,
    typed: str,
    when: datetime,
    *,
    exercise: str = "poutine.yaml",
    hint: bool = False,
    seconds: float | None = None,
) -> Attempt:
    verdict = grade(item, typed, hint_used=hint)
    return make_attempt(
        exercise, HASH, item, verdict, typed, hint_used=hint, when=when, seconds=seconds
    )


def test_ratings_follow_the_outcome() -> None:
    item = cloze()
    assert rating_for(answer(item, "obus", START)) is Rating.Again
    assert rating_for(answer(item, "munitons", START)) is Rating.Hard
    assert rating_for(answer(item, "munitions", START, hint=True)) is Rating.Hard
    assert rating_for(answer(item, "munitions", START)) is Rating.Good
    assert rating_for(answer(item, "munitions", START, seconds=4)) is Rating.Easy
    assert rating_for(answer(item, "munitions", START, seconds=40)) is Rating.Good
    partial = replace(answer(item, "munitions", START), outcome=Outcome.PARTIAL)
    assert rating_for(partial) is Rating.Hard


def test_a_missed_item_comes_back_sooner_than_a_known_one() -> None:
    item = cloze()
    missed = replay(("e", "a"), [answer(item, "obus", START)])
    known = replay(("e", "b"), [answer(item, "munitions", START)])
    hard = replay(("e", "c"), [answer(item, "munitons", START)])
    assert missed.due - START < hard.due - START < known.due - START
    assert missed.due - START <= timedelta(minutes=10)


def test_good_answers_space_out_over_repeated_reviews() -> None:
    item = cloze()
    attempts: list[Attempt] = []
    when = START
    intervals: list[timedelta] = []
    for _ in range(6):
        attempts.append(answer(item, "munitions", when))
        card = replay(("e", "c1"), attempts)
        intervals.append(card.due - when)
        when = card.due
    assert all(later > earlier for earlier, later in pairwise(intervals))
    assert intervals[-1] > timedelta(days=30)


def test_forgetting_a_known_item_brings_it_back_soon() -> None:
    item = cloze()
    attempts = []
    when = START
    for _ in range(4):
        attempts.append(answer(item, "munitions", when))
        when = replay(("e", "c1"), attempts).due
    before = replay(("e", "c1"), attempts).due - attempts[-1].time
    attempts.append(answer(item, "obus", when))
    after = replay(("e", "c1"), attempts).due - when
    assert after < timedelta(hours=1) < before


def test_the_queue_holds_due_items_most_overdue_first() -> None:
    a, b, c = cloze("a"), cloze("b"), cloze("c")
    attempts = [
        answer(a, "obus", START),  # again: due a minute later
        answer(b, "obus", START + timedelta(hours=1)),
        answer(c, "munitions", START, exercise="autre.yaml"),  # good: due in two days
    ]
    now = START + timedelta(days=3)
    queue = review_queue(attempts, now)
    assert [(d.exercise, d.item_id) for d in queue] == [
        ("poutine.yaml", "a"),
        ("poutine.yaml", "b"),
        ("autre.yaml", "c"),
    ]
    assert queue[0].overdue > queue[1].overdue > queue[2].overdue > timedelta(0)
    assert queue[0].due == START + timedelta(minutes=1)
    assert queue[0].last_outcome is Outcome.INCORRECT and queue[0].skill is Skill.VOCABULARY
    assert review_queue(attempts, START - timedelta(minutes=21)) == []


def test_an_item_right_the_first_time_is_not_asked_again_the_same_day() -> None:
    """After a lesson, the review holds what was missed, not what was just answered right."""
    right, quick, missed = cloze("right"), cloze("quick"), cloze("missed")
    attempts = [
        answer(right, "munitions", START, seconds=40),
        answer(quick, "munitions", START, seconds=4),
        answer(missed, "obus", START),
    ]
    later_that_day = START + timedelta(hours=6)
    assert [d.item_id for d in review_queue(attempts, later_that_day)] == ["missed"]
    assert [d.item_id for d in review_queue(attempts, START + timedelta(days=2))] == [
        "missed",
        "right",
    ]
    assert replay(("e", "quick"), attempts[1:2]).due - START >= timedelta(days=7)


def test_an_item_just_missed_is_waiting_for_review_at_once() -> None:
    missed, known = cloze("a"), cloze("b")
    attempts = [answer(missed, "obus", START), answer(known, "munitions", START)]
    assert [d.item_id for d in review_queue(attempts, START + timedelta(seconds=5))] == ["a"]


def test_items_known_well_are_not_due() -> None:
    item = cloze()
    attempts = [answer(item, "munitions", START + timedelta(days=d)) for d in (0, 1, 3)]
    assert review_queue(attempts, START + timedelta(days=4)) == []


def test_an_item_whose_content_changed_starts_fresh() -> None:
    old = cloze("c1", answer="munitions")
    new = cloze("c1", answer="obus")
    attempts = [answer(old, "x", START)]
    exercises = [ExerciseSet(Path("poutine.yaml"), "p.md", HASH, (new,))]
    now = START + timedelta(days=1)
    assert len(review_queue(attempts, now)) == 1  # without the files: the last version counts
    assert review_queue(attempts, now, exercises=exercises) == []
    unchanged = [ExerciseSet(Path("poutine.yaml"), "p.md", HASH, (old,))]
    assert len(review_queue(attempts, now, exercises=unchanged)) == 1


def test_progress_on_unchanged_items_survives_an_edit_of_another() -> None:
    kept, edited = cloze("kept"), cloze("edited")
    attempts = [answer(kept, "munitions", START), answer(edited, "munitions", START)]
    new_edited = cloze("edited", answer="obus")
    exercises = [ExerciseSet(Path("poutine.yaml"), "p.md", HASH, (kept, new_edited))]
    states = item_states(
        attempts, {("poutine.yaml", i.id): item_fingerprint(i) for i in (kept, new_edited)}
    )
    assert set(states) == {("poutine.yaml", "kept")}
    assert states[("poutine.yaml", "kept")].attempts == 1
    assert [
        d.item_id for d in review_queue(attempts, START + timedelta(days=3), exercises=exercises)
    ] == ["kept"]


def test_the_queue_reads_a_learners_file(tmp_path: Path) -> None:
    progress = open_progress("Zoé", tmp_path)
    item = Choice(
        id="q",
        skill=Skill.COMPREHENSION,
        prompt="?",
        evidence="e",
        options=("Pyongyang", "Pékin"),
        answer="Pyongyang",
    )
    exercise_set = ExerciseSet(Path("exercises/poutine.yaml"), "p.md", HASH, (item,))
    progress.record(exercise_set, item, grade(item, "Pékin"), "Pékin", when=START)
    reopened = open_progress("Zoé", tmp_path)
    [due] = review_queue(reopened, START + timedelta(minutes=5), exercises=[exercise_set])
    assert (due.exercise, due.item_id) == ("poutine.yaml", "q")
