"""The feedback shows the proving sentence once: highlighted in its paragraph under "Dans
l'article". Generated feedback also quoted it whole above ("L'article le dit : « Parmi ces
coupes, … »"), and so did a true/false verdict ("La phrase du texte : « … »"): the learner read
the same long sentence twice in one window (third walk through the app, session 11)."""

from __future__ import annotations

import shutil

from ui_helpers import session_of, shown_text, typing, wait_screen
from ui_home import CHECKOUT, Home

from tutor.ui.screens.feedback import FeedbackModal

PSA = "psa-suppressions-emplois"
SIZE = (100, 32)
SENTENCE = "Parmi ces coupes, on retrouve la fermeture annoncée de l'usine"


def _with_psa(home: Home) -> None:
    shutil.copy(CHECKOUT / "tests" / "data" / "ui" / f"{PSA}.yaml", home.exercises / f"{PSA}.yaml")


def _once(app) -> tuple[str, str]:
    explanation = " ".join(shown_text(app, "#explanation").split())
    evidence = " ".join(shown_text(app, "#evidence").replace("█", " ").split())
    return explanation, evidence


async def test_a_date_answer_quotes_its_sentence_once(make_app, home: Home) -> None:
    _with_psa(home)
    app = make_app(learner="Chloé")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, PSA, ["date-2014"])
        await pilot.press(*typing("2014"), "enter")
        await wait_screen(pilot, FeedbackModal)
        explanation, evidence = _once(app)
        assert "d'ici à 2014" in explanation, explanation
        assert SENTENCE not in explanation and "L'article le dit" not in explanation, explanation
        assert SENTENCE in evidence, evidence


async def test_a_wrong_proof_names_the_right_one_once(make_app, home: Home) -> None:
    """ "Selon Arnaud Montebourg, …" (vrai), proved with sentence 6 instead of 7: the verdict
    says the proof is wrong, and the right sentence is the one highlighted below."""
    _with_psa(home)
    app = make_app(learner="Chloé")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, PSA, ["vrai-faux-selon-arnaud-montebourg-le-gouvernement"])
        await pilot.press("v", "6", "enter")
        await wait_screen(pilot, FeedbackModal)
        explanation, evidence = _once(app)
        assert "la phrase citée ne le prouve pas" in explanation, explanation
        assert "La phrase du texte" not in explanation, explanation
        assert "n'acceptait pas le plan en l'état" not in explanation, explanation
        assert "qui a déclaré au Sénat que le gouvernement n'acceptait pas" in evidence, evidence


def test_a_quoted_proof_with_inner_quotation_marks_is_shown_once() -> None:
    """ACTA: the proof quoted with “ ” inside « … » was shown again above the same paragraph."""
    from tutor.ui.screens.feedback import without_quoted_evidence

    evidence = (
        "Pour Jérémie Zimmermann, « Ce vote est une immense victoire ! » Le porte-parole du "
        "collectif la Quadrature du Net, se félicite notamment."
    )
    explanation = (
        "La réponse « Faux » est juste, mais la phrase citée ne le prouve pas. La phrase du "
        "texte : « Pour Jérémie Zimmermann, “Ce vote est une immense victoire !” »"
    )
    kept = without_quoted_evidence(explanation, evidence)
    assert "Zimmermann" not in kept
    assert kept.startswith("La réponse « Faux » est juste")
