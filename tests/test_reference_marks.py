"""Note marks pasted from a wiki ("a cabré[1] au lieu de piquer[2]"): the learner never reads
them in the article, a gapped sentence or a proof; a lesson written while the article still had
them validates as before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from tutor.cli import main
from tutor.content import load_article, parse_article
from tutor.generate.document import dump_document, stamped
from tutor.reference_marks import REFERENCE_MARKS

REPO = Path(__file__).resolve().parents[1]
RIO = "rio-paris-rapport-bea"


def test_the_rio_article_reads_without_its_note_marks() -> None:
    body = load_article(REPO / "content" / f"{RIO}.txt").body
    assert "a cabré au lieu de piquer lorsque" in body
    assert "[1]" not in body and "[2]" not in body


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Le texte[réf. nécessaire] est adopté.", "Le texte est adopté."),
        ("Il est parti en 2012[Quand ?][3].", "Il est parti en 2012."),
        ("Il a dit qu'il « gagnerait [sic] » le match.", None),
        ("« Nous voulons […] la paix », a-t-il dit.", None),
        ("Voir le tableau [en bas de page].", None),
    ],
)
def test_only_marks_glued_to_a_word_go(written: str, read: str | None) -> None:
    article = parse_article(f"Titre\n\n{written}\n", Path("a.txt"))
    assert article.body == (read or written)


def test_no_shipped_lesson_shows_a_note_mark() -> None:
    for lesson in sorted((REPO / "exercises").glob("*.yaml")):
        text = lesson.read_text(encoding="utf-8")
        assert not REFERENCE_MARKS.search(text), lesson.name


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "classe"
    shutil.copytree(REPO / "content", home / "content")
    shutil.copytree(REPO / "exercises", home / "exercises")
    monkeypatch.delenv("TUTOR_HOME", raising=False)
    monkeypatch.chdir(home)
    return home


def test_a_lesson_that_quotes_the_marks_still_validates(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A teacher's lesson from before: its proof sentence has the marks, as the file has."""
    lesson = project / "exercises" / f"{RIO}.yaml"
    data = yaml.safe_load(lesson.read_text(encoding="utf-8"))
    item = next(i for i in data["items"] if "l'incident a cabré" in i["evidence"])
    plain = item["evidence"].replace("cabré[1]", "cabré").replace("piquer[2]", "piquer")
    item["evidence"] = plain.replace("a cabré au lieu de piquer", "a cabré[1] au lieu de piquer[2]")
    assert "cabré[1]" in item["evidence"]
    lesson.write_text(dump_document(stamped(data), lesson.parent), encoding="utf-8")
    status = main(["validate"])
    out, err = capsys.readouterr()
    assert (status, out) == (0, "")
    assert "0 errors, 0 warnings" in err
