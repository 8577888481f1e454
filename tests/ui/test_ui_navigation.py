"""Getting around: help, the command palette, the reader's terms, the progress screen, the mouse."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import DataTable, OptionList
from ui_helpers import (
    choose_row,
    open_library,
    text,
    texts,
    typing,
    wait_screen,
    wait_until,
    wrong_choice_key,
)
from ui_home import Clock

from tutor.model import Choice
from tutor.ui.item_view import shuffled_options
from tutor.ui.screens.feedback import FeedbackModal
from tutor.ui.screens.help import HelpModal
from tutor.ui.screens.learner import LearnerScreen
from tutor.ui.screens.library import LibraryScreen
from tutor.ui.screens.progress import ProgressScreen
from tutor.ui.screens.reader import ReaderScreen
from tutor.ui.screens.session import SessionScreen
from tutor.ui.screens.term import TermModal

SIZE = (100, 32)
SLUG = "poutine-coree-du-nord"


async def test_help_lists_the_keys_and_closes(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        await pilot.press("f1")
        await wait_screen(pilot, HelpModal)
        rows = texts(app, ".help-what")
        assert len(rows) >= 15
        assert "indice (coûte des points)" in rows
        await pilot.press("escape")
        await wait_screen(pilot, LibraryScreen)


async def test_the_command_palette_goes_to_progress_and_back_to_the_library(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        await choose_row(pilot, SLUG)
        await pilot.press("enter")
        await wait_screen(pilot, ReaderScreen)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*typing("Progrès"))
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_screen(pilot, ProgressScreen)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*typing("Bibliothèque"))
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_screen(pilot, LibraryScreen)
        assert len(app.screen_stack) == 1, "going to the library closes what was above it"


async def test_a_key_term_shows_its_sentence_and_definition(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        await choose_row(pilot, SLUG)
        await pilot.press("enter")
        reader = await wait_screen(pilot, ReaderScreen)
        assert reader.spans, "the article has key terms"
        await pilot.press("tab", "tab", "shift+tab")
        assert reader.view.selected == 0
        await pilot.press("enter")
        term = await wait_screen(pilot, TermModal)
        assert term.view.sentence[term.view.start : term.view.end]
        assert text(app, "#term-definition")
        await pilot.press("escape")
        await wait_screen(pilot, ReaderScreen)


async def test_progress_shows_skills_history_and_what_is_due(make_app, clock: Clock) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        await choose_row(pilot, SLUG)
        await pilot.press("enter", "e")
        session = await wait_screen(pilot, SessionScreen)
        assert isinstance(session, SessionScreen) and session.lesson.current
        await pilot.press(wrong_choice_key(session.lesson.current.item))
        await wait_screen(pilot, FeedbackModal)
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.screen is session, "the next item")
        await pilot.press("escape")
        await pilot.press("escape")
        await wait_screen(pilot, LibraryScreen)
        clock.advance(timedelta(minutes=10))  # a missed item comes back within minutes
        await pilot.press("p")
        await wait_screen(pilot, ProgressScreen)
        values = texts(app, ".skill-value")
        assert "0\u00a0%" in values and "pas encore" in values
        # one day of work: not "Du 02/03/2026 au 02/03/2026", which read as a slip
        assert "Un seul jour de travail, le 02/03/2026" in text(app, "#history-range")
        assert "02/03/2026" in text(app, "#history-days")
        assert "1 question à revoir" in text(app, "#progress-due")
        await pilot.press("r")
        review = await wait_screen(pilot, SessionScreen)
        assert review.lesson.review and len(review.lesson.items) == 1


async def test_the_mouse_picks_an_option(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        library = await open_library(pilot)
        table = library.query_one(DataTable)
        row = table.get_row_index(SLUG)
        await pilot.click(DataTable, offset=(2, 1))  # another article
        assert table.cursor_row == 0
        await pilot.click(DataTable, offset=(2, row + 1))
        await pilot.click(DataTable, offset=(2, row + 1))
        await wait_screen(pilot, ReaderScreen)
        await pilot.press("e")
        session = await wait_screen(pilot, SessionScreen)
        assert isinstance(session, SessionScreen) and session.lesson.current
        item = session.lesson.current.item
        assert isinstance(item, Choice)
        await pilot.click(OptionList, offset=(6, 1 + shuffled_options(item).index(item.answer)))
        await wait_screen(pilot, FeedbackModal)
        assert text(app, "#verdict").startswith("✔ Juste")


async def test_changing_learner_gives_a_fresh_library(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        first = await open_library(pilot)
        await pilot.press("c")
        learner = await wait_screen(pilot, LearnerScreen)
        await wait_until(pilot, lambda: learner.query_one(OptionList).option_count == 1, "Léa")
        await pilot.press("escape")
        assert await wait_screen(pilot, LibraryScreen) is first
        await pilot.press("c")
        await wait_screen(pilot, LearnerScreen)
        await pilot.press("tab", *typing("Max"), "enter")
        library = await open_library(pilot)
        assert library is not first and library.learner == "Max"
        assert app.sub_title == "Max" and app.screen is library


async def test_home_and_end_go_to_the_first_and_last_article(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        table = app.screen.query_one(DataTable)
        await wait_until(pilot, lambda: table.row_count > 1, "the library rows")
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == table.row_count - 1
        await pilot.press("home")
        await pilot.pause()
        assert table.cursor_row == 0
