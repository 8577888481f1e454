"""A file saved as UTF-16 (Windows Notepad's "Unicode") is text in the wrong encoding: the
teacher is told to save it as UTF-8, not that it is a binary file."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_project import with_seed

from tutor.cli import main

REPO = Path(__file__).resolve().parents[2]
ADVICE = 'saved as UTF-16 ("Unicode" in Windows Notepad), not UTF-8; save it again as UTF-8'


@pytest.fixture
def project(classroom: Path) -> Path:
    return with_seed(classroom, lesson=False)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_an_exercise_file_in_utf16_is_told_to_be_saved_as_utf8(
    project: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    """It was 'exercises/x.yaml:1:1: error: this is a binary file, not YAML text'."""
    text = (REPO / "exercises" / "poutine-coree-du-nord.yaml").read_text("utf-8")
    (project / "exercises" / "poutine-coree-du-nord.yaml").write_bytes(text.encode(encoding))
    status = main(["validate"])
    out, _ = capsys.readouterr()
    assert status == 1
    assert f"exercises/poutine-coree-du-nord.yaml:1:1: error: {ADVICE}" in out
    assert "binary" not in out


def test_an_article_in_utf16_is_told_to_be_saved_as_utf8(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It was 'content/budget.txt: this is not a text file'."""
    body = "Le budget\n\nLe conseil municipal a voté le budget de la ville mardi soir.\n"
    (project / "content" / "budget.txt").write_bytes(body.encode("utf-16"))
    status = main(["generate", "content/budget.txt"])
    out, err = capsys.readouterr()
    assert status == 1 and out == ""
    assert f"content/budget.txt: {ADVICE}" in err
