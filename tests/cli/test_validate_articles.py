"""`tutor validate` given an article, or the content/ folder, reads the articles as the app does
and says what is wrong with each, instead of reading them as exercise YAML."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_project import with_seed

from tutor.cli import main

REPO = Path(__file__).resolve().parents[2]
BODY = "Le conseil municipal a voté le budget de la ville mardi soir, après un long débat."


@pytest.fixture
def project(classroom: Path) -> Path:
    with_seed(classroom)
    (classroom / "content" / "budget.txt").write_text(f"Le budget\n\n{BODY}\n", "utf-8")
    return classroom


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_a_good_article_is_valid(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'content/budget.txt:3:1: error: invalid YAML: 'Le conseil municipal …' has no ':' after
    it; write "Le conseil municipal …: …"' of a good article."""
    status, out, err = run(capsys, "validate", "content/budget.txt")
    assert status == 0 and out == ""
    assert "1 file checked, 1 valid; 0 errors, 0 warnings" in err


def test_the_content_folder_has_its_articles_checked(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'tutor validate content/' said 'no exercise files found', status 0, of a folder
    holding an article whose front matter had a typo; with a glossary there, it read the
    glossary as an exercise file ("unknown field 'zone euro'")."""
    (project / "content" / "vote.md").write_text(f"---\ntitel: Le vote\n---\n{BODY}\n", "utf-8")
    glossary = "zone euro:\n  pos: NOUN\n  definition: Les pays qui ont l'euro.\n"
    (project / "content" / "glossary.yaml").write_text(glossary, "utf-8")
    status, out, _ = run(capsys, "validate", "content")
    assert status == 1
    assert out == (
        "content/vote.md:2:1: error: front matter: unknown field 'titel'; did you mean "
        "'title'? (the fields are title, source, published, level, licence)\n"
    )


def test_an_article_given_with_exercise_files_is_checked_as_one(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "content" / "vote.md").write_text(
        f"---\npublished: hier\n---\nLe vote\n\n{BODY}\n", "utf-8"
    )
    status, out, err = run(capsys, "validate", "exercises", "content/vote.md")
    assert status == 1
    assert "content/vote.md:2:1: error: 'published' is 'hier', not a date" in out
    assert "2 files checked, 1 valid; 1 error" in err
