"""A fast typist loses no key: every key of an answer sent at once, before the app handles any.

Textual gives a key to the widget focused when the key arrives. The old drop-down rows of the
matching items moved the focus twice per row, and keys typed meanwhile went astray (in a burst,
no row got its choice at all); the answer widgets now keep the focus for the whole answer.
"""

from __future__ import annotations

import pytest
from ui_helpers import burst, right_keys, session_of, text, wait_screen
from ui_home import LESSON_FILE, Home

from tutor.exercise_io import load_exercise_set
from tutor.model import SpeakerMatch, TermMatch, TrueFalse
from tutor.ui.screens.feedback import FeedbackModal
from tutor.ui.widgets.pairing import PairingAnswer

SLUG = "poutine-coree-du-nord"
SIZE = (80, 24)


def _items(home: Home) -> list[str]:
    """The items answered in several steps: matching rows, true/false with a proof."""
    items = load_exercise_set(home.exercises / LESSON_FILE.name, home.paths.content).items
    return [
        i.id
        for i in items
        if isinstance(i, SpeakerMatch | TermMatch) or (isinstance(i, TrueFalse) and i.justify)
    ]


async def test_every_multi_step_answer_typed_in_one_burst_is_right(make_app, home: Home) -> None:
    ids = _items(home)
    assert len(ids) >= 5, "the lesson has matching and justified items"
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        session = await session_of(pilot, SLUG, ids)
        for item_id in ids:
            current = session.lesson.current
            assert current is not None and current.item.id == item_id
            await burst(pilot, right_keys(current.item, current.article.body))
            await wait_screen(pilot, FeedbackModal)
            assert text(app, "#verdict").startswith("✔ Juste"), (item_id, text(app, "#verdict"))
            await pilot.press("enter")


@pytest.mark.parametrize("keys", [["2", "5", "4", "enter"], ["down", "enter", "3", "tab", "tab"]])
async def test_pairing_rows_follow_the_keys_in_order(make_app, keys: list[str]) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        session = await session_of(pilot, SLUG, ["qui-a-dit-soutien"])
        pairing = session.answer_widget
        assert isinstance(pairing, PairingAnswer) and pairing.has_focus
        await burst(pilot, keys)
        if keys[-1] == "enter":  # every row chosen with its number, then Valider
            await wait_screen(pilot, FeedbackModal)
            given = text(app, "#given")
            assert "Kim Jong-un" in given and "Iouri Ouchakov" in given
        else:  # row 1 = choice 2, row 2 = choice 3, then two rows on: back to row 1
            answer = pairing.answer()
            assert answer is None
            assert pairing.current == 0
            chosen = [str(s.render()) for s in pairing.query(".pair-choice")]
            assert "Vladimir Poutine" in chosen[1]
