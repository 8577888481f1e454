"""One damaged line in a learner's progress file (an editor's tab, a line cut by hand) does not
take the learner out of the teacher's report: the answers that can be read are counted, the
damaged line is named by its number, and the file is left as it is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tutor.cli import main
from tutor.exercise_io import load_exercise_set
from tutor.progress import open_progress
from tutor.scoring import grade

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def classroom(tmp_path: Path) -> Path:
    """Zoé and Karim answered the seed lesson's choice items, Karim all wrong."""
    lesson = load_exercise_set(REPO / "exercises" / "poutine-coree-du-nord.yaml", REPO / "content")
    choices = [item for item in lesson.items if item.kind == "choice"]
    assert len(choices) >= 3
    when = datetime.now(UTC) - timedelta(days=2)
    for learner in ("Zoé", "Karim"):
        progress = open_progress(learner, tmp_path)
        for item in choices:
            answer = item.answer if learner == "Zoé" else "je ne sais pas"  # type: ignore[attr-defined]
            progress.record(lesson, item, grade(item, answer), answer, when=when)
        progress.close()
    return tmp_path


def damage(path: Path, how: str) -> tuple[int, int]:
    """The second answer line damaged: a tab before it (the answer still reads) or cut in the
    middle (it is lost). Its line number, and the answers that can still be read."""
    lines = path.read_text("utf-8").split("\n")
    answers = [n for n, line in enumerate(lines) if line.startswith("- {")]
    second = lines[answers[1]]
    lines[answers[1]] = "\t" + second if how == "tab" else second[: len(second) // 2]
    path.write_text("\n".join(lines), "utf-8")
    return answers[1] + 1, len(answers) - (how == "cut")


@pytest.mark.parametrize("how", ["tab", "cut"])
def test_report_counts_the_readable_answers_and_names_the_line(
    classroom: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    """Karim was left out of the class report: 'tutor report: …/Karim.yaml: not a readable
    progress file (not valid YAML: while scanning for the next token). …'"""
    path = classroom / "Karim.yaml"
    line, readable = damage(path, how)
    before = path.read_bytes()
    status = main(["report", str(classroom)])
    out, err = capsys.readouterr()
    assert status == 3
    assert "Class report: 2 learner(s)" in out
    karim = [row for row in out.splitlines() if row.startswith("Karim ")]
    assert sum(int(row.split()[2]) for row in karim) == readable  # attempts over the skills
    assert f"Karim.yaml: damaged at line {line}" in err
    assert f"the figures count the {readable} answers that can still be read" in err
    assert "while scanning" not in err
    assert path.read_bytes() == before


def test_progress_shows_the_learner_with_the_same_warning(
    classroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = classroom / "Karim.yaml"
    line, readable = damage(path, "cut")
    status = main(["progress", "--progress-dir", str(classroom), "--learner", "Karim"])
    out, err = capsys.readouterr()
    assert status == 3
    assert out.startswith("Progress of Karim")
    assert f"Total: {readable} attempts" in out
    assert f"Karim.yaml: damaged at line {line}" in err
