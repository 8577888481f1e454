"""The schema comment of a generated file leads an editor to the exercise schema from wherever
the file is written (exercises/, `-o` to another folder, a teacher's folder), and moving a
generated file does not make it an edited one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from gold_facts import CONTENT, ROOT, gold_article

from tutor import exercise_writer
from tutor.exercise_writer import SCHEMA_COMMENT, SCHEMA_COMMENT_START, schema_comment
from tutor.generate import generate_document
from tutor.generate.run import EditedFileError, ensure_replaceable, write_document

SCHEMA = ROOT / "tutor" / "schema" / "exercise.schema.json"


def _generate(path: Path, seed: int = 0) -> str:
    article, facts = gold_article("poutine-coree-du-nord")
    doc = generate_document(article, facts, seed=seed, content_dir=CONTENT)
    write_document(doc, article, path, ensure_replaceable(path, force=False), ())
    return path.read_text(encoding="utf-8")


def _schema_named(text: str, folder: Path) -> Path:
    first = text.splitlines()[0]
    assert first.startswith(SCHEMA_COMMENT_START), first
    return (folder / first.removeprefix(SCHEMA_COMMENT_START)).resolve()


@pytest.mark.parametrize("where", ["lessons", "teacher/classe-b2/semaine-3", "."])
def test_the_comment_names_the_shipped_schema_from_the_files_folder(tmp_path, where):
    out = tmp_path / where / "poutine.yaml"
    text = _generate(out)
    assert _schema_named(text, out.parent) == SCHEMA.resolve()


def test_a_file_in_the_projects_exercises_folder_keeps_its_short_comment():
    assert schema_comment(ROOT / "exercises") == SCHEMA_COMMENT
    assert _schema_named(SCHEMA_COMMENT + "\n", ROOT / "exercises") == SCHEMA.resolve()


def test_a_relative_output_path_is_taken_from_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = _generate(Path("out") / "poutine.yaml")
    assert _schema_named(text, tmp_path / "out") == SCHEMA.resolve()


def test_with_no_relative_path_the_comment_gives_the_absolute_one(tmp_path, monkeypatch):
    """On Windows a folder on another drive has no path relative to tutor's."""

    def no_relative_path(path: str, start: str | None = None) -> str:
        raise ValueError("path is on mount 'D:', start on mount 'C:'")

    monkeypatch.setattr(exercise_writer.os.path, "relpath", no_relative_path)
    comment = schema_comment(tmp_path)
    assert comment == SCHEMA_COMMENT_START + SCHEMA.resolve().as_posix()
    assert os.path.isabs(comment.removeprefix(SCHEMA_COMMENT_START))


def test_a_generated_file_moved_to_another_folder_is_not_an_edited_one(tmp_path):
    first = tmp_path / "a" / "poutine.yaml"
    _generate(first)
    moved = tmp_path / "teacher" / "b" / "poutine.yaml"
    moved.parent.mkdir(parents=True)
    first.rename(moved)
    text = _generate(moved, seed=1)  # unedited: replaced, with the comment of its new folder
    assert "seed: 1" in text
    assert _schema_named(text, moved.parent) == SCHEMA.resolve()


def test_an_edit_after_the_comment_still_counts(tmp_path):
    out = tmp_path / "teacher" / "poutine.yaml"
    text = _generate(out)
    edited = text.replace("Associez chaque", "Reliez chaque", 1)
    out.write_text(edited, encoding="utf-8")
    with pytest.raises(EditedFileError, match="edited since it was generated"):
        _generate(out)
    commented = "# leçon de la semaine 3\n" + text
    out.write_text(commented, encoding="utf-8")
    with pytest.raises(EditedFileError, match="edited since it was generated"):
        _generate(out)
    assert out.read_text(encoding="utf-8") == commented
