"""`tutor export` told to write where it cannot, or given a folder: one line naming the path,
status 1, never a traceback; with --all the other files are still written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
LESSON = ROOT / "exercises" / "poutine-coree-du-nord.yaml"


@pytest.fixture(autouse=True)
def shipped_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TUTOR_HOME", str(ROOT))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["export", *argv])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_an_output_that_cannot_be_written_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A file in the way of the output's folder printed a FileExistsError traceback."""
    (tmp_path / "quiz").write_text("", "utf-8")
    out_path = tmp_path / "quiz" / "poutine.gift"
    status, out, err = _run(capsys, str(LESSON), "-o", str(out_path))
    assert status == 1 and out == ""
    assert err.endswith(f"tutor export: {out_path}: cannot write the file (File exists)\n")
    assert "Traceback" not in err


def test_all_into_a_folder_that_cannot_be_made_fails_per_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "quiz").write_text("", "utf-8")
    status, _, err = _run(capsys, "--all", "-o", str(tmp_path / "quiz" / "sub"))
    assert status == 1
    assert "poutine-coree-du-nord.gift: cannot write the file" in err
    assert err.rstrip().endswith("files exported") and "Traceback" not in err


def test_a_folder_given_as_the_exercise_file_points_to_all(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """It said "no such exercise file" of a folder that is there."""
    status, out, err = _run(capsys, str(ROOT / "exercises"))
    assert status == 1 and out == ""
    assert "a folder; give one of its exercise files, or --all -o FOLDER" in err
