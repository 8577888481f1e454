"""A progress file whose times have the right shape but name no usable moment (a hand edit, a
broken clock): the answer is treated as damaged, never a crash of the app or of a report."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tutor.attempt import make_attempt
from tutor.learners import list_learners
from tutor.model import Cloze, Skill
from tutor.progress import ProgressFileError, open_progress
from tutor.progress_check import attempt_problem
from tutor.review import review_queue
from tutor.scoring import grade

GOOD_TIME = "2026-03-02T09:00:00.000Z"


def _file_with_three_answers(folder: Path) -> Path:
    item = Cloze(
        id="c1",
        skill=Skill.VOCABULARY,
        prompt="Complétez.",
        evidence="Un soutien indéfectible.",
        text="Un soutien ___.",
        answer="indéfectible",
    )
    progress = open_progress("Zoé", folder)
    for minute, answer in enumerate(["rien", "indefectible", "indéfectible"]):
        when = datetime(2026, 3, 2, 9, minute, tzinfo=UTC)
        verdict = grade(item, answer)
        progress.append(make_attempt("l.yaml", "sha256:0", item, verdict, answer, when=when))
    progress.close()
    return progress.path


@pytest.mark.parametrize(
    "bad_time",
    ["0000-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "2026-02-30T10:00:00.000Z"],
    ids=["year-0", "year-9999", "30-february"],
)
def test_a_time_no_schedule_can_use_is_a_damaged_answer(tmp_path: Path, bad_time: str) -> None:
    path = _file_with_three_answers(tmp_path)
    text = path.read_text("utf-8")
    assert text.count(GOOD_TIME) == 1
    damaged = text.replace(GOOD_TIME, bad_time)
    path.write_text(damaged, "utf-8")

    with pytest.raises(ProgressFileError, match="bad time"):
        open_progress("Zoé", tmp_path, read_only=True)
    assert path.read_text("utf-8") == damaged

    progress = open_progress("Zoé", tmp_path)
    assert [w.kind for w in progress.warnings] == ["corrupt"]
    assert len(progress.attempts) == 2
    assert [c.read_text("utf-8") for c in tmp_path.glob("Zoé.corrupt-*.yaml")] == [damaged]
    now = datetime(2026, 3, 10, tzinfo=UTC)
    assert len(review_queue(progress, now)) == 1


def test_the_farthest_and_earliest_times_still_schedule() -> None:
    record = {
        "item": "c1",
        "exercise": "l.yaml",
        "article": "sha256:0",
        "fingerprint": "sha256:0123456789abcdef",
        "skill": "vocabulary",
        "kind": "cloze",
        "answer": "x",
        "outcome": "incorrect",
        "points": 0,
        "max_points": 1,
        "hint": False,
    }
    for time in ["0001-01-01T00:00:00Z", "9000-12-31T23:59:59.999Z"]:
        assert attempt_problem({**record, "time": time}) is None
    assert attempt_problem({**record, "time": "9001-01-01T00:00:00Z"}) == "bad time"
    assert datetime(9000, 12, 31, tzinfo=UTC) + timedelta(days=36_500) < datetime.max.replace(
        tzinfo=UTC
    )


def test_an_unquoted_date_that_does_not_exist_is_a_damaged_header(tmp_path: Path) -> None:
    """'created: 2024-02-30' (unquoted: PyYAML builds the date) raised a bare ValueError out of
    the reader: the app quit and tutor progress/report printed a traceback."""
    path = _file_with_three_answers(tmp_path)
    lines = path.read_text("utf-8").splitlines(keepends=True)
    damaged = "".join("created: 2024-02-30\n" if x.startswith("created:") else x for x in lines)
    path.write_text(damaged, "utf-8")

    assert [e.name for e in list_learners(tmp_path)] == ["Zoé"]
    with pytest.raises(ProgressFileError, match="day is out of range for month"):
        open_progress("Zoé", tmp_path, read_only=True)
    assert path.read_text("utf-8") == damaged

    progress = open_progress("Zoé", tmp_path)
    assert [w.kind for w in progress.warnings] == ["corrupt"]
    assert len(progress.attempts) == 3


@pytest.mark.parametrize("value", ["!!timestamp x", "!!bool x"])
def test_a_tag_on_a_value_it_does_not_fit_is_a_damaged_header(tmp_path: Path, value: str) -> None:
    """'created: !!timestamp x' raised AttributeError and '!!bool x' KeyError out of PyYAML:
    tracebacks in the CLI, and the app quit."""
    path = _file_with_three_answers(tmp_path)
    lines = path.read_text("utf-8").splitlines(keepends=True)
    path.write_text(
        "".join(f"created: {value}\n" if x.startswith("created:") else x for x in lines)
    )
    assert [e.name for e in list_learners(tmp_path)] == ["Zoé"]
    with pytest.raises(ProgressFileError, match="a value that does not fit its !!tag"):
        open_progress("Zoé", tmp_path, read_only=True)
    assert len(open_progress("Zoé", tmp_path).attempts) == 3


def test_an_amount_too_large_to_write_back_is_a_damaged_answer(tmp_path: Path) -> None:
    """'"max_points": 1e400' reads as infinity, passed the check, and stopped the app when the
    record was written back (JSON has no infinity)."""
    path = _file_with_three_answers(tmp_path)
    lines = path.read_text("utf-8").splitlines(keepends=True)
    lines[-1] = lines[-1].replace('"max_points": 1.0', '"max_points": 1e400')
    path.write_text("".join(lines), "utf-8")
    with pytest.raises(ProgressFileError, match="bad max_points"):
        open_progress("Zoé", tmp_path, read_only=True)
    progress = open_progress("Zoé", tmp_path)
    assert [w.kind for w in progress.warnings] == ["corrupt"]
    assert len(progress.attempts) == 2
    assert len(open_progress("Zoé", tmp_path, read_only=True).attempts) == 2
