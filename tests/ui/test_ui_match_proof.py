"""After a who-said-what item with a wrong pair, "Dans l'article" shows the sentence of the
quotation the learner missed: the item's one evidence sentence proved a pair already right."""

from __future__ import annotations

from ui_helpers import session_of, wait_screen

from tutor.model import SpeakerMatch
from tutor.ui.item_view import pair_row, shuffled_rows
from tutor.ui.screens.feedback import FeedbackModal

SLUG = "poutine-coree-du-nord"
ITEM = "qui-a-dit-soutien"


def _keys(item: SpeakerMatch, wrong_speaker_of: str | None) -> list[str]:
    rows, choices = shuffled_rows(item)
    keys: list[str] = []
    for row in rows:
        pair = next(p for p in item.pairs if pair_row(p) == row)
        choice = pair.speaker
        if pair.speaker == wrong_speaker_of:
            choice = next(c for c in choices if c != pair.speaker)
        keys += [*["down"] * choices.index(choice), "enter"]
    return [*keys, "enter"]


def _highlighted(feedback: FeedbackModal) -> str:
    context = feedback.view.context
    assert context.span is not None
    start, end = context.span
    return context.paragraph[start:end]


async def test_the_proof_shown_is_the_sentence_of_the_missed_quotation(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=(100, 40)) as pilot:
        session = await session_of(pilot, SLUG, [ITEM])
        item = session.lesson.items[0].item
        assert isinstance(item, SpeakerMatch)
        await pilot.press(*_keys(item, wrong_speaker_of="John Kirby"))
        feedback = await wait_screen(pilot, FeedbackModal)
        assert isinstance(feedback, FeedbackModal)
        shown = _highlighted(feedback)
        assert "approfondissement de la relation" in shown
        assert "soutien indéfectible" not in shown


async def test_all_pairs_right_keep_the_items_evidence(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=(100, 40)) as pilot:
        session = await session_of(pilot, SLUG, [ITEM])
        item = session.lesson.items[0].item
        assert isinstance(item, SpeakerMatch)
        await pilot.press(*_keys(item, wrong_speaker_of=None))
        feedback = await wait_screen(pilot, FeedbackModal)
        assert isinstance(feedback, FeedbackModal)
        assert "soutien indéfectible" in _highlighted(feedback)
