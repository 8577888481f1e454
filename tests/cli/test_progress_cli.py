"""`tutor progress`, `tutor review` and `tutor report` on real progress files."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tutor.cli import main
from tutor.exercise_io import load_exercise_set
from tutor.learners import remember_last_learner
from tutor.model import (
    Chronology,
    ExerciseSet,
    Item,
    OpenQuestion,
    SpeakerMatch,
    TermMatch,
    TrueFalse,
)
from tutor.progress import open_progress
from tutor.scoring import grade

ROOT = Path(__file__).resolve().parent.parent.parent
EXERCISES = ROOT / "exercises" / "poutine-coree-du-nord.yaml"


def right_answer(item: Item) -> object:
    if isinstance(item, TrueFalse):
        return {"truth": item.answer.value, "justification": item.evidence}
    if isinstance(item, SpeakerMatch):
        return {p.quote: p.speaker for p in item.pairs}
    if isinstance(item, TermMatch):
        return {p.term: p.definition for p in item.pairs}
    if isinstance(item, Chronology):
        return [e.text for e in item.events]
    if isinstance(item, OpenQuestion):
        return item.model_answer
    return item.answer  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def lesson() -> ExerciseSet:
    return load_exercise_set(EXERCISES, ROOT / "content")


def record(folder: Path, learner: str, lesson: ExerciseSet, wrong_skill: str | None) -> None:
    progress = open_progress(learner, folder)
    when = datetime.now(UTC) - timedelta(days=5)
    for item in lesson.items:
        answer = "je ne sais pas" if item.skill == wrong_skill else right_answer(item)
        progress.record(lesson, item, grade(item, answer), answer, when=when)  # type: ignore[arg-type]


@pytest.fixture
def classroom(tmp_path: Path, lesson: ExerciseSet) -> Path:
    record(tmp_path, "Zoé Martin", lesson, None)
    record(tmp_path, "Léo Dubois", lesson, "dates")
    record(tmp_path, "Ana", lesson, None)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


# --- tutor progress ------------------------------------------------------------------------------


def test_progress_per_skill_and_article(
    classroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(
        capsys, "progress", "--progress-dir", str(classroom), "--learner", "Léo Dubois"
    )
    assert status == 0 and err == ""
    assert "Progress of Léo Dubois" in out
    lines = {line.split()[0]: line.split() for line in out.splitlines() if line.strip()}
    assert lines["dates"][2] == "0%"
    assert lines["comprehension"][2] == "100%"
    assert "poutine-coree-du-nord.yaml" in out


def test_progress_json_for_scripts(classroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "progress", "--progress-dir", str(classroom), "--learner", "zoe martin", "--json"
    )
    assert status == 0
    document = json.loads(out)
    assert document["learner"] == "Zoé Martin"
    assert document["skills"]["vocabulary"]["accuracy"] == 1.0
    total = document["total"]
    assert total["attempts"] == total["items"] > 0
    assert total["due"] == total["items"]  # answered five days ago: every item is due again
    assert document["exercises"]["poutine-coree-du-nord.yaml"]["attempts"] == total["attempts"]


def test_progress_uses_the_environment_and_the_last_learner(
    classroom: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TUTOR_PROGRESS_DIR", str(classroom))
    remember_last_learner(classroom, "Ana")
    status, out, _ = run(capsys, "progress")
    assert status == 0 and "Progress of Ana" in out


def test_several_learners_and_no_choice_is_an_error(
    classroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "progress", "--progress-dir", str(classroom))
    assert status == 1 and out == ""
    assert "--learner" in err and "Zoé Martin" in err and "Traceback" not in err


def test_unknown_learner(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "progress", "--progress-dir", str(tmp_path), "--learner", "Nobody")
    assert status == 1
    assert "no progress for learner 'Nobody'" in err


def test_a_corrupted_file_is_reported_and_left_alone(
    classroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = classroom / "Ana.yaml"
    path.write_bytes(b"format: 1\nlearner: [unclosed\n")
    status, out, err = run(capsys, "progress", "--progress-dir", str(classroom), "--learner", "Ana")
    assert status == 3 and out == ""
    assert "not a readable progress file" in err and "Traceback" not in err
    assert path.read_bytes() == b"format: 1\nlearner: [unclosed\n"


def test_a_torn_last_line_is_a_warning_not_an_error(
    classroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open(classroom / "Ana.yaml", "ab") as handle:
        handle.write(b'- {"item": "x", "exer')
    status, out, err = run(capsys, "progress", "--progress-dir", str(classroom), "--learner", "Ana")
    assert status == 0 and "Progress of Ana" in out
    assert "incomplete" in err


# --- tutor review --------------------------------------------------------------------------------


def test_review_lists_the_due_items(
    classroom: Path, capsys: pytest.CaptureFixture[str], lesson: ExerciseSet
) -> None:
    status, out, _ = run(capsys, "review", "--progress-dir", str(classroom), "--learner", "Ana")
    assert status == 0
    assert f"{len(lesson.items)} item(s) to review for Ana" in out
    assert "qui-rencontre-poutine" in out and "3 d 0 h" in out  # due two days after answering


def test_review_json(classroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "review", "--progress-dir", str(classroom), "--learner", "Léo Dubois", "--json"
    )
    assert status == 0
    queue = json.loads(out)
    assert queue[0]["overdue_seconds"] >= queue[-1]["overdue_seconds"] > 0
    wrong = {d["item"] for d in queue if d["last_outcome"] == "incorrect"}
    assert wrong and all(d["skill"] == "dates" for d in queue if d["item"] in wrong)


def test_review_with_nothing_due(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lesson: ExerciseSet
) -> None:
    progress = open_progress("Zoé", tmp_path)
    item = lesson.items[0]
    progress.record(lesson, item, grade(item, right_answer(item)), right_answer(item))  # type: ignore[arg-type]
    status, out, _ = run(capsys, "review", "--progress-dir", str(tmp_path))
    assert status == 0 and out.startswith("Nothing to review now for Zoé")


def test_review_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "review", "--progress-dir", str(tmp_path / "none"))
    assert status == 1 and "no learner's progress" in err


# --- tutor report --------------------------------------------------------------------------------


def test_report_table_shows_who_is_behind(
    classroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "report", str(classroom))
    assert status == 0 and err == ""
    assert "Class report: 3 learner(s)" in out
    rows = [line.split() for line in out.splitlines() if line.startswith("Léo Dubois")]
    dates = next(r for r in rows if r[2] == "dates")
    assert dates[-1] == "yes"
    assert "Léo Dubois: dates (0%" in out
    assert "Ana: " not in out.split("Behind:")[1]


def test_report_csv(classroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(classroom / "Ana.yaml"), str(classroom / "Léo Dubois.yaml")]
    status, out, _ = run(capsys, "report", *files, "--csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["learner"] for r in rows} == {"Ana", "Léo Dubois"}
    assert len(rows) == 8  # 2 learners x 4 skills
    leo_dates = next(r for r in rows if r["learner"] == "Léo Dubois" and r["skill"] == "dates")
    assert leo_dates["accuracy"] == "0.0000" and leo_dates["behind"] == "below 60%"
    assert int(leo_dates["items_due"]) > 0


def test_report_goes_on_past_a_broken_file(
    classroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (classroom / "Ana.yaml").write_text("learner: [Ana\nattempts:\n", encoding="utf-8")
    status, out, err = run(capsys, "report", str(classroom))
    assert status == 3
    assert "Ana.yaml" in err and "Class report: 2 learner(s)" in out


def test_report_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "report", str(tmp_path / "missing"))
    assert status == 1 and "no such file or folder" in err
    status, _, err = run(capsys, "report", str(tmp_path))
    assert status == 1 and f"no progress files found in {tmp_path}" in err


def test_review_a_question_just_missed_is_due_now(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lesson: ExerciseSet
) -> None:
    """A missed item comes back a minute later, and counts as due before that: its delay reads
    'now', not '-1 d 23 h' (a few seconds below zero, floor-divided into days)."""
    progress = open_progress("Zoé", tmp_path)
    item = next(i for i in lesson.items if i.skill.value == "dates")
    progress.record(lesson, item, grade(item, "je ne sais pas"), "je ne sais pas")
    status, out, _ = run(capsys, "review", "--progress-dir", str(tmp_path))
    assert status == 0 and item.id in out
    row = next(line for line in out.splitlines() if item.id in line)
    assert row.split()[0] == "now" and "-1" not in row


def test_report_without_a_path_reads_the_apps_progress_folder(
    classroom: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A teacher on the class computer need not know where the app keeps progress files."""
    monkeypatch.setenv("TUTOR_PROGRESS_DIR", str(classroom))
    status, out, _ = run(capsys, "report")
    assert status == 0 and "Class report: 3 learner(s)" in out
    monkeypatch.setenv("TUTOR_PROGRESS_DIR", str(classroom / "none-yet"))
    status, _, err = run(capsys, "report")
    assert status == 1 and "no progress files found in" in err and "none-yet" in err
