"""`tutor report` and the learner list over a progress folder holding other files: a teacher's
notes.yaml or a copied exercise file is no learner, and two files of one name are told apart."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_progress_cli import EXERCISES, lesson, record, run  # noqa: F401

from tutor.learners import list_learners
from tutor.model import ExerciseSet

NOTES = "# Notes de la classe\nà revoir:\n  - Zoé: les dates\nrappel: contrôle vendredi\n"


def test_other_yaml_files_are_no_learners(
    tmp_path: Path,
    lesson: ExerciseSet,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    record(tmp_path, "Zoé", lesson, None)
    (tmp_path / "notes.yaml").write_text(NOTES, "utf-8")
    shutil.copy(EXERCISES, tmp_path / "poutine.yaml")
    (tmp_path / "Léa.yaml").write_text("format: 1\nlearner: [Léa\n", "utf-8")  # damaged: kept
    assert [e.path.name for e in list_learners(tmp_path)] == ["Léa.yaml", "Zoé.yaml"]
    status, out, err = run(capsys, "report", str(tmp_path))
    assert "notes.yaml: not a progress file" in err
    assert "poutine.yaml: an exercise file, not a learner's progress file; left out" in err
    assert "Léa.yaml" in err and status == 3  # the damaged one is still reported as before
    assert "Class report: 1 learner(s)" in out and "notes" not in out
    assert (tmp_path / "notes.yaml").read_text("utf-8") == NOTES
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".yaml") == [
        "Léa.yaml",
        "Zoé.yaml",
        "notes.yaml",
        "poutine.yaml",
    ]


def test_a_copy_of_a_learner_s_file_is_told_apart_in_the_report(
    tmp_path: Path,
    lesson: ExerciseSet,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    record(tmp_path, "Zoé", lesson, None)
    shutil.copy(tmp_path / "Zoé.yaml", tmp_path / "Zoé (copie).yaml")
    record(tmp_path, "Ana", lesson, None)
    status, out, _ = run(capsys, "report", str(tmp_path))
    assert status == 0
    assert "Class report: 3 learner(s)" in out
    assert "Zoé (Zoé.yaml)" in out and "Zoé (Zoé (copie).yaml)" in out
    assert "Ana (" not in out  # a name held once is shown as it is
    status, out, _ = run(capsys, "report", "--csv", str(tmp_path))
    learners = {line.split(",")[0].strip('"') for line in out.splitlines()[1:]}
    assert learners == {"Ana", "Zoé (Zoé.yaml)", "Zoé (Zoé (copie).yaml)"}
