"""`tutor validate` given a --content folder that is not there (one line, not one per file) or a
file twice (checked once), and a teacher's glossary whose definition is not text (said so, at
the definition)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.cli import main

REPO = Path(__file__).resolve().parents[2]


def test_a_missing_content_folder_is_said_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each file said "article '…' not found in …/nope", nine lines for the shipped lessons."""
    status = main(["validate", "--content", str(tmp_path / "nope"), str(REPO / "exercises")])
    out, err = capsys.readouterr()
    assert status == 1 and out == ""
    assert err == f"tutor validate: --content {tmp_path / 'nope'}: no such folder\n"


def test_a_glossary_definition_that_is_not_text_is_named_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`definition: [x]` and `definition: 3` were "the definition is missing", at the term."""
    (tmp_path / "content").mkdir()
    (tmp_path / "exercises").mkdir()
    glossary = "munition:\n  pos: NOUN\n  definition: [x]\nallié:\n  definition: 3\n"
    (tmp_path / "content" / "glossary.yaml").write_text(glossary, "utf-8")
    status = main(["validate", "--content", str(tmp_path / "content"), str(tmp_path / "exercises")])
    out, _ = capsys.readouterr()
    assert status == 1
    assert "glossary.yaml:3:15: error: 'munition': the definition must be text, not a list" in out
    assert "glossary.yaml:5:15: error: 'allié': the definition must be text, not 3" in out


def test_a_file_named_twice_is_checked_once(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """'tutor validate exercises exercises/x.yaml' checked x.yaml twice and warned 'the app
    does not show this file: x.yaml is also a lesson of …' of the file and itself."""
    monkeypatch.chdir(REPO)
    lesson = "exercises/poutine-coree-du-nord.yaml"
    status = main(["validate", lesson, "exercises", f"./{lesson}"])
    out, err = capsys.readouterr()
    assert status == 0 and out == ""
    assert err.startswith(f"{len(list((REPO / 'exercises').glob('*.yaml')))} files checked")
    assert ", 0 warnings" in err
