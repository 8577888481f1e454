"""`tutor progress`, `review` and `report` on progress files a newer tutor or a hand edit left,
and on a name that matches several learners: one line naming the file and what to do, never a
traceback, the file left as it is."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tutor.attempt import make_attempt
from tutor.cli import main
from tutor.model import Cloze, Skill
from tutor.progress import open_progress
from tutor.scoring import grade


def _record(folder: Path, learner: str) -> Path:
    item = Cloze(
        id="c1",
        skill=Skill.VOCABULARY,
        prompt="Complétez.",
        evidence="Un soutien indéfectible.",
        text="Un soutien ___.",
        answer="indéfectible",
    )
    progress = open_progress(learner, folder)
    when = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    progress.append(make_attempt("l.yaml", "sha256:0", item, grade(item, "x"), "x", when=when))
    progress.close()
    return progress.path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("command", ["progress", "review", "report"])
def test_a_file_of_a_newer_tutor_says_to_update_not_to_move_it_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    path = _record(tmp_path, "Zoé")
    newer = path.read_bytes().replace(b"format: 1", b"format: 7")
    path.write_bytes(newer)
    args = ["--progress-dir", str(tmp_path), "--learner", "Zoé"]
    if command == "report":
        args = [str(tmp_path)]
    status, _, err = _run(capsys, command, *args)
    assert status == 3
    assert "Zoé.yaml: written by a newer version of tutor (format 7" in err
    assert "update tutor" in err
    assert "move it aside" not in err
    assert path.read_bytes() == newer


@pytest.mark.parametrize("command", ["progress", "review", "report"])
def test_an_impossible_time_is_a_bad_file_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """'9999-12-31' overflowed the review schedule (OverflowError) and '0000-...' failed to
    parse (ValueError): both printed a traceback."""
    path = _record(tmp_path, "Zoé")
    for bad in ["9999-12-31T23:59:59.999Z", "0000-01-01T00:00:00.000Z"]:
        damaged = path.read_text("utf-8").replace("2026-03-02T09:00:00.000Z", bad)
        path.write_text(damaged, "utf-8")
        args = ["--progress-dir", str(tmp_path), "--learner", "Zoé"]
        if command == "report":
            args = [str(tmp_path)]
        status, _, err = _run(capsys, command, *args)
        assert status == 3
        assert "Zoé.yaml: not a readable progress file (bad time)" in err
        assert "Traceback" not in err
        assert path.read_text("utf-8") == damaged
        path.write_text(damaged.replace(bad, "2026-03-02T09:00:00.000Z"), "utf-8")


def test_a_name_that_matches_several_learners_lists_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With Zoé.yaml and zoe.yaml, '--learner ZOE' said "no progress for learner 'ZOE'
    (learners: zoe, Zoé)", as if neither were there."""
    _record(tmp_path, "Zoé")
    _record(tmp_path, "zoe")
    status, out, err = _run(capsys, "progress", "--progress-dir", str(tmp_path), "--learner", "ZOE")
    assert status == 1 and out == ""
    assert "several learners match 'ZOE'" in err
    assert "zoe (zoe.yaml), Zoé (Zoé.yaml)" in err
    status, out, _ = _run(capsys, "progress", "--progress-dir", str(tmp_path), "--learner", "Zoé")
    assert status == 0 and out.startswith("Progress of Zoé")


def test_report_on_an_article_says_it_is_no_progress_file_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "not a readable progress file … open the learner in the app to move it aside"
    of an article given by mistake."""
    _record(tmp_path / "classe", "Zoé")
    article = tmp_path / "article.txt"
    article.write_text("Un titre\n\nUn texte.\n", "utf-8")
    status, out, err = _run(capsys, "report", str(article), str(tmp_path / "classe"))
    assert status == 3
    assert "Zoé" in out
    assert f"{article}: not a learner's progress file (those are <name>.yaml files" in err
    assert "move it aside" not in err
    assert article.read_text("utf-8") == "Un titre\n\nUn texte.\n"


def test_a_csv_cell_a_learner_typed_is_never_a_formula(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A learner named '=SUM(1+1)', or an answer '=HYPERLINK(…)', was written as it is to the
    CSV 'for a spreadsheet', which runs a cell opening on '=' as a formula."""
    formula = '=HYPERLINK("http://example.org";"ici")'
    item = Cloze(
        id="c1",
        skill=Skill.VOCABULARY,
        prompt="Complétez.",
        evidence="Un soutien indéfectible.",
        text="Un soutien ___.",
        answer="indéfectible",
    )
    for name in ["=SUM(1+1)", "Zoé", "Léo"]:
        progress = open_progress(name, tmp_path)
        when = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        verdict = grade(item, formula)
        progress.append(make_attempt("l.yaml", "sha256:0", item, verdict, formula, when=when))
        progress.close()
    status, out, _ = _run(capsys, "report", "--csv", str(tmp_path))
    assert status == 0
    assert "\n'=SUM(1+1)," in out and "\n=SUM" not in out
    status, out, _ = _run(capsys, "report", "--items", "--csv", str(tmp_path))
    assert status == 0
    cells = next(csv.reader(io.StringIO(out.splitlines()[1])))
    assert cells[7].lower().startswith("'=hyperlink(")
