"""No option is chosen for the learner: an Entrée before any choice answers nothing.

With the first option highlighted, the Entrée that closes the feedback, pressed twice or held a
little, answered the next question with "1" or "Vrai", and that answer was recorded.
"""

from __future__ import annotations

from ui_helpers import notifications, session_of, text, wait_screen

from tutor.messages import app as msg
from tutor.ui.screens.feedback import FeedbackModal

SLUG = "poutine-coree-du-nord"
SIZE = (100, 32)


async def test_entree_alone_does_not_answer_a_choice(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        session = await session_of(pilot, SLUG, ["qui-rencontre-poutine"])
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, FeedbackModal)
        assert session.lesson.current is not None  # still this question, unanswered
        assert msg.UI_CHOICE_NONE in notifications(app)
        await pilot.press("ctrl+s")  # Valider, likewise
        await pilot.pause()
        assert not isinstance(app.screen, FeedbackModal)
        await pilot.press("down", "enter")  # ↓ highlights the first option: now it is chosen
        await wait_screen(pilot, FeedbackModal)
        assert text(app, "#given")


async def test_a_second_entree_after_the_feedback_leaves_the_next_item_open(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        session = await session_of(
            pilot, SLUG, ["qui-rencontre-poutine", "vf-occidentaux-inquiets"]
        )
        await pilot.press("1")
        await wait_screen(pilot, FeedbackModal)
        await pilot.press("enter", "enter")  # close the feedback, then one Entrée too many
        await pilot.pause()
        assert not isinstance(app.screen, FeedbackModal)
        current = session.lesson.current
        assert current is not None and current.item.id == "vf-occidentaux-inquiets"
        assert "Vrai" not in text(app, "#justify-label")  # no truth was chosen for the learner
        await pilot.press("f")  # the learner's own choice still works
        await pilot.pause()
        assert "Faux" in text(app, "#justify-label")
