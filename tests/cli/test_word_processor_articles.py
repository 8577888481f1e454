"""An article saved from a word processor (.docx, .odt, .pdf) is not plain text: the teacher is
told to save it as plain text, not to rename it (a renamed .docx is still a zip archive)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.cli import main


@pytest.fixture
def project(classroom: Path) -> Path:
    return classroom


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("command", ["generate", "extract"])
@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("budget.docx", b"PK\x03\x04\x14\x00\x06\x00word/document.xml"),
        ("budget.odt", b"PK\x03\x04\x14\x00\x00\x08mimetypeapplication/vnd.oasis"),
        ("budget.rtf", b"{\\rtf1\\ansi Le budget\\par}"),
        ("budget.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
    ],
)
def test_a_word_processor_file_is_to_be_saved_as_plain_text(
    project: Path, capsys: pytest.CaptureFixture[str], command: str, name: str, data: bytes
) -> None:
    """It was 'content/budget.docx: articles are .txt or .md files (a title line, then the
    text); rename it to budget.txt'."""
    (project / "content" / name).write_bytes(data)
    status, out, err = run(capsys, command, f"content/{name}")
    assert status == 1 and out == ""
    assert "rename" not in err
    assert f"content/{name}: not plain text" in err
    assert "content/budget.txt" in err


def test_a_text_file_of_another_suffix_may_be_renamed(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "content" / "budget.text").write_text("Le budget\n\nLe conseil a voté.\n", "utf-8")
    status, _, err = run(capsys, "generate", "content/budget.text")
    assert status == 1
    assert "rename it to budget.txt" in err


@pytest.mark.parametrize("command", ["generate", "extract"])
def test_the_name_of_a_word_file_is_not_no_such_article(
    project: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """'tutor generate budget' beside content/budget.docx said 'budget: no such article'."""
    (project / "content" / "budget.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00word/")
    status, _, err = run(capsys, command, "budget")
    assert status == 1
    assert "content/budget.docx: not plain text" in err


def test_generate_all_names_a_word_file_it_cannot_read(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'tutor generate --all' beside content/budget.docx said 'nothing to do: every article has
    an exercise file', status 0: the teacher's new article was left out without a word."""
    repo = Path(__file__).resolve().parents[2]
    for folder, name in [
        ("content", "poutine-coree-du-nord.md"),
        ("exercises", "poutine-coree-du-nord.yaml"),
    ]:
        (project / folder / name).write_bytes((repo / folder / name).read_bytes())
    (project / "content" / "budget.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00word/")
    status, _, err = run(capsys, "generate", "--all")
    assert status == 1
    assert "content/budget.docx: not plain text (a Word document)" in err
