"""The results list of a vrai/faux answered right with the wrong proof sentence.

It read "La bonne réponse : Vrai" under the learner's own "Vrai", a mistake with no visible
fault; it now shows the sentence that proves the answer too."""

from __future__ import annotations

from ui_helpers import open_library, session_of, texts, typing, wait_screen
from ui_home import LESSON_FILE, Home

from tutor.exercise_io import load_exercise_set
from tutor.model import TrueFalse, Truth
from tutor.plain_sentences import split_sentences
from tutor.ui.item_view import TRUTH_KEYS, TRUTH_ORDER
from tutor.ui.screens.feedback import FeedbackModal
from tutor.ui.screens.results import ResultsScreen
from tutor.ui.text_spans import paragraphs

SLUG = "poutine-coree-du-nord"
SIZE = (100, 40)


async def test_a_right_truth_with_the_wrong_proof_shows_the_proof_in_the_results(
    make_app, home: Home
) -> None:
    exercise_set = load_exercise_set(home.exercises / LESSON_FILE.name, home.paths.content)
    item = next(
        i
        for i in exercise_set.items
        if isinstance(i, TrueFalse) and i.justify and i.answer is not Truth.NOT_GIVEN
    )
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        library = await open_library(pilot)
        entry = library.catalog.entry(SLUG)
        sentences = [s for p in paragraphs(entry.article.body) for s in split_sentences(p)]
        wrong = next(n for n, s in enumerate(sentences, start=1) if s not in item.evidence)
        await session_of(pilot, SLUG, [item.id])
        right_truth = TRUTH_KEYS[TRUTH_ORDER.index(item.answer)]
        await pilot.press(right_truth, *typing(str(wrong)), "enter")
        modal = await wait_screen(pilot, FeedbackModal)
        assert modal.view.outcome == "partial"
        await pilot.press("enter")
        await wait_screen(pilot, ResultsScreen)
        (missed,) = texts(app, ".missed-item")
    shown = " ".join(missed.split())
    assert "La phrase qui le prouve" in shown, shown
    assert " ".join(item.evidence.split())[:40] in shown, shown
