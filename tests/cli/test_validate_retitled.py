"""`tutor validate` on a retitled article: a teacher who changes an article's title line is told
which exercise file, what the title was and is, and what to do, as for a changed text; files
written before titles were recorded (the shipped ones) give no false alarm."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from tutor.article_changes import content_fingerprint
from tutor.cli import main
from tutor.generate.document import content_hash, dump_document, stamped

REPO = Path(__file__).resolve().parents[2]
PSA = "psa-suppressions-emplois"
PSA_TITLE = "France : PSA va supprimer 8 000 emplois"
NEW_TITLE = "France : PSA supprime 8 000 emplois"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the project's articles and lessons, the commands run from it."""
    home = tmp_path / "classe"
    shutil.copytree(REPO / "content", home / "content")
    shutil.copytree(REPO / "exercises", home / "exercises")
    monkeypatch.delenv("TUTOR_HOME", raising=False)
    monkeypatch.chdir(home)
    return home


def validate(capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], str]:
    status = main(["validate"])
    out, err = capsys.readouterr()
    return status, out.splitlines(), err


def retitle(article: Path, old: str, new: str) -> None:
    text = article.read_text(encoding="utf-8")
    assert old in text
    article.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_shipped_lessons_give_no_warning(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, lines, err = validate(capsys)
    assert (status, lines) == (0, [])
    assert "9 files checked, 9 valid; 0 errors, 0 warnings" in err


def written_before_titles(project: Path) -> None:
    """The PSA lesson as `tutor generate` wrote it before lessons recorded `article.title`:
    such files are checked through their lesson title while they are as generated."""
    lesson = project / "exercises" / f"{PSA}.yaml"
    data = yaml.safe_load(lesson.read_text(encoding="utf-8"))
    del data["article"]["title"]
    lesson.write_text(dump_document(stamped(data), lesson.parent), encoding="utf-8")


def test_a_retitled_article_is_reported_on_its_generated_lesson(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written_before_titles(project)
    retitle(project / "content" / f"{PSA}.txt", PSA_TITLE, NEW_TITLE)
    status, lines, err = validate(capsys)
    (line,) = lines
    assert line.startswith(f"exercises/{PSA}.yaml:3:8: warning: title: ")
    assert f"it was '{PSA_TITLE}', it is now '{NEW_TITLE}'" in line
    assert f"(content/{PSA}.txt)" in line
    assert f"`tutor generate content/{PSA}.txt` remakes it" in line
    assert f"add `title: '{NEW_TITLE}'` under `article:`" in line
    assert status == 0  # a warning, as for a changed text: the lesson still works
    assert "0 errors, 1 warning" in err


def test_following_the_advice_silences_the_warning(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written_before_titles(project)
    retitle(project / "content" / f"{PSA}.txt", PSA_TITLE, NEW_TITLE)
    lesson = project / "exercises" / f"{PSA}.yaml"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(
        text.replace(f"  path: {PSA}.txt\n", f"  path: {PSA}.txt\n  title: '{NEW_TITLE}'\n"),
        encoding="utf-8",
    )
    status, lines, _ = validate(capsys)
    assert (status, lines) == (0, [])


def test_a_recorded_title_is_compared_even_in_an_edited_file(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The hand-written seed lesson records `article.title`; its article retitled in its front
    matter, the note points at article.title."""
    lesson = project / "exercises" / "poutine-coree-du-nord.yaml"
    old = '"Vladimir Poutine en visite historique en Corée du Nord"'
    assert f"  title: {old}\n" in lesson.read_text(encoding="utf-8")
    retitle(project / "content" / "poutine-coree-du-nord.md", old, '"Poutine à Pyongyang"')
    status, lines, _ = validate(capsys)
    (line,) = lines
    assert line.startswith("exercises/poutine-coree-du-nord.yaml:11:10: warning: article.title: ")
    assert "it was 'Vladimir Poutine en visite historique en Corée du Nord'" in line
    assert "it is now 'Poutine à Pyongyang' (content/poutine-coree-du-nord.md)" in line
    assert "then set article.title to 'Poutine à Pyongyang'" in line
    assert status == 0


def test_a_changed_title_and_text_give_two_notes(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = project / "content" / f"{PSA}.txt"
    retitle(article, PSA_TITLE, NEW_TITLE)
    retitle(article, "très hauts prix.", "très hauts prix. Les syndicats protestent.")
    _, lines, _ = validate(capsys)
    assert sorted(line.split(": ")[2] for line in lines) == ["article.hash", "article.title"]
    assert any("the article's text has changed" in line for line in lines)


def test_a_lesson_title_a_teacher_chose_is_no_retitled_article(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Changing the lesson title of a generated file is an edit, not a sign that the article
    changed: no note (the seed lesson, written by hand, has its own title too)."""
    lesson = project / "exercises" / f"{PSA}.yaml"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text.replace(f"title: '{PSA_TITLE}'", "title: Leçon 3", 1), "utf-8")
    status, lines, _ = validate(capsys)
    assert (status, lines) == (0, [])


def test_the_fingerprint_is_the_one_generate_writes() -> None:
    """Validation reads `generated.content_hash` without loading the generator; both formulas
    must agree, or every generated lesson would lose its title check."""
    for path in sorted((REPO / "exercises").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert content_fingerprint(data) == content_hash(data), path.name


def test_a_generated_lesson_edited_by_hand_keeps_the_title_check(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`tutor generate` records the title under `article:`, so the check survives the teacher's
    edits (a file without it is checked only while it is exactly as generated)."""
    lesson = project / "exercises" / f"{PSA}.yaml"
    assert main(["generate", f"content/{PSA}.txt", "--force"]) == 0
    text = lesson.read_text(encoding="utf-8")
    assert f"  title: '{PSA_TITLE}'" in text or f"  title: {PSA_TITLE}" in text
    lesson.write_text(text.replace("title:", "title: Ma leçon #", 1), encoding="utf-8")
    capsys.readouterr()
    assert validate(capsys)[:2] == (0, [])
    retitle(project / "content" / f"{PSA}.txt", PSA_TITLE, NEW_TITLE)
    status, lines, _ = validate(capsys)
    (line,) = lines
    assert status == 0
    assert f"exercises/{PSA}.yaml:" in line and "warning: article.title: " in line
    assert PSA_TITLE in line and NEW_TITLE in line
