"""A whole lesson played with the keyboard on the real Poutine exercises, then a restart.

The learner gets one item wrong, makes a typo, drops accents, takes a hint, reaches the results,
and on the next day finds the progress kept and the missed item back in the review.
"""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import DataTable, OptionList
from ui_helpers import (
    cell,
    choose_row,
    right_keys,
    strip_accents,
    text,
    texts,
    typed_answer,
    typing,
    wait_screen,
    wait_until,
)
from ui_home import LESSON_FILE, Clock, Home

from tutor.exercise_io import load_exercise_set
from tutor.model import Choice, Cloze, DateQuestion, Item, OpenQuestion, TrueFalse, Truth
from tutor.progress import open_progress
from tutor.ui.item_view import TRUTH_KEYS, TRUTH_ORDER
from tutor.ui.screens.feedback import FeedbackModal
from tutor.ui.screens.learner import LearnerScreen
from tutor.ui.screens.library import LibraryScreen
from tutor.ui.screens.reader import ReaderScreen
from tutor.ui.screens.results import ResultsScreen
from tutor.ui.screens.session import SessionScreen

SLUG = "poutine-coree-du-nord"
SIZE = (100, 32)


def _plan(items: tuple[Item, ...]) -> dict[str, str]:
    """Which item gets which slip: the first QCM right, the first true/false wrong, a typo in a
    date, accents dropped in a typed answer that has some, a hint on a typed item."""
    plan: dict[str, str] = {}

    def first(kind: type | tuple[type, ...], test=lambda item: True) -> Item:
        return next(i for i in items if isinstance(i, kind) and i.id not in plan and test(i))

    plan[first(Choice).id] = "right"
    plan[first(TrueFalse, lambda i: i.answer is not Truth.NOT_GIVEN).id] = "wrong"
    plan[first(DateQuestion).id] = "typo"

    def accented(item: Item) -> bool:
        expected = typed_answer(item)
        return item.policy.accents == "warn" and strip_accents(expected) != expected

    def typed(item: Item) -> bool:
        return not (isinstance(item, Cloze) and item.bank)

    plan[first((Cloze, OpenQuestion), lambda i: typed(i) and accented(i)).id] = "accents"
    plan[first((Cloze, DateQuestion), lambda i: typed(i) and i.hint and i.hint_cost).id] = "hint"
    return plan


def _typo(answer: str) -> str:
    """One letter dropped from the first long word: "juillet" -> "juilet"."""
    words = answer.split(" ")
    index = next(i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha())
    word = words[index]
    words[index] = word[:3] + word[4:]
    return " ".join(words)


async def test_a_whole_lesson_then_a_restart_keeps_progress(
    make_app, home: Home, clock: Clock
) -> None:
    exercise_set = load_exercise_set(home.exercises / LESSON_FILE.name, home.paths.content)
    items = exercise_set.items
    plan = _plan(items)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await wait_screen(pilot, LearnerScreen)
        await pilot.press(*typing("Zoé"), "enter")
        await wait_screen(pilot, LibraryScreen)
        await choose_row(pilot, SLUG)
        await pilot.press("enter")
        reader = await wait_screen(pilot, ReaderScreen)
        body = reader.article.body
        await pilot.press("e")
        session = await wait_screen(pilot, SessionScreen)
        assert text(app, "#session-status").startswith(f"Question 1 sur {len(items)}")

        for number, item in enumerate(items, start=1):
            await wait_until(pilot, lambda: app.screen is session, f"item {number}")
            await wait_until(
                pilot,
                lambda: session.answer_widget is not None and session.answer_widget.display,
                f"the answer widget of {item.id}",
            )
            what = plan.get(item.id, "right")
            keys = right_keys(item, body)
            if what == "wrong":
                right = TRUTH_ORDER.index(item.answer)
                keys = [TRUTH_KEYS[2 if right != 2 else 0]]
            elif what == "typo":
                keys = [*typing(_typo(item.answer)), "enter"]
            elif what == "accents":
                keys = [*typing(strip_accents(typed_answer(item))), "enter"]
            elif what == "hint":
                await pilot.press("f2")
                assert "Indice" in text(app, "#hint")
                assert "coûte" in text(app, "#hint")
            await pilot.press(*keys)
            feedback = await wait_screen(pilot, FeedbackModal)
            banner = text(app, "#verdict")
            if what == "wrong":
                assert banner.startswith("✘ Mauvaise réponse"), banner
            elif what == "typo":
                assert "Presque" in banner and (
                    "faute de frappe" in banner or "mal écrit" in banner
                ), banner
            elif what == "accents":
                assert "attention aux accents" in banner, banner
            elif what == "hint":
                assert f"{item.points - item.hint_cost:g}".replace(".", ",") in banner, banner
            else:
                assert banner.startswith("✔ Juste"), (item.id, banner)
            assert feedback.query_one("#evidence").render()
            if number == 1:  # recorded as soon as graded, before the learner moves on
                assert len(open_progress("Zoé", home.progress, read_only=True).attempts) == 1
            await pilot.press("enter")

        results = await wait_screen(pilot, ResultsScreen)
        assert "Score" in text(app, "#results-total")
        skills = results.query_one(DataTable)
        assert skills.row_count == len({i.skill for i in items})
        missed = "\n".join(texts(app, ".missed-item"))
        wrong_item = next(i for i in items if plan.get(i.id) == "wrong")
        typo_item = next(i for i in items if plan.get(i.id) == "typo")
        shown = " ".join(missed.split())  # the results hold "?" to its word (a no-break space)
        assert " ".join(wrong_item.prompt.split()) in shown
        assert " ".join(typo_item.prompt.split()) in shown

    recorded = open_progress("Zoé", home.progress, read_only=True).attempts
    assert len(recorded) == len(items)

    clock.advance(timedelta(days=1))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        learner = await wait_screen(pilot, LearnerScreen)
        options = learner.query_one(OptionList)
        await wait_until(pilot, lambda: options.option_count > 0, "the known learners")
        assert options.has_focus
        assert str(options.get_option_at_index(options.highlighted or 0).prompt) == "Zoé"
        await pilot.press("enter")
        library = await wait_screen(pilot, LibraryScreen)
        await choose_row(pilot, SLUG)
        table = library.query_one(DataTable)
        score, due = cell(table, SLUG, "score"), cell(table, SLUG, "due")
        assert score.endswith("%") and score != "0\u00a0%"
        assert int(due) >= 1
        await pilot.press("r")
        review = await wait_screen(pilot, SessionScreen)
        assert review.lesson.review
        assert wrong_item.id in [i.item.id for i in review.lesson.items]
