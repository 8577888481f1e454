"""A matching item shows which choices are already given to another row (as H5P greys out a word
already placed), and a term, which fits one definition only, cannot be given to every row.

Before, pressing 1 on each of the four rows of "Associez chaque mot à sa définition" gave the
same term to all four, nothing on screen said so, and the guess earned 1 / 2 points.
"""

from __future__ import annotations

from ui_helpers import session_of, shown_text, wait_screen

from tutor.ui.screens.feedback import FeedbackModal
from tutor.ui.widgets.pairing import PairingAnswer

SLUG = "poutine-coree-du-nord"
SIZE = (80, 24)


def _option(pairing: PairingAnswer, row: int, number: int) -> str:
    return str(pairing.query_one(f"#pair-{row}-option-{number}").render())


def _choice_line(pairing: PairingAnswer, row: int) -> str:
    return str(pairing.query_one(f"#pair-{row}-choice").render())


async def test_a_term_given_to_a_row_is_shown_as_used_on_the_next_row(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        session = await session_of(pilot, SLUG, ["termes-diplomatie"])
        pairing = session.answer_widget
        assert isinstance(pairing, PairingAnswer)
        term = _option(pairing, 0, 0).removeprefix("1").strip()
        await pilot.press("1")  # row 1 gets the first term; row 2 opens
        assert pairing.current == 1
        shown = _option(pairing, 1, 0)
        assert term in shown and "déjà choisi" in shown and "ligne 1" in shown, shown
        assert "déjà choisi" not in _option(pairing, 1, 1)


async def test_a_term_chosen_again_leaves_the_row_that_had_it(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        session = await session_of(pilot, SLUG, ["termes-diplomatie"])
        pairing = session.answer_widget
        assert isinstance(pairing, PairingAnswer)
        term = _option(pairing, 0, 0).removeprefix("1").strip()
        await pilot.press("1", "1", "1", "1")
        answer = pairing.answer()
        assert answer is None, f"one term was given to every row: {answer}"
        rows_with_it = [r for r in range(4) if term in _choice_line(pairing, r)]
        assert len(rows_with_it) == 1, [_choice_line(pairing, r) for r in range(4)]
        # Valider with empty rows says what to do and goes to an empty row; no grading yet
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FeedbackModal)
        assert pairing.answer() is None and pairing.current < 4


async def test_one_person_may_still_say_two_quotes(make_app) -> None:
    """Speakers are not used up: an item may give two quotes to one person."""
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        session = await session_of(pilot, SLUG, ["qui-a-dit-soutien"])
        pairing = session.answer_widget
        assert isinstance(pairing, PairingAnswer)
        person = _option(pairing, 0, 0).removeprefix("1").strip()
        await pilot.press("1")
        shown = _option(pairing, 1, 0)
        assert person in shown and "déjà choisi" in shown and "ligne 1" in shown, shown
        await pilot.press("1", "1", "enter")
        await wait_screen(pilot, FeedbackModal)
        assert app.screen.query_one("#given") is not None


async def test_a_matching_item_shown_first_keeps_its_top_in_view(make_app) -> None:
    """Back in a lesson at a matching item (« Vous reprenez à la question 21 »), the screen
    opened one line down: « Vocabulaire » above the instruction was out of view."""
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        session = await session_of(pilot, SLUG, ["termes-diplomatie"])
        await pilot.pause(0.2)
        area = session.query_one("#item-area")
        assert area.scroll_y == 0, area.scroll_y
        assert "Vocabulaire" in shown_text(app, "#item-skill")
