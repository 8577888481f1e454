"""When the feedback's answers and explanation are taller than the screen, the keys scroll them.

At 80x24, four long quotes given to the wrong people (transparence lesson) filled the feedback:
its explanation was cut after four lines ("Philippe Poutou : « Les parlementaires sont pour 3%
des"), and ↑ ↓ scrolled the article's paragraph below it, never the cut text.
"""

from __future__ import annotations

import shutil

from textual.containers import VerticalScroll
from ui_helpers import session_of, shown_text, wait_screen
from ui_home import CHECKOUT, Home

from tutor.ui.screens.feedback import FeedbackModal

LESSON = "transparence-vie-publique"
ITEM = "speakers-benoit-hamon-marine-le-pen-philippe-pout"
SIZE = (80, 24)


async def test_a_cut_feedback_scrolls_with_the_arrow_keys(make_app, home: Home) -> None:
    # the lesson as it was when this was seen: a regenerated lesson changes its items
    frozen = CHECKOUT / "tests" / "data" / "ui" / f"{LESSON}.yaml"
    shutil.copy(frozen, home.exercises / f"{LESSON}.yaml")
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, LESSON, [ITEM])
        await pilot.press("1", "1", "2", "3", "enter")
        feedback = await wait_screen(pilot, FeedbackModal)
        await pilot.pause()
        main = feedback.query_one("#feedback-main", VerticalScroll)
        assert main.max_scroll_y > 0, "the answers and explanation fit: nothing to test"
        last_words = " ".join(str(feedback.query_one("#explanation").render()).split()[-3:])
        assert last_words not in " ".join(shown_text(app, "#feedback-main").split())
        await pilot.press("end")
        await pilot.pause()
        assert last_words in " ".join(shown_text(app, "#feedback-main").split())
        await pilot.press("enter")  # Entrée still goes on
        await pilot.pause()
        assert not isinstance(app.screen, FeedbackModal)
