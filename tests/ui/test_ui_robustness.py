"""Nothing a teacher or a crash leaves behind stops the app: broken exercise files, damaged
progress files, an article that cannot be read."""

from __future__ import annotations

import shutil

from textual.widgets import DataTable, Input, OptionList
from ui_helpers import cell, choose_row, notifications, open_library, text, wait_screen, wait_until
from ui_home import UI_DATA, Home

from tutor.exercise_io import load_exercise_set
from tutor.progress import open_progress
from tutor.scoring import grade
from tutor.ui.screens.feedback import FeedbackModal
from tutor.ui.screens.learner import LearnerScreen
from tutor.ui.screens.reader import ReaderScreen
from tutor.ui.screens.session import SessionScreen

SIZE = (100, 32)


async def test_a_broken_exercise_file_is_named_and_the_other_articles_still_work(
    make_app, home: Home
) -> None:
    shutil.copy(UI_DATA / "psa-broken.yaml", home.exercises / "psa-suppressions-emplois.yaml")
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        library = await open_library(pilot)
        said = "\n".join(notifications(app))
        assert "psa-suppressions-emplois.yaml:16:14" in said
        table = library.query_one(DataTable)
        assert cell(table, "psa-suppressions-emplois", "state") == "indisponible"
        await choose_row(pilot, "psa-suppressions-emplois")
        assert "psa-suppressions-emplois.yaml:16:14" in text(app, "#detail-text")

        await choose_row(pilot, "poutine-coree-du-nord")
        await pilot.press("enter")
        await wait_screen(pilot, ReaderScreen)
        await pilot.press("e")
        await wait_screen(pilot, SessionScreen)
        await pilot.press("1")
        await wait_screen(pilot, FeedbackModal)


async def test_the_reader_of_a_broken_lesson_says_why_there_are_no_exercises(
    make_app, home: Home
) -> None:
    shutil.copy(UI_DATA / "psa-broken.yaml", home.exercises / "psa-suppressions-emplois.yaml")
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_library(pilot)
        await choose_row(pilot, "psa-suppressions-emplois")
        app.clear_notifications()
        await pilot.press("enter")
        await wait_screen(pilot, ReaderScreen)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert any(":16:14" in n for n in notifications(app))


async def test_a_damaged_progress_file_is_moved_aside_and_the_learner_goes_on(
    make_app, home: Home
) -> None:
    home.progress.mkdir(parents=True)
    (home.progress / "Léa.yaml").write_text("format: 1\nlearner: [Léa\nattempts: {{{\n", "utf-8")
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_library(pilot)
        said = "\n".join(notifications(app))
        assert "abîmé" in said
        assert list(home.progress.glob("Léa.corrupt-*.yaml"))
        await choose_row(pilot, "poutine-coree-du-nord")
        await pilot.press("enter", "e")
        await wait_screen(pilot, SessionScreen)
        await pilot.press("1")
        await wait_screen(pilot, FeedbackModal)
    assert len(open_progress("Léa", home.progress, read_only=True).attempts) == 1


async def test_an_unreadable_article_is_listed_as_unavailable(make_app, home: Home) -> None:
    (home.paths.content / "vide.txt").write_text("\n\n", "utf-8")
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        library = await open_library(pilot)
        assert cell(library.query_one(DataTable), "vide", "state") == "indisponible"
        await choose_row(pilot, "vide")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is library
        assert any("vide.txt" in n for n in notifications(app))


async def test_an_article_no_lesson_can_come_from_says_why_before_any_wait(
    make_app, home: Home
) -> None:
    """A 5 MB article read "à créer" until "g" failed after the wait: the library now says at
    once that it is too long (or not French), and "g" says why instead of starting."""
    long_body = "Le conseil municipal a voté le budget de la ville mardi soir. " * 4000
    (home.paths.content / "trop-long.txt").write_text(f"Un très long texte\n\n{long_body}\n")
    english = "The city council voted on the budget on Tuesday evening after a long debate. " * 5
    (home.paths.content / "en-anglais.txt").write_text(f"Council vote\n\n{english}\n")
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        library = await open_library(pilot)
        table = library.query_one(DataTable)
        assert cell(table, "trop-long", "state") == "indisponible"
        assert cell(table, "en-anglais", "state") == "indisponible"
        assert cell(table, "poutine-coree-du-nord", "state") != "indisponible"
        await choose_row(pilot, "trop-long")
        assert "too long" in text(app, "#detail-text")
        app.clear_notifications()
        await pilot.press("g")
        await pilot.pause()
        said = "\n".join(notifications(app))
        assert "On ne peut pas créer d'exercices avec cet article" in said
        assert "trop-long.txt" in said and "200,000" in said
        assert cell(table, "trop-long", "state") == "indisponible"
        await choose_row(pilot, "en-anglais")
        assert "does not look like French" in text(app, "#detail-text")
    assert not (home.exercises / "trop-long.yaml").exists()


async def test_a_teacher_s_yaml_file_in_the_progress_folder_is_no_learner(
    make_app, home: Home
) -> None:
    """notes.yaml was listed in the picker as a learner 'notes' and, picked, moved aside as a
    damaged record; typing 'notes' as a new name did the same."""
    home.progress.mkdir(parents=True)
    notes = "# Notes de la classe\nrappel: contrôle vendredi\n"
    (home.progress / "notes.yaml").write_text(notes, "utf-8")
    shutil.copy(home.exercises / "poutine-coree-du-nord.yaml", home.progress / "poutine.yaml")
    lesson = load_exercise_set(home.exercises / "poutine-coree-du-nord.yaml", home.paths.content)
    progress = open_progress("Léa", home.progress)
    progress.record(lesson, lesson.items[0], grade(lesson.items[0], "rien"), "rien")
    progress.close()
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_screen(pilot, LearnerScreen)
        picker = app.screen.query_one(OptionList)
        await wait_until(pilot, lambda: picker.option_count >= 1, "the known learners")
        await pilot.pause(0.2)
        shown = [str(picker.get_option_at_index(i).prompt) for i in range(picker.option_count)]
        assert shown == ["Léa"]
        app.screen.query_one(Input).value = "notes"
        await pilot.press("enter")
        await open_library(pilot)
        assert "abîmé" not in "\n".join(notifications(app))
    assert (home.progress / "notes.yaml").read_text("utf-8") == notes
    assert (home.progress / "poutine.yaml").is_file()
    assert not list(home.progress.glob("*.corrupt-*"))
