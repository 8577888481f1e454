"""Another person's name in an answer, seen in the app: the title line says so in a few words,
as it does for a typo or a missing unit, and the explanation does not say it twice."""

from __future__ import annotations

import shutil

from ui_helpers import session_of, shown_text, text, typing, wait_screen
from ui_home import UI_DATA, Home

from tutor.model import Cloze, Skill
from tutor.scoring import grade
from tutor.ui.screens.feedback import FeedbackModal, banner_warning, without_banner_words

PSA = "psa-suppressions-emplois"
SIZE = (100, 32)
OTHER_PERSON = "ce n'est pas la bonne personne"
RAPPORTEUR = Cloze(
    id="c",
    skill=Skill.COMPREHENSION,
    prompt="Complétez la phrase.",
    evidence="David Martin, le rapporteur du texte, a appelé au rejet du projet.",
    text="___, le rapporteur du texte, a appelé au rejet du projet.",
    answer="Martin",
    accept=("David Martin",),
)


async def test_an_open_answer_naming_another_person_says_it_in_the_title(
    make_app, home: Home
) -> None:
    """ "Marin annonce que PSA va fermer une usine." for the PSA summary (Philippe Varin): the
    title said "◐ En partie juste : il manque des mots importants", the reason only at the end
    of the explanation."""
    shutil.copy(UI_DATA / f"{PSA}.yaml", home.paths.exercises / f"{PSA}.yaml")
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, PSA, ["resume-article"])
        await pilot.press(*typing("Marin annonce que PSA va fermer une usine."), "enter")
        await wait_screen(pilot, FeedbackModal)
        banner = text(app, "#verdict")
        assert banner.startswith("◐ En partie juste"), banner
        assert OTHER_PERSON in banner, banner
        assert "1\u00a0/\u00a02" in banner, banner
        explanation = " ".join(shown_text(app, "#explanation").split())
        assert "« Marin » n'est pas Philippe Varin" in explanation, explanation


def test_a_gap_naming_another_person_says_it_once() -> None:
    """ "Marin" for Martin in a gap: "✘ Faux" alone in the title line, above "Ce n'est pas la
    bonne personne : la réponse est « Martin »."; now the title says it and the explanation
    gives the answer."""
    verdict = grade(RAPPORTEUR, "Marin")
    reasons = tuple(str(r) for r in verdict.reason)
    warning = banner_warning(reasons)
    assert warning == OTHER_PERSON
    explanation, slip = without_banner_words(verdict.explanation, verdict.outcome, warning)
    assert (explanation, slip) == ("La réponse est «\u00a0Martin\u00a0».", OTHER_PERSON)
