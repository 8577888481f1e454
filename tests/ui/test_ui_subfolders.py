"""Articles a teacher sorted into folders of content/ (content/cm2/…) are on the library's list,
shown after their folder, and open their own lesson; one that has the name of an article of
content/ itself gets a lesson of its own, named as `tutor generate` names it
(exercises/cm2-<name>.yaml), and never takes the other's."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from textual.widgets import DataTable
from ui_helpers import cell, choose_row, open_library, wait_screen, wait_until
from ui_home import Home

from tutor.content import load_article
from tutor.exercise_writer import dump_exercise_document, write_text_atomically
from tutor.ui.catalog import load_catalog
from tutor.ui.screens.reader import ReaderScreen
from tutor.ui.screens.session import SessionScreen

SIZE = (100, 32)
NAME = "poutine-coree-du-nord"
IN_FOLDER = f"cm2/{NAME}"


def _lesson_in_folder(home: Home) -> Path:
    """The shipped article copied into content/cm2/, with a copy of its lesson that points to
    it (under the name `tutor generate` gives it beside the lesson of the article of content/)."""
    folder = home.paths.content / "cm2"
    folder.mkdir()
    shutil.copy(home.paths.content / f"{NAME}.md", folder / f"{NAME}.md")
    lesson = (home.exercises / f"{NAME}.yaml").read_text(encoding="utf-8")
    assert f"  path: {NAME}.md\n" in lesson
    moved = lesson.replace(f"  path: {NAME}.md\n", f"  path: cm2/{NAME}.md\n", 1)
    target = home.exercises / f"cm2-{NAME}.yaml"
    target.write_text(moved, encoding="utf-8")
    return target


async def test_an_article_in_a_folder_is_listed_with_its_folder_and_opens_its_lesson(
    make_app, home: Home
) -> None:
    lesson = _lesson_in_folder(home)
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        library = await open_library(pilot)
        table = library.query_one(DataTable)
        assert library.catalog is not None
        slugs = [e.slug for e in library.catalog.entries]
        assert NAME in slugs and IN_FOLDER in slugs, slugs
        assert slugs.index(IN_FOLDER) == len(slugs) - 1, "folders come after content/ itself"
        title = cell(table, IN_FOLDER, "title")
        assert title.startswith("cm2 › "), title
        assert not cell(table, NAME, "title").startswith("cm2")
        assert "questions" in cell(table, IN_FOLDER, "state")
        await choose_row(pilot, IN_FOLDER)
        await pilot.press("enter")
        reader = await wait_screen(pilot, ReaderScreen)
        assert isinstance(reader, ReaderScreen)
        assert reader.entry.article_path.parent.name == "cm2"
        await pilot.press("e")
        session = await wait_screen(pilot, SessionScreen)
        assert isinstance(session, SessionScreen)
        await wait_until(pilot, lambda: session.answer_widget is not None, "the first item")
        sets = {item.exercise_set.path.name for item in session.lesson.items}
        assert sets == {lesson.name}


def _one_item_generator(article_path: Path, out_path: Path, **kwargs: Any) -> None:
    """A lesson of one item, written where the library asks, naming its article as the real
    generator does (relative to content/)."""
    article = load_article(article_path)
    reference = article_path.relative_to(kwargs["content_dir"]).as_posix()
    first = article.body.split(".")[0] + "."
    document = {
        "format": 1,
        "article": {"path": reference, "hash": article.text_hash},
        "items": [
            {
                "id": "premiere-phrase",
                "type": "true_false",
                "skill": "comprehension",
                "prompt": "Vrai, faux ou on ne sait pas ?",
                "statement": first,
                "answer": True,
                "evidence": first,
            }
        ],
    }
    write_text_atomically(out_path, dump_exercise_document(document))


async def test_a_lesson_made_in_the_app_for_a_namesake_in_a_folder_is_its_own(
    make_app, home: Home
) -> None:
    folder = home.paths.content / "cm2"
    folder.mkdir()
    shutil.copy(home.paths.content / f"{NAME}.md", folder / f"{NAME}.md")
    shipped = (home.exercises / f"{NAME}.yaml").read_text(encoding="utf-8")
    app = make_app(learner="Léa", generator=_one_item_generator)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        library = await open_library(pilot)
        table = library.query_one(DataTable)
        assert cell(table, IN_FOLDER, "state") == "à créer"
        await choose_row(pilot, IN_FOLDER)
        await pilot.press("g")
        await wait_until(pilot, lambda: cell(table, IN_FOLDER, "state") == "1 question", "lesson")
        assert (home.exercises / f"cm2-{NAME}.yaml").is_file()
        assert (home.exercises / f"{NAME}.yaml").read_text(encoding="utf-8") == shipped
        assert "questions" in cell(table, NAME, "state"), "the other article keeps its lesson"


def test_a_folder_article_takes_the_plain_lesson_name_when_it_is_free(home: Home) -> None:
    folder = home.paths.content / "cm2"
    folder.mkdir()
    (folder / "tram.txt").write_text(
        "Brest : le tram\n\nBrest, 14 septembre 2026. – La ligne a été inaugurée samedi.\n",
        encoding="utf-8",
    )
    (home.paths.content / ".cache").mkdir()
    (home.paths.content / ".cache" / "copie.txt").write_text("Copie\n\nTexte.\n", "utf-8")
    entry = load_catalog(home.paths).entry("cm2/tram")
    assert entry is not None and entry.can_generate
    assert entry.exercise_path == home.exercises / "tram.yaml"
    assert load_catalog(home.paths).entry(".cache/copie") is None
