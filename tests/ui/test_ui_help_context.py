"""F1 opens the help at the keys of the screen the learner is on.

At 80x24, F1 during an exercise showed "Partout", "Bibliothèque" and "Lecture": the keys of
the exercises (hint, proof, moving an event) were below the fold, and nothing said to scroll.
"""

from __future__ import annotations

from ui_helpers import open_library, session_of, shown_text, wait_screen

from tutor.ui.screens.help import HelpModal

SIZE = (80, 24)


async def test_help_during_an_exercise_opens_at_the_exercise_keys(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, "poutine-coree-du-nord", ["qui-rencontre-poutine"])
        await pilot.press("f1")
        await wait_screen(pilot, HelpModal)
        shown = shown_text(app, "#help-keys")
        assert "Exercices" in shown and "indice" in shown, shown


async def test_help_from_the_library_opens_at_the_top(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        await pilot.press("f1")
        await wait_screen(pilot, HelpModal)
        shown = shown_text(app, "#help-keys")
        assert "Partout" in shown and "Bibliothèque" in shown, shown
