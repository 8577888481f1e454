"""Échap on an answer being written asks once before the written text is lost.

A learner who had written two sentences in an open answer and pressed Échap (to close a
message, out of habit) was back in the reader: the text was gone, and nothing had said so.
"""

from __future__ import annotations

from ui_helpers import notifications, session_of, typing, wait_screen, wait_until

from tutor.ui.screens.library import LibraryScreen
from tutor.ui.screens.session import SessionScreen

SLUG = "poutine-coree-du-nord"
SIZE = (80, 24)


async def test_escape_with_a_written_answer_asks_before_leaving(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        session = await session_of(pilot, SLUG, ["raisons-rapprochement"])
        await wait_until(pilot, lambda: app.focused is not None, "the answer box")
        await pilot.press(*typing("les sanctions"))
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is session
        said = " ".join(notifications(app))
        assert "pas envoyée" in said and "Échap" in said, said
        await pilot.press("escape")
        await wait_screen(pilot, LibraryScreen)


async def test_escape_with_nothing_written_leaves_at_once(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, SLUG, ["date-derniere-visite"])
        await pilot.press("escape")
        await wait_screen(pilot, LibraryScreen)
        assert not isinstance(app.screen, SessionScreen)
