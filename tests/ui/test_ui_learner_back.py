"""The learner picker opened from the library ("c Élève") says how to go back to it.

At 80x24 its footer read only "^q Quitter  f1 Aide": a learner who pressed c by mistake saw no
way back but to type a name (Échap worked, unsaid). At launch there is nothing to go back to,
and the footer does not offer it.
"""

from __future__ import annotations

from ui_helpers import open_library, shown_text, wait_screen

from tutor.ui.screens.learner import LearnerScreen
from tutor.ui.screens.library import LibraryScreen

SIZE = (80, 24)


async def test_the_picker_opened_from_the_library_shows_esc_back(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        library = await open_library(pilot)
        await pilot.press("c")
        await wait_screen(pilot, LearnerScreen)
        footer = shown_text(app, "Footer")
        assert "esc Retour" in footer, footer
        await pilot.press("escape")
        assert await wait_screen(pilot, LibraryScreen) is library


async def test_the_first_picker_offers_no_way_back(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await wait_screen(pilot, LearnerScreen)
        footer = shown_text(app, "Footer")
        assert "Retour" not in footer and "f1 Aide" in footer, footer
