"""Screenshots of the main screens at a fixed size, compared with the approved ones.

Update after a deliberate change of look: `pytest tests/ui/test_ui_snapshots.py --snapshot-update`
and review the SVGs. The clock and the learner are fixed, so nothing here depends on the day.
"""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import DataTable
from ui_helpers import open_library, wait_screen, wrong_choice_key

from tutor.ui.screens.feedback import FeedbackModal
from tutor.ui.screens.reader import ReaderScreen
from tutor.ui.screens.session import SessionScreen

SIZE = (100, 32)
SLUG = "poutine-coree-du-nord"


async def _to_lesson_row(pilot: Pilot) -> None:
    library = await open_library(pilot)
    table = library.query_one(DataTable)
    table.move_cursor(row=table.get_row_index(SLUG))
    await pilot.pause()


async def _to_reader(pilot: Pilot) -> None:
    await _to_lesson_row(pilot)
    await pilot.press("enter")
    await wait_screen(pilot, ReaderScreen)
    await pilot.press("tab", "tab")


async def _to_item(pilot: Pilot) -> None:
    await _to_lesson_row(pilot)
    await pilot.press("enter")
    await wait_screen(pilot, ReaderScreen)
    await pilot.press("e")
    await wait_screen(pilot, SessionScreen)


async def _to_feedback(pilot: Pilot) -> None:
    await _to_item(pilot)
    session = pilot.app.screen
    assert isinstance(session, SessionScreen) and session.lesson.current
    await pilot.press(wrong_choice_key(session.lesson.current.item))  # type: ignore[arg-type]
    await wait_screen(pilot, FeedbackModal)


def test_library(snap_compare, make_app) -> None:
    assert snap_compare(make_app(learner="Léa"), terminal_size=SIZE, run_before=_to_lesson_row)


def test_reader_with_a_term_selected(snap_compare, make_app) -> None:
    assert snap_compare(make_app(learner="Léa"), terminal_size=SIZE, run_before=_to_reader)


def test_first_item(snap_compare, make_app) -> None:
    assert snap_compare(make_app(learner="Léa"), terminal_size=SIZE, run_before=_to_item)


def test_feedback_after_a_wrong_answer(snap_compare, make_app) -> None:
    assert snap_compare(make_app(learner="Léa"), terminal_size=SIZE, run_before=_to_feedback)
