"""`tutor export`: Moodle GIFT quizzes a teacher imports in the school's LMS, one per exercise
file, read back by a strict reader of what Moodle's importer does; what GIFT cannot hold is
named on the standard error with its file and item id."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gift_reader import read_gift

from tutor.cli import main
from tutor.exercise_io import exercise_files, load_exercise_set

ROOT = Path(__file__).resolve().parent.parent.parent
SHIPPED = exercise_files(ROOT / "exercises")
SYMBOLS = ROOT / "tests" / "data" / "gift"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["export", *argv])
    out = capsys.readouterr()
    return status, out.out, out.err


def _titles_cover_the_items(gift_text: str, path: Path, content: Path) -> None:
    """Every item of the file is a question titled with its id (or its id and -1, -2, ...)."""
    titles = [q.title for q in read_gift(gift_text).questions]
    for item in load_exercise_set(path, content).items:
        assert item.id in titles or f"{item.id}-1" in titles, item.id


def test_all_writes_one_quiz_per_exercise_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TUTOR_HOME", str(ROOT))
    status, out, err = _run(capsys, "--all", "-o", str(tmp_path / "quiz"))
    assert status == 0 and out == ""
    written = sorted((tmp_path / "quiz").iterdir())
    assert [p.name for p in written] == [f"{p.stem}.gift" for p in SHIPPED]
    for path, gift in zip(SHIPPED, written, strict=True):
        _titles_cover_the_items(gift.read_text("utf-8"), path, ROOT / "content")
    assert f"{len(SHIPPED)} of {len(SHIPPED)} files exported" in err
    # the PSA lesson's who-said-what has 2 pairs: named with its file
    assert (
        "psa-suppressions-emplois.yaml: speakers-arnaud-montebourg-philippe-varin: 2 pairs" in err
    )


def test_one_file_by_name_to_the_standard_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TUTOR_HOME", str(ROOT))
    status, out, _ = _run(capsys, "poutine-coree-du-nord")
    assert status == 0
    seed = ROOT / "exercises" / "poutine-coree-du-nord.yaml"
    _titles_cover_the_items(out, seed, ROOT / "content")
    status, _, err = _run(capsys, str(seed), "-o", str(tmp_path / "seed.gift"), "--format", "gift")
    assert status == 0 and "seed.gift: 22 questions" in err
    assert (tmp_path / "seed.gift").read_text("utf-8") == out


def test_a_teachers_folder_with_special_characters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = _run(
        capsys, str(SYMBOLS / "exercises" / "symboles.yaml"), "-o", str(tmp_path / "s.gift")
    )
    assert status == 0
    gift = read_gift((tmp_path / "s.gift").read_text("utf-8"))
    assert gift.categories == ["tutor/Football : victoire 3-2 = finale ? {note} #1"]
    assert "symboles.yaml: qui-a-dit: the extra speakers (Karim Benali) are left out" in err
    assert "symboles.yaml: vf-score: justified" in err


def test_an_item_gift_cannot_hold_is_skipped_and_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shutil.copytree(SYMBOLS, tmp_path / "home")
    lesson = tmp_path / "home" / "exercises" / "symboles.yaml"
    text = lesson.read_text("utf-8")
    text = text.replace("answer: Lille\n  accept:\n  - Lille ~ OSC", "answer: Lille -> OSC")
    lesson.write_text(text, encoding="utf-8")
    status, out, err = _run(capsys, str(lesson))
    assert status == 0
    assert "symboles.yaml: cloze-fin: skipped: every typed answer holds '->'" in err
    titles = [q.title for q in read_gift(out).questions]
    assert "cloze-fin" not in titles and "cloze-buts" in titles
    assert "// cloze-fin: skipped:" in out


def test_a_changed_article_is_a_warning_and_the_quiz_is_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shutil.copytree(SYMBOLS, tmp_path / "home")
    article = tmp_path / "home" / "content" / "symboles.txt"
    article.write_text(article.read_text("utf-8") + "\nUn paragraphe ajouté.\n", encoding="utf-8")
    status, out, err = _run(capsys, str(tmp_path / "home" / "exercises" / "symboles.yaml"))
    assert status == 0 and "warning: article.hash" in err
    assert read_gift(out).questions


def test_wrong_command_lines_and_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TUTOR_HOME", str(ROOT))
    assert _run(capsys, "--all")[0] == 2
    assert _run(capsys)[0] == 2
    assert _run(capsys, "poutine-coree-du-nord", "--all", "-o", str(tmp_path))[0] == 2
    status, _, err = _run(capsys, "no-such-lesson")
    assert status == 1 and "no-such-lesson: no such exercise file" in err
    broken = ROOT / "tests" / "data" / "broken" / "bad-id.yaml"
    status, out, err = _run(capsys, str(broken), "--content", str(ROOT / "content"))
    assert status == 1 and out == ""
    assert "bad-id.yaml:" in err and "is not exported: fix its errors" in err
