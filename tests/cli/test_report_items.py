"""`tutor report --items`: which items a class missed, from real progress files of the shipped
seed lesson, answered through the real scorer."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tutor.cli import main
from tutor.exercise_io import load_exercise_set
from tutor.model import Choice, ExerciseSet
from tutor.progress import open_progress
from tutor.scoring import grade

ROOT = Path(__file__).resolve().parent.parent.parent
EXERCISES = ROOT / "exercises" / "poutine-coree-du-nord.yaml"
HARD = "qui-rencontre-poutine"  # everyone picks "Kim Jong-il" first
EASY = "veto-onu"  # everyone right


@pytest.fixture(scope="module")
def lesson() -> ExerciseSet:
    return load_exercise_set(EXERCISES, ROOT / "content")


def _answer(lesson: ExerciseSet, folder: Path, learner: str, item_id: str, answer: str) -> None:
    item = lesson.item(item_id)
    assert isinstance(item, Choice)
    progress = open_progress(learner, folder)
    when = datetime.now(UTC) - timedelta(days=2)
    progress.record(lesson, item, grade(item, answer), answer, when=when)


@pytest.fixture
def classroom(tmp_path: Path, lesson: ExerciseSet) -> Path:
    hard, easy = lesson.item(HARD), lesson.item(EASY)
    assert isinstance(hard, Choice) and isinstance(easy, Choice)
    for learner in ("Zoé", "Léo", "Ana"):
        _answer(lesson, tmp_path, learner, HARD, "Kim Jong-il")
        _answer(lesson, tmp_path, learner, HARD, hard.answer)  # a review: does not count
        _answer(lesson, tmp_path, learner, EASY, easy.answer)
    return tmp_path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    return status, capsys.readouterr().out


def test_the_item_nobody_got_right_first_comes_first_and_is_flagged(
    classroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _run(capsys, "report", "--items", str(classroom))
    assert status == 0
    assert "Item analysis: 3 learner(s)" in out and "poutine-coree-du-nord.yaml" in out
    rows = [line for line in out.splitlines() if line.startswith((HARD, EASY))]
    assert [r.split()[0] for r in rows] == [HARD, EASY]
    hard, easy = rows
    assert "0/3" in hard and "0%" in hard and "kim jong-il" in hard and "hard: check" in hard
    assert "3/3" in easy and "100%" in easy and "all right" in easy
    assert "1 item(s) under 30%" in out


def test_items_as_csv(classroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = _run(capsys, "report", "--items", "--csv", str(classroom))
    assert status == 0
    rows = {r["item"]: r for r in csv.DictReader(io.StringIO(out))}
    assert rows[HARD]["learners"] == "3" and rows[HARD]["right_first"] == "0"
    assert rows[HARD]["facility"] == "0.0000"
    assert rows[HARD]["common_wrong_answer"] == "kim jong-il"
    assert rows[EASY]["facility"] == "1.0000" and rows[EASY]["flag"] == "all right"


def test_answers_to_an_older_version_of_an_item_are_left_out(
    tmp_path: Path, lesson: ExerciseSet, capsys: pytest.CaptureFixture[str]
) -> None:
    """A teacher changed the right answer: the class's earlier answers were scored against
    another one and say nothing of the item as it is now."""
    import dataclasses

    item = lesson.item(HARD)
    assert isinstance(item, Choice)
    older = dataclasses.replace(item, answer="Kim Jong-il")
    progress = open_progress("Zoé", tmp_path)
    when = datetime.now(UTC) - timedelta(days=2)
    progress.record(lesson, older, grade(older, "Kim Jong-il"), "Kim Jong-il", when=when)
    status, out = _run(capsys, "report", "--items", "--csv", str(tmp_path))
    assert status == 0
    assert HARD not in out
