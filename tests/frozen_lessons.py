"""The shipped lessons as they were when the scoring tests were written (tests/data/frozen_lessons,
its README says why): tests that grade real items read them here, not in exercises/, which
every regeneration changes."""

from __future__ import annotations

from pathlib import Path

from tutor.exercise_io import load_exercise_set
from tutor.model import ExerciseSet, Item

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "tests" / "data" / "frozen_lessons"


def frozen_lesson(lesson: str) -> ExerciseSet:
    """A frozen lesson, read against the articles of content/."""
    return load_exercise_set(FROZEN / f"{lesson}.yaml", ROOT / "content")


def frozen_item(lesson: str, item_id: str) -> Item:
    """One item of a frozen lesson; it must be there."""
    item = frozen_lesson(lesson).item(item_id)
    assert item is not None, f"{lesson}: no item {item_id}"
    return item
