"""The same learner in two windows at once: every answer of both is kept in their file, and each
window's library and progress show the answers given in the other."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import DataTable
from ui_helpers import cell, choose_row, open_library, right_keys, text, wait_screen, wait_until
from ui_home import Home

from tutor.progress import open_progress
from tutor.ui.formatting import format_percent
from tutor.ui.screens.feedback import FeedbackModal
from tutor.ui.screens.library import LibraryScreen
from tutor.ui.screens.progress import ProgressScreen
from tutor.ui.screens.session import SessionScreen

SLUG = "poutine-coree-du-nord"
SIZE = (80, 24)


async def _start_lesson(pilot: Pilot) -> SessionScreen:
    await open_library(pilot)
    await choose_row(pilot, SLUG)
    await pilot.press("enter", "e")
    session = await wait_screen(pilot, SessionScreen)
    assert isinstance(session, SessionScreen)
    return session


async def _answer_right(pilot: Pilot, session: SessionScreen) -> str:
    """Answer the item on screen, close its feedback; returns the item's id."""
    current = session.lesson.current
    assert current is not None
    await pilot.press(*right_keys(current.item, current.article.body))
    await wait_screen(pilot, FeedbackModal)
    assert text(pilot.app, "#verdict").startswith("✔ Juste")
    await pilot.press("enter")
    await wait_until(pilot, lambda: pilot.app.screen is session, "the next item")
    return current.item.id


async def test_two_windows_keep_every_answer_and_see_each_other(make_app, home: Home) -> None:
    first, second = make_app(learner="Léa"), make_app(learner="Léa")
    async with first.run_test(size=SIZE) as one, second.run_test(size=SIZE) as two:
        lesson_one = await _start_lesson(one)
        lesson_two = await _start_lesson(two)
        answered = [
            await _answer_right(one, lesson_one),
            await _answer_right(two, lesson_two),
            await _answer_right(two, lesson_two),
            await _answer_right(one, lesson_one),  # the second window has not seen this one
        ]
        kept = open_progress("Léa", home.progress, read_only=True).attempts
        assert [a.item_id for a in kept] == answered

        # back in the library, the second window counts the first one's answers too
        await two.press("escape", "escape")
        library = await wait_screen(two, LibraryScreen)
        assert len(second.services.progress.attempts) == 4
        points = sum(a.points for a in kept[-2:])  # the last try of each of the two items
        total = sum(item.points for item in lesson_two.lesson.items[0].exercise_set.items)
        score = cell(library.query_one(DataTable), SLUG, "score")
        assert score == format_percent(points / total), score
        await two.press("p")
        await wait_screen(two, ProgressScreen)
        assert "Un seul jour de travail" in text(second, "#history-range")

        # and the first window goes on recording
        await _answer_right(one, lesson_one)
    assert len(open_progress("Léa", home.progress, read_only=True).attempts) == 5
