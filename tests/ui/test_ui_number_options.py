"""Options that are numbers are picked by letter, so the key is not read as part of the number.

"Quel nombre manque dans cette phrase ?" listed "1  1 500 / 2  6 000 / 3  9 000 / 4  3 000":
a learner who wanted 3 000 could type 3, and a digit answers at once, with 9 000. Now the list
reads "a  1 500 … d  3 000" and says to type the letter; other options keep their numbers.
"""

from __future__ import annotations

import shutil

from textual.widgets import OptionList
from ui_helpers import session_of, text, wait_screen
from ui_home import CHECKOUT, Home

from tutor.exercise_io import load_exercise_set
from tutor.model import Choice
from tutor.ui.item_view import shuffled_options
from tutor.ui.screens.feedback import FeedbackModal

PSA = "psa-suppressions-emplois"
SIZE = (80, 24)


def _number_item(home: Home) -> Choice:
    shutil.copy(CHECKOUT / "tests" / "data" / "ui" / f"{PSA}.yaml", home.exercises / f"{PSA}.yaml")
    items = load_exercise_set(home.exercises / f"{PSA}.yaml", home.paths.content).items
    item = next(i for i in items if i.id == "nombre-8-000-postes-en-france")
    assert isinstance(item, Choice)
    return item


def _shown_options(app) -> list[str]:
    options = app.screen.query_one("#choices", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_number_options_are_lettered_and_a_digit_does_not_answer(
    make_app, home: Home
) -> None:
    item = _number_item(home)
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, PSA, [item.id])
        shown = _shown_options(app)
        assert [line.split()[0] for line in shown] == ["a", "b", "c", "d"], shown
        assert "lettre" in text(app, ".answer-how")
        await pilot.press("3")  # the start of "3 000", not an answer
        await pilot.pause(0.2)
        assert not isinstance(app.screen, FeedbackModal)
        letter = "abcd"[shuffled_options(item).index(item.answer)]
        await pilot.press(letter)
        await wait_screen(pilot, FeedbackModal)
        assert text(app, "#verdict").startswith("✔ Juste")


async def test_options_in_words_keep_their_numbers(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, "poutine-coree-du-nord", ["qui-rencontre-poutine"])
        shown = _shown_options(app)
        assert [line.split()[0] for line in shown] == ["1", "2", "3", "4"], shown
        assert "numéro" in text(app, ".answer-how")
