"""A teacher's own folder (content/ and exercises/) used from another folder: `tutor generate`
writes the exercise file beside the article's content/, and `tutor validate` finds the article
there, instead of writing into, and looking in, the project the command runs from."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tutor.cli import main

REPO = Path(__file__).resolve().parents[2]
ARTICLE = "poutine-coree-du-nord"
OWN_NAME = "mon-article-a-moi"
"""A name no article of the project has: found only in the teacher's folder."""


@pytest.fixture
def teacher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A teacher's folder with one article, the command run from the project's checkout."""
    home = tmp_path / "classe"
    (home / "content").mkdir(parents=True)
    shutil.copy(REPO / "content" / f"{ARTICLE}.md", home / "content" / f"{OWN_NAME}.md")
    monkeypatch.delenv("TUTOR_HOME", raising=False)
    monkeypatch.chdir(REPO)
    return home


def test_validate_finds_the_article_beside_the_exercises_folder(
    teacher: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (teacher / "exercises").mkdir()
    text = (REPO / "exercises" / f"{ARTICLE}.yaml").read_text(encoding="utf-8")
    text = text.replace(f"path: {ARTICLE}.md", f"path: {OWN_NAME}.md")
    assert f"path: {OWN_NAME}.md" in text
    (teacher / "exercises" / f"{OWN_NAME}.yaml").write_text(text, encoding="utf-8")
    status = main(["validate", str(teacher / "exercises")])
    out, err = capsys.readouterr()
    assert "not found" not in out, out
    assert status == 0, out
    assert "1 file checked, 1 valid" in err


@pytest.mark.slow
def test_generate_writes_beside_the_articles_folder(
    teacher: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stray = REPO / "exercises" / f"{OWN_NAME}.yaml"
    try:
        status = main(["generate", str(teacher / "content" / f"{OWN_NAME}.md")])
        out, err = capsys.readouterr()
        assert status == 0, err
        written = teacher / "exercises" / f"{OWN_NAME}.yaml"
        assert written.is_file(), out
        assert str(written) in out
        assert not stray.exists(), "written into the project the command ran from"
        assert main(["validate", str(teacher / "exercises")]) == 0
    finally:
        stray.unlink(missing_ok=True)


def test_report_on_the_exercises_folder_says_it_is_not_progress(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`tutor report exercises/` told the teacher, file after file, to open each "learner" in
    the app to repair it, printed an empty class table and "Nobody is behind.", and left a
    `.name.lock` file beside every exercise file."""
    folder = tmp_path / "exercises"
    folder.mkdir()
    for name in (f"{ARTICLE}.yaml", "psa-suppressions-emplois.yaml"):
        shutil.copy(REPO / "exercises" / name, folder / name)
    status = main(["report", str(folder)])
    out, err = capsys.readouterr()
    assert status != 0
    assert err.count("an exercise file, not a learner's progress file") == 2, err
    assert "open the learner in the app" not in err
    assert "Nobody is behind" not in out and "Class report" not in out
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{ARTICLE}.yaml", "psa-suppressions-emplois.yaml"]
    )
