"""A gap that hides several words says so on screen, and an answer with only some of them is
told what is missing: "gouvernement" for « gouvernement de coalition » read "Le mot qui manque"
in the field and got a bare "Non." (walk in tmux, session 13)."""

from __future__ import annotations

import shutil

from textual.widgets import Input
from ui_helpers import session_of, shown_text, text, typing, wait_screen
from ui_home import CHECKOUT, Home

from tutor.ui.screens.feedback import FeedbackModal

PSA = "psa-suppressions-emplois"
SIZE = (100, 32)


async def test_a_gap_of_three_words_says_three_words_and_names_what_is_missing(
    make_app, home: Home
) -> None:
    shutil.copy(CHECKOUT / "tests" / "data" / "ui" / f"{PSA}.yaml", home.exercises / f"{PSA}.yaml")
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        session = await session_of(pilot, PSA, ["mot-chute-des-ventes"])
        placeholder = session.query_one("#typed", Input).placeholder
        assert placeholder == "Les 3\u00a0mots qui manquent", placeholder
        await pilot.press(*typing("chute"), "enter")
        await wait_screen(pilot, FeedbackModal)
        banner = text(app, "#verdict")
        assert banner.startswith("✘")
        assert "il manque des mots" in banner, banner  # the title line says it, not twice
        shown = " ".join(shown_text(app, "#explanation").split())
        assert "Il manque des mots" not in shown and "3 mots" in shown, shown
