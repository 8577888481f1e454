"""The sentences a learner picks a proof from are the article's sentences as a reader sees them:
not cut at "M. Dupont", and a speaker's quotation of several sentences whole, as the exercise's
evidence has it. Cut in two, the right proof could not be picked and was marked wrong."""

from __future__ import annotations

from textual.widgets import OptionList
from ui_helpers import session_of, text, wait_screen
from ui_home import Home

from tutor.content import load_article
from tutor.model import Truth
from tutor.ui.item_view import TRUTH_KEYS, TRUTH_ORDER
from tutor.ui.screens.feedback import FeedbackModal

SLUG = "budget-montreval"
ARTICLE = "\n\n".join(
    [
        "Montreval : le budget adopté sans hausse d'impôts",
        "3 mars 2026. – Le conseil municipal de Montreval a adopté mardi le budget présenté par "
        "M. Dupont, adjoint aux finances. La séance a duré trois heures.",
        "« Nous ne toucherons pas aux impôts locaux. Les économies viendront des dépenses de "
        "fonctionnement », a promis le maire, Claire Martin. L'opposition a voté contre.",
        "Source : article écrit pour les tests de tutor.\n",
    ]
)
DUPONT = (
    "Le conseil municipal de Montreval a adopté mardi le budget présenté par M. Dupont, "
    "adjoint aux finances."
)
EVIDENCE = (
    "« Nous ne toucherons pas aux impôts locaux. Les économies viendront des dépenses de "
    "fonctionnement », a promis le maire, Claire Martin."
)


def _lesson(article_hash: str) -> str:
    return f"""format: 1
title: "Montreval : le budget adopté sans hausse d'impôts"
article:
  path: {SLUG}.txt
  hash: "{article_hash}"
items:
  - id: vrai-faux-impots
    type: true_false
    skill: comprehension
    prompt: Vrai, faux ou on ne sait pas ? Justifiez avec une phrase du texte.
    statement: "Le maire promet de ne pas augmenter les impôts locaux."
    answer: true
    justify: true
    evidence: "{EVIDENCE}"
  - id: vrai-faux-dupont
    type: true_false
    skill: comprehension
    prompt: Vrai, faux ou on ne sait pas ? Justifiez avec une phrase du texte.
    statement: "Le budget a été présenté par l'adjoint aux finances."
    answer: true
    justify: true
    evidence: "{DUPONT}"
"""


def _install(home: Home) -> None:
    article = home.paths.content / f"{SLUG}.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    lesson = _lesson(load_article(article).text_hash)
    (home.exercises / f"{SLUG}.yaml").write_text(lesson, encoding="utf-8")


async def _prove(make_app, home: Home, item_id: str, proof_start: str) -> tuple[list[str], str]:
    """Answer "vrai", pick the sentence that starts with `proof_start`; the sentences shown and
    the verdict."""
    _install(home)
    app = make_app(learner="Léa")
    async with app.run_test(size=(100, 32)) as pilot:
        session = await session_of(pilot, SLUG, [item_id])
        await pilot.press(TRUTH_KEYS[TRUTH_ORDER.index(Truth.TRUE)])
        justify = session.query_one("#justify", OptionList)
        shown = [
            " ".join(str(justify.get_option_at_index(i).prompt).split()[1:])
            for i in range(justify.option_count)
            if justify.get_option_at_index(i).prompt is not None
        ]
        number = next(n for n, s in enumerate(shown, 1) if s.startswith(proof_start))
        await pilot.press(*str(number), "enter")
        await wait_screen(pilot, FeedbackModal)
        return shown, text(app, "#verdict")


async def test_a_quotation_of_two_sentences_is_one_proof(make_app, home: Home) -> None:
    shown, verdict = await _prove(make_app, home, "vrai-faux-impots", "« Nous ne toucherons")
    assert EVIDENCE in shown, shown
    assert not any(s == "« Nous ne toucherons pas aux impôts locaux." for s in shown), shown
    assert verdict.startswith("✔ Juste"), verdict


async def test_a_sentence_with_monsieur_is_not_cut(make_app, home: Home) -> None:
    shown, verdict = await _prove(make_app, home, "vrai-faux-dupont", "3 mars 2026")
    assert any(s.endswith("présenté par M. Dupont, adjoint aux finances.") for s in shown), shown
    assert "Dupont, adjoint aux finances." not in shown, shown
    assert verdict.startswith("✔ Juste"), verdict
