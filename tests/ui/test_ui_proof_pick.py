"""Picking the sentence that proves a true/false answer takes a few keys: sentences are numbered,
the number typed goes straight to its sentence, Pg↓ goes a page at a time."""

from __future__ import annotations

from textual.widgets import OptionList
from ui_helpers import session_of, text, wait_screen
from ui_home import LESSON_FILE, Home

from tutor.content import load_article
from tutor.exercise_io import load_exercise_set
from tutor.model import TrueFalse, Truth
from tutor.plain_sentences import split_sentences
from tutor.ui.item_view import TRUTH_KEYS, TRUTH_ORDER
from tutor.ui.screens.feedback import FeedbackModal
from tutor.ui.text_spans import find_sentence, paragraphs

SLUG = "poutine-coree-du-nord"
SIZE = (80, 24)


def _late_proof(home: Home) -> tuple[TrueFalse, int, list[str]]:
    """The justified item whose proof is furthest in the article, its sentence's number (from
    1) and the article's sentences."""
    lesson = load_exercise_set(home.exercises / LESSON_FILE.name, home.paths.content)
    body = load_article(home.paths.content / f"{SLUG}.md").body
    sentences = [s for p in paragraphs(body) for s in split_sentences(p)]
    found = []
    for item in lesson.items:
        if isinstance(item, TrueFalse) and item.justify and item.answer is not Truth.NOT_GIVEN:
            number = next(n for n, s in enumerate(sentences, 1) if find_sentence(item.evidence, s))
            found.append((item, number))
    item, number = max(found, key=lambda pair: pair[1])
    return item, number, sentences


async def test_typing_the_sentence_number_picks_it(make_app, home: Home) -> None:
    item, number, sentences = _late_proof(home)
    assert number >= 10, "the proof is far down the list: ↓ alone would take many presses"
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        session = await session_of(pilot, SLUG, [item.id])
        await pilot.press(TRUTH_KEYS[TRUTH_ORDER.index(item.answer)])
        hint = text(app, "#justify-label")
        assert "numéro" in hint and "Pg" in hint, hint
        justify = session.query_one("#justify", OptionList)
        shown = [str(justify.get_option_at_index(i).prompt) for i in range(justify.option_count)]
        assert shown[number - 1].split() == [str(number), *sentences[number - 1].split()]
        await pilot.press(*str(number))
        assert justify.highlighted == number - 1
        await pilot.press("enter")  # 1 key for the answer, 2 for the number, Entrée: 4 keys
        await wait_screen(pilot, FeedbackModal)
        assert text(app, "#verdict").startswith("✔ Juste"), text(app, "#verdict")


async def test_page_down_and_a_new_number_after_a_pause(make_app, home: Home) -> None:
    item, _, sentences = _late_proof(home)
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        session = await session_of(pilot, SLUG, [item.id])
        await pilot.press(TRUTH_KEYS[TRUTH_ORDER.index(item.answer)])
        justify = session.query_one("#justify", OptionList)
        await pilot.press("pagedown")
        assert justify.highlighted is not None and justify.highlighted > 1
        await pilot.press("1", "2")
        assert justify.highlighted == 11
        await pilot.pause(justify.parent.NUMBER_PAUSE + 0.1)  # type: ignore[union-attr]
        await pilot.press("3")
        assert justify.highlighted == 2, "after a pause, a digit starts a new number"
        await pilot.press("9", "9")  # no sentence 99: 9 then 9 again
        assert justify.highlighted == 8 and len(sentences) < 99
