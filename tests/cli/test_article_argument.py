"""The ARTICLE a teacher gives `tutor extract` and `tutor generate` is a folder or an exercise
file: one line that says so and what to give, status 1, nothing analysed or written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.cli import main

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A teacher's project folder with the shipped lesson, the commands run from it."""
    home = tmp_path / "classe"
    (home / "content" / "bretagne").mkdir(parents=True)
    (home / "exercises").mkdir()
    lesson = REPO / "exercises" / "poutine-coree-du-nord.yaml"
    (home / "exercises" / lesson.name).write_bytes(lesson.read_bytes())
    monkeypatch.delenv("TUTOR_HOME", raising=False)
    monkeypatch.chdir(home)
    return home


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("command", ["extract", "generate"])
@pytest.mark.parametrize("folder", ["content", "content/bretagne", "bretagne"])
def test_a_folder_is_named_a_folder(
    project: Path, capsys: pytest.CaptureFixture[str], command: str, folder: str
) -> None:
    """It was "no such article" of a folder that is there."""
    status, out, err = run(capsys, command, folder)
    assert status == 1 and out == ""
    assert "a folder, not an article; give one of its .txt or .md files" in err
    assert err.count("\n") == 1
    assert not list((project / "exercises").glob("bretagne*"))


@pytest.mark.parametrize("command", ["extract", "generate"])
def test_an_exercise_file_is_not_read_as_an_article(
    project: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """`extract` analysed the YAML as French text and printed its 'key terms'; `generate`
    advised renaming the lesson to poutine-coree-du-nord.txt."""
    lesson = project / "exercises" / "poutine-coree-du-nord.yaml"
    before = lesson.read_bytes()
    status, out, err = run(capsys, command, "exercises/poutine-coree-du-nord.yaml")
    assert status == 1 and out == ""
    assert "exercises/poutine-coree-du-nord.yaml: an exercise file, not an article" in err
    assert "rename" not in err
    assert lesson.read_bytes() == before


def test_an_article_with_an_impossible_date_is_one_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'published: 2024-02-30' printed an UnboundLocalError traceback (the ValueError reached
    an `except` naming classes imported after it)."""
    body = "Le conseil municipal a voté le budget de la ville mardi soir, après un long débat."
    (project / "content" / "budget.md").write_text(
        f"---\ntitle: Le budget\npublished: 2024-02-30\n---\n{body}\n", "utf-8"
    )
    for command in ["extract", "generate"]:
        status, out, err = run(capsys, command, "content/budget.md")
        assert status == 1 and out == ""
        assert "content/budget.md:3: front matter has a date that does not exist" in err
        assert "Traceback" not in err


def test_a_negative_number_of_terms_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'--terms -3' analysed the article and printed "Key terms (best 0 of 1)"."""
    with pytest.raises(SystemExit) as info:
        main(["extract", "--terms", "-3", "content/nothing.txt"])
    assert info.value.code == 2
    assert "argument --terms: -3 is below 0; give 0 or more" in capsys.readouterr().err


@pytest.mark.slow
def test_an_exercises_file_where_the_folder_should_be_is_named(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'cannot write the file (File exists)' said nothing of the file named exercises."""
    body = "Le conseil municipal a voté le budget de la ville mardi soir, après un long débat."
    (project / "content" / "budget.txt").write_text(f"Le budget\n\n{body}\n", "utf-8")
    lesson = project / "exercises" / "poutine-coree-du-nord.yaml"
    lesson.unlink()
    (project / "exercises").rmdir()
    (project / "exercises").write_text("", "utf-8")
    status, out, err = run(capsys, "generate", "content/budget.txt")
    assert status == 1 and out == ""
    assert "is a file, where a folder should be; rename or remove it" in err
