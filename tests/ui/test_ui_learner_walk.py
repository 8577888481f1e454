"""What a learner tripped on when using the app in a real terminal: a lesson left at question 4
that started again at question 1, texts that did not fit the item, feedback rows in another order
than the screen's, words and numbers cut in two."""

from __future__ import annotations

from datetime import timedelta

from ui_helpers import (
    choose_row,
    notifications,
    right_keys,
    session_of,
    text,
    typing,
    wait_screen,
    wait_until,
)
from ui_home import LESSON_FILE, Clock, Home

from tutor.exercise_io import load_exercise_set
from tutor.ui.screens.feedback import FeedbackModal
from tutor.ui.screens.learner import LearnerScreen
from tutor.ui.screens.library import LibraryScreen
from tutor.ui.screens.reader import ReaderScreen
from tutor.ui.screens.results import ResultsScreen
from tutor.ui.screens.session import SessionScreen

SLUG = "poutine-coree-du-nord"
SIZE = (100, 32)


async def _open_reader(pilot, name: str = "Zoé") -> ReaderScreen:
    await wait_screen(pilot, LearnerScreen)
    await pilot.press(*typing(name), "enter")
    await wait_screen(pilot, LibraryScreen)
    await choose_row(pilot, SLUG)
    await pilot.press("enter")
    reader = await wait_screen(pilot, ReaderScreen)
    assert isinstance(reader, ReaderScreen)
    return reader


async def _answer(pilot, session: SessionScreen, keys: list[str]) -> None:
    await wait_until(
        pilot,
        lambda: session.answer_widget is not None and session.answer_widget.display,
        "the answer widget",
    )
    await pilot.press(*keys)
    await wait_screen(pilot, FeedbackModal)
    await pilot.press("enter")
    await wait_until(pilot, lambda: pilot.app.screen is session, "the next item")


async def test_a_lesson_left_midway_goes_on_where_it_stopped(make_app, home: Home) -> None:
    """Three answers, Échap, then `e` again (and again after a restart of the app): the lesson
    goes on at question 4 with the score so far, not at question 1."""
    items = load_exercise_set(home.exercises / LESSON_FILE.name, home.paths.content).items
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        reader = await _open_reader(pilot)
        body = reader.article.body
        await pilot.press("e")
        session = await wait_screen(pilot, SessionScreen)
        assert isinstance(session, SessionScreen)
        for item in items[:3]:
            await _answer(pilot, session, right_keys(item, body))
        await pilot.press("escape")
        await wait_screen(pilot, ReaderScreen)
        await pilot.press("e")
        session = await wait_screen(pilot, SessionScreen)
        status = text(app, "#session-status")
        assert status.startswith(f"Question 4 sur {len(items)}"), status
        assert "Score\u00a0: 3 / 3" in status, status
        assert session.lesson.current is not None
        assert session.lesson.current.item.id == items[3].id
        assert any("question 4 sur" in n for n in notifications(app))

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _open_reader(pilot)
        await pilot.press("e")
        await wait_screen(pilot, SessionScreen)
        assert text(app, "#session-status").startswith(f"Question 4 sur {len(items)}")


async def test_answers_before_the_last_item_belong_to_a_finished_pass(
    make_app, home: Home, clock: Clock
) -> None:
    """The first item, then the last one, answered a minute apart: the pass is over, so `e`
    plays the lesson from the top; an answer given after that is a new pass under way."""
    items = load_exercise_set(home.exercises / LESSON_FILE.name, home.paths.content).items
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        reader = await _open_reader(pilot)
        body = reader.article.body
        await pilot.press("escape")
        await wait_screen(pilot, LibraryScreen)
        session = await session_of(pilot, SLUG, [items[0].id, items[-1].id])
        await _answer(pilot, session, right_keys(items[0], body))
        clock.advance(timedelta(minutes=1))
        await pilot.press(*right_keys(items[-1], body))
        await wait_screen(pilot, FeedbackModal)
        await pilot.press("enter")
        await wait_screen(pilot, ResultsScreen)
        await pilot.press("enter")
        await wait_screen(pilot, LibraryScreen)
        await choose_row(pilot, SLUG)
        await pilot.press("enter")
        await wait_screen(pilot, ReaderScreen)
        await pilot.press("e")
        session = await wait_screen(pilot, SessionScreen)
        assert text(app, "#session-status").startswith(f"Question 1 sur {len(items)}")
        clock.advance(timedelta(minutes=1))
        await _answer(pilot, session, right_keys(items[0], body))
        await pilot.press("escape")
        await wait_screen(pilot, ReaderScreen)
        await pilot.press("e")
        await wait_screen(pilot, SessionScreen)
        assert text(app, "#session-status").startswith(f"Question 2 sur {len(items)}")
