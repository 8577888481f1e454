"""A teacher's mistakes in a Markdown article's front matter are named by `tutor generate` with
their line, the field and what to write, before anything is analysed or written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.cli import main
from tutor.content import load_article

BODY = "Le conseil municipal a voté le budget de la ville mardi soir, après un long débat."


@pytest.fixture
def project(classroom: Path) -> Path:
    """A teacher's project folder, the commands run from it."""
    return classroom


def generate(project: Path, capsys: pytest.CaptureFixture[str], front: str) -> tuple[int, str]:
    (project / "content" / "budget.md").write_text(f"---\n{front}---\n{BODY}\n", "utf-8")
    status = main(["generate", "content/budget.md"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and out == ""
    return status, err


@pytest.mark.parametrize(
    ("field", "meant"),
    [
        ("titel", "title"),
        ("Title", "title"),
        ("titre", "title"),
        ("niveau", "level"),
        ("date", "published"),
        ("publié", "published"),
        ("license", "licence"),
    ],
)
def test_a_misspelt_field_is_named_at_its_line(
    project: Path, capsys: pytest.CaptureFixture[str], field: str, meant: str
) -> None:
    """'titel: Le budget' was ignored without a word: the lesson's title became the whole first
    paragraph of the text (a 400-character title in the app's list and the exercise file)."""
    status, err = generate(project, capsys, f"source: Ouest-France\n{field}: Le budget\n")
    assert status == 1
    assert f"content/budget.md:3: front matter: unknown field '{field}'" in err
    assert f"did you mean '{meant}'?" in err
    assert not list((project / "exercises").iterdir())


def test_a_field_of_another_tool_is_left_alone(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Front matter copied from a blog ('author:', 'tags:') is no mistake of ours."""
    (project / "content" / "budget.md").write_text(
        f"---\ntitle: Le budget\nauthor: Jean Dupont\ntags: [ville]\n---\n{BODY}\n", "utf-8"
    )
    article = load_article(project / "content" / "budget.md")
    assert article.title == "Le budget"


@pytest.mark.parametrize("heading", ["# Le budget", "## Le budget", "# Le budget #"])
def test_a_markdown_heading_as_title_loses_its_marks(project: Path, heading: str) -> None:
    """A Markdown article without front matter whose first line is a heading ('# Le budget')
    had the title '# Le budget', shown so to learners and written into the exercise file."""
    (project / "content" / "budget.md").write_text(f"{heading}\n\n{BODY}\n", "utf-8")
    assert load_article(project / "content" / "budget.md").title == "Le budget"


def test_a_hash_in_a_text_title_stays(project: Path) -> None:
    (project / "content" / "budget.txt").write_text(f"#MeToo : un an après\n\n{BODY}\n", "utf-8")
    assert load_article(project / "content" / "budget.txt").title == "#MeToo : un an après"


def test_an_empty_title_field_is_named_at_its_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'title: ""' gave 'content/budget.md:1: the article has no title; write it on the first
    line', of a file whose first line is '---'."""
    status, err = generate(project, capsys, 'source: Ouest-France\ntitle: ""\n')
    assert status == 1
    assert "content/budget.md:3: 'title' is empty; write the title after it" in err
