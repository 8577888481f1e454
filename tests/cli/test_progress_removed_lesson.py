"""`tutor progress` and `tutor review` after a teacher removed a lesson the learner worked on:
its items still count (they are judged by their last recorded version), and the teacher is told
why, with the folder looked in."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tutor.cli import main
from tutor.exercise_io import load_exercise_set
from tutor.progress import open_progress
from tutor.scoring import grade

REPO = Path(__file__).resolve().parents[2]
LESSON = "psa-suppressions-emplois.yaml"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project copy and one learner who answered every item of the PSA lesson (wrongly, so
    that every item is due)."""
    home = tmp_path / "classe"
    shutil.copytree(REPO / "content", home / "content")
    shutil.copytree(REPO / "exercises", home / "exercises")
    lesson = load_exercise_set(home / "exercises" / LESSON, home / "content")
    progress = open_progress("Zoé", tmp_path / "progress")
    when = datetime.now(UTC) - timedelta(days=3)
    for item in lesson.items:
        progress.record(lesson, item, grade(item, "je ne sais pas"), "je ne sais pas", when=when)
    progress.close()
    monkeypatch.setenv("TUTOR_HOME", str(home))
    monkeypatch.setenv("TUTOR_PROGRESS_DIR", str(tmp_path / "progress"))
    return home


@pytest.mark.parametrize("command", ["progress", "review"])
def test_a_removed_lesson_is_noted(
    project: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "exercises" / LESSON).unlink()
    status = main([command, "--learner", "zoe"])
    out, err = capsys.readouterr()
    assert status == 0
    assert LESSON in out  # still counted: the learner did answer
    assert (
        f"note: {LESSON} is not in {project / 'exercises'}; its items are counted as last "
        "answered (a lesson removed or renamed, or another project folder)"
    ) in err


@pytest.mark.parametrize("command", ["progress", "review"])
def test_no_note_while_the_lesson_is_there(
    project: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, "--learner", "zoe"]) == 0
    assert "note:" not in capsys.readouterr().err


def test_json_output_stays_clean(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "exercises" / LESSON).unlink()
    assert main(["progress", "--learner", "zoe", "--json"]) == 0
    assert capsys.readouterr().err == ""
