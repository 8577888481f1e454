"""A missed item back for review showed its options in the order of the first time: a learner
could remember "it was number 3" instead of the answer. The order now changes from one attempt
to the next (the answer of a QCM at another number), stays the same when the app is restarted on
the same attempt, and the correction lists the rows in the order the learner saw them."""

from __future__ import annotations

import itertools
from datetime import timedelta
from pathlib import Path

from textual.widgets import OptionList
from ui_helpers import (
    open_library,
    right_keys,
    session_of,
    texts,
    wait_screen,
    wait_until,
    wrong_choice_key,
)
from ui_home import LESSON_FILE, Clock, Home

from tutor.content import load_article
from tutor.exercise_io import load_exercise_set
from tutor.model import Choice, Chronology, Cloze, Item, SpeakerMatch, TermMatch
from tutor.ui.item_view import shuffled_bank, shuffled_events, shuffled_options, shuffled_rows
from tutor.ui.screens.feedback import FeedbackModal
from tutor.ui.screens.results import ResultsScreen
from tutor.ui.screens.session import SessionScreen

SLUG = "poutine-coree-du-nord"
SIZE = (100, 32)
CHECKOUT_EXERCISES = Path(__file__).resolve().parents[2] / "exercises"
ATTEMPTS = 6
SHOWN_START = 15
"""Characters of a row's start that find it again in a correction (which may shorten it)."""


def _item(home: Home, item_id: str) -> Item:
    items = load_exercise_set(home.exercises / LESSON_FILE.name, home.paths.content).items
    return next(i for i in items if i.id == item_id)


def _options(session: SessionScreen) -> list[str]:
    """A QCM's options as the screen lists them, without their numbers."""
    assert session.answer_widget is not None
    options = session.answer_widget.query_one(OptionList)
    return [
        str(options.get_option_at_index(i).prompt).split("  ", 1)[1]
        for i in range(options.option_count)
    ]


async def _review(pilot, item_id: str) -> SessionScreen:
    """The review opened from the library (`r`), on the item missed the day before."""
    await open_library(pilot)
    await pilot.press("r")
    session = await wait_screen(pilot, SessionScreen)
    assert isinstance(session, SessionScreen) and session.lesson.review
    await wait_until(pilot, lambda: session.answer_widget is not None, "the reviewed item")
    assert session.lesson.current is not None and session.lesson.current.item.id == item_id
    return session


async def _feedback_after(pilot, keys: list[str]) -> FeedbackModal:
    await pilot.press(*keys)
    modal = await wait_screen(pilot, FeedbackModal)
    assert isinstance(modal, FeedbackModal)
    return modal


async def test_a_missed_qcm_comes_back_with_its_answer_at_another_number(
    make_app, home: Home, clock: Clock
) -> None:
    qcm = _item(home, "qui-rencontre-poutine")
    assert isinstance(qcm, Choice) and len(qcm.options) >= 2
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        session = await session_of(pilot, SLUG, [qcm.id])
        first = _options(session)
        modal = await _feedback_after(pilot, [wrong_choice_key(qcm)])
        assert modal.view.outcome == "incorrect"
    clock.advance(timedelta(days=1))
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        again = _options(await _review(pilot, qcm.id))  # left without answering
    assert sorted(again) == sorted(first)
    assert again.index(qcm.answer) != first.index(qcm.answer), (first, again)
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        session = await _review(pilot, qcm.id)
        assert _options(session) == again, "the same attempt, the same order after a restart"
        body = load_article(home.paths.content / f"{SLUG}.md").body
        modal = await _feedback_after(pilot, right_keys(qcm, body, attempt=1))
        assert modal.view.outcome == "correct"


def _order_of(rows: list[str], text: str) -> list[int]:
    """Where each shown row starts in a correction's text."""
    return [text.find(row[:SHOWN_START]) for row in rows]


async def test_a_missed_matching_item_comes_back_in_another_order_and_is_corrected_so(
    make_app, home: Home, clock: Clock
) -> None:
    item = _item(home, "qui-a-dit-soutien")
    assert isinstance(item, SpeakerMatch)
    first_choice_everywhere = ["enter"] * (len(item.pairs) + 1)  # then Entrée sends
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, SLUG, [item.id])
        first = texts(app, ".pair-text")
        modal = await _feedback_after(pilot, first_choice_everywhere)
        assert modal.view.outcome != "correct"
    clock.advance(timedelta(days=1))
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await _review(pilot, item.id)
        again = texts(app, ".pair-text")
        assert sorted(again) == sorted(first) and again != first, again
        modal = await _feedback_after(pilot, first_choice_everywhere)
        corrected = [str(row) for row in modal.view.rows]
        assert len(corrected) == len(again)
        for shown, correction in zip(again, corrected, strict=True):
            assert shown[:SHOWN_START] in correction, (again, corrected)
        await pilot.press("enter")
        await wait_screen(pilot, ResultsScreen)
        (missed,) = texts(app, ".missed-item")
        places = _order_of(again, missed)
        assert -1 not in places and places == sorted(places), (again, missed)


def _order(item: Item, attempt: int) -> list[str] | None:
    """The options, rows or events of an item as shown at an attempt; None for other kinds."""
    if isinstance(item, Choice):
        return shuffled_options(item, attempt)
    if isinstance(item, Cloze) and item.bank:
        return shuffled_bank(item, attempt)
    if isinstance(item, SpeakerMatch | TermMatch):
        return shuffled_rows(item, attempt)[0]
    if isinstance(item, Chronology):
        return shuffled_events(item, attempt)
    return None


def test_every_shipped_item_moves_its_options_at_each_attempt() -> None:
    """Over all the shipped lessons: the answer of a QCM or a word bank at another number from
    one attempt to the next, matching rows and chronologies in another order (a chronology never
    in the right one), and the same order when asked again."""
    from tutor.exercise_io import exercise_files

    content = CHECKOUT_EXERCISES.parent / "content"
    checked = 0
    for path in exercise_files(CHECKOUT_EXERCISES):
        for item in load_exercise_set(path, content).items:
            orders = [_order(item, n) for n in range(ATTEMPTS)]
            if orders[0] is None or len(orders[0]) < 2:
                continue
            checked += 1
            pairs = list(itertools.pairwise(orders))
            assert all(sorted(o or []) == sorted(orders[0]) for o in orders), item.id
            assert orders == [_order(item, n) for n in range(ATTEMPTS)], item.id
            if isinstance(item, Choice | Cloze):
                places = [(o or []).index(item.answer) for o in orders]
                assert all(a != b for a, b in itertools.pairwise(places)), places
            elif isinstance(item, Chronology):
                assert [e.text for e in item.events] not in orders, item.id
                assert len(item.events) == 2 or all(a != b for a, b in pairs), item.id
            else:
                assert all(a != b for a, b in pairs), item.id
    assert checked > 50, checked
