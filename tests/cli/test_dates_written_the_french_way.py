"""A date a teacher writes the French way where the ISO form is needed (a date item's `value`,
an article's `published`) gets the ISO form of that very date in the message, to copy."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cli_project import with_seed

from tutor.cli import main
from tutor.content import load_article

REPO = Path(__file__).resolve().parents[2]
LESSON = "poutine-coree-du-nord.yaml"


@pytest.fixture
def project(classroom: Path) -> Path:
    """A copy of the shipped seed lesson and its article, the commands run from its folder."""
    return with_seed(classroom)


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("07/2000", "2000-07"),
        ("juillet 2000", "2000-07"),
        ("19/06/2024", "2024-06-19"),
        ("19 juin 2024", "2024-06-19"),
        ("2024/06/19", "2024-06-19"),
        ("15h30", "T15:30"),
        ("15:30", "T15:30"),
    ],
)
def test_a_date_value_gets_its_iso_form(
    project: Path, capsys: pytest.CaptureFixture[str], written: str, iso: str
) -> None:
    """It was '"19/06/2024" is not an ISO date: write 2024-06-19, 2000-07 or 2012 (or a
    duration such as P2D, ...)': the teacher had to work out which of those was meant."""
    lesson = project / "exercises" / LESSON
    text = lesson.read_text("utf-8")
    assert 'value: "2000-07"' in text
    lesson.write_text(text.replace('value: "2000-07"', f'value: "{written}"', 1), "utf-8")
    status = main(["validate", f"exercises/{LESSON}"])
    out, _ = capsys.readouterr()
    assert status == 1
    assert f'.value: "{written}" is not an ISO date: write it {iso}' in out


def test_a_value_that_is_no_date_keeps_the_general_advice(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lesson = project / "exercises" / LESSON
    text = lesson.read_text("utf-8")
    lesson.write_text(text.replace('value: "2000-07"', 'value: "bientôt"', 1), "utf-8")
    main(["validate", f"exercises/{LESSON}"])
    out, _ = capsys.readouterr()
    assert '"bientôt" is not an ISO date: write 2024-06-19, 2000-07 or 2012' in out


@pytest.mark.parametrize(
    ("written", "iso"), [("03/12/2026", "2026-12-03"), ("3 décembre 2026", "2026-12-03")]
)
def test_a_published_date_gets_its_iso_form_and_line(
    project: Path, capsys: pytest.CaptureFixture[str], written: str, iso: str
) -> None:
    """It was "content/budget.md: 'published' must be a date like 2024-06-19": no line, and
    not the teacher's date."""
    body = "Le conseil municipal a voté le budget de la ville mardi soir, après un long débat."
    front = f"---\ntitle: Le budget\nsource: Ouest-France\npublished: {written}\n---\n"
    (project / "content" / "budget.md").write_text(front + body + "\n", "utf-8")
    status = main(["generate", "content/budget.md"])
    out, err = capsys.readouterr()
    assert status == 1 and out == ""
    assert (
        f"content/budget.md:4: 'published' is '{written}', not a date written year-month-day; "
        f"write it {iso}" in err
    )


@pytest.mark.parametrize(
    "stamp", ["2026-12-03T10:00", "2026-12-03 10:00:00+01:00", "2026-12-03T09:30:00Z"]
)
def test_a_published_time_stamp_gives_its_day(project: Path, stamp: str) -> None:
    """A blog's front matter dates to the second ('2026-12-03T10:00:00+01:00'): the article
    was refused with "'published' … write the day like 2024-06-19"."""
    body = "Le conseil municipal a voté le budget de la ville mardi soir, après un long débat."
    front = f"---\ntitle: Le budget\npublished: {stamp}\n---\n"
    (project / "content" / "budget.md").write_text(front + body + "\n", "utf-8")
    assert load_article(project / "content" / "budget.md").published == date(2026, 12, 3)
