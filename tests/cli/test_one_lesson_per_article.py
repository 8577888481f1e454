"""Two exercise files for one article: the app shows only the first by name, so the teacher is
told which one is left out, by `tutor validate` and in the library."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tutor.cli import main
from tutor.paths import ProjectPaths
from tutor.ui.catalog import load_catalog

REPO = Path(__file__).resolve().parents[2]
NAME = "poutine-coree-du-nord"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A teacher's folder: the article, its lesson, and a copy of the lesson named so that it
    comes first ('-o exercises/a-ma-version.yaml' to compare, then forgotten)."""
    (tmp_path / "content").mkdir()
    (tmp_path / "exercises").mkdir()
    shutil.copy(REPO / "content" / f"{NAME}.md", tmp_path / "content")
    lesson = REPO / "exercises" / f"{NAME}.yaml"
    shutil.copy(lesson, tmp_path / "exercises")
    shutil.copy(lesson, tmp_path / "exercises" / "a-ma-version.yaml")
    return tmp_path


def test_validate_warns_of_the_file_the_app_leaves_out(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project)
    status = main(["validate"])
    out, err = capsys.readouterr()
    assert status == 0  # a warning: both files are fine on their own
    lines = [line for line in out.splitlines() if "does not show" in line]
    assert len(lines) == 1
    assert lines[0].startswith(f"exercises/{NAME}.yaml:9:9: warning: article.path: ")
    assert f"a-ma-version.yaml is also a lesson of {NAME}.md" in lines[0]
    assert "2 files checked, 2 valid; 0 errors, 1 warning" in err


def test_validate_of_one_file_or_another_folder_says_nothing_of_it(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only files of one exercises/ folder compete for an article."""
    monkeypatch.chdir(project)
    main(["validate", f"exercises/{NAME}.yaml"])
    assert "does not show" not in capsys.readouterr().out
    other = project / "essais"
    other.mkdir()
    shutil.move(project / "exercises" / "a-ma-version.yaml", other)
    main(["validate", "--content", "content", "exercises", "essais"])
    assert "does not show" not in capsys.readouterr().out


def test_the_library_tells_the_teacher_too(project: Path) -> None:
    catalog = load_catalog(ProjectPaths(project))
    entry = catalog.entry(NAME)
    assert entry is not None and entry.exercise_path is not None
    assert entry.exercise_path.name == "a-ma-version.yaml"
    notes = [p for p in catalog.problems if "does not show" in p]
    assert len(notes) == 1 and notes[0].startswith(str(project / "exercises" / f"{NAME}.yaml"))
