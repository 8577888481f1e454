"""Reported speech on screen: a who-said-what row, its correction and the results read as the
article reports the words ("que le gouvernement n'acceptait pas le plan en l'état"), never
between « » as if Arnaud Montebourg had said them so. The lesson is written by the real
generator (spaCy and all) from the shipped PSA article."""

from __future__ import annotations

import pytest
from ui_helpers import session_of, text, texts, typing, wait_screen
from ui_home import Home

from tutor.exercise_io import load_exercise_set
from tutor.generate import generate_exercise_file
from tutor.model import SpeakerMatch
from tutor.ui.screens.feedback import FeedbackModal
from tutor.ui.screens.learner import LearnerScreen
from tutor.ui.screens.results import ResultsScreen

pytestmark = pytest.mark.slow

PSA = "psa-suppressions-emplois"
SIZE = (100, 32)
REPORTED = "que le gouvernement n'acceptait pas le plan en l'état"


def _generated_match(home: Home) -> SpeakerMatch:
    out = home.exercises / f"{PSA}.yaml"
    generate_exercise_file(home.paths.content / f"{PSA}.txt", out, seed=0, force=True)
    items = load_exercise_set(out, home.paths.content).items
    return next(i for i in items if isinstance(i, SpeakerMatch))


async def test_reported_speech_is_shown_as_reported_from_the_row_to_the_results(
    make_app, home: Home
) -> None:
    match = _generated_match(home)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await wait_screen(pilot, LearnerScreen)
        await pilot.press(*typing("Zoé"), "enter")
        await session_of(pilot, PSA, [match.id])
        rows = texts(app, ".pair-text")
        assert REPORTED in rows  # as the article reports it, no « »
        others = [r for r in rows if r != REPORTED]
        assert others and all(r.startswith("«") for r in others)  # Varin's own words

        await pilot.press(*["1"] * len(rows), "enter")  # the same person for every row
        await wait_screen(pilot, FeedbackModal)
        (line,) = [g for g in text(app, "#given").splitlines() if "le gouvernement" in g]
        assert line.startswith("✘ que le gouvernement") and "«" not in line, line
        explanation = text(app, "#explanation")
        assert "Selon Arnaud Montebourg, le gouvernement n'acceptait pas le plan en l'état" in (
            explanation
        )
        assert "« le gouvernement" not in explanation

        await pilot.press("enter")
        await wait_screen(pilot, ResultsScreen)
        (missed,) = texts(app, ".missed-item")
        (line,) = [m for m in missed.splitlines() if "le gouvernement" in m]
        assert "«" not in line and line.startswith("que le gouvernement"), line
