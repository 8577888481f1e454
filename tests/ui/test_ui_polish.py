"""Details a learner notices: where the answer sits in a QCM, where the library starts, the help
and the progress bar at 80x24, a notice said once."""

from __future__ import annotations

import shutil

from textual.color import Color
from textual.widgets import DataTable, OptionList
from textual.widgets._progress_bar import Bar
from ui_helpers import (
    choose_row,
    notifications,
    open_library,
    session_of,
    wait_screen,
    wait_until,
)
from ui_home import CHECKOUT, LESSON_FILE, Home

from tutor.exercise_io import load_exercise_set
from tutor.model import Choice
from tutor.ui.screens.help import HelpModal
from tutor.ui.screens.progress import ProgressScreen
from tutor.ui.screens.reader import ReaderScreen
from tutor.ui.screens.session import SessionScreen

SLUG = "poutine-coree-du-nord"
SMALL = (80, 24)


async def _shown_qcm_options(make_app, ids: list[str], learner: str) -> list[list[str]]:
    """The options of each QCM, in the order the learner sees them (it answers them: the next
    run of the same learner is another attempt, in another order)."""
    app = make_app(learner=learner)
    shown: list[list[str]] = []
    async with app.run_test(size=SMALL) as pilot:
        session = await session_of(pilot, SLUG, ids)
        for number, item_id in enumerate(ids):
            await wait_until(pilot, lambda n=number: session.lesson.position == n, item_id)
            assert session.answer_widget is not None
            options = session.answer_widget.query_one(OptionList)
            shown.append(
                [
                    str(options.get_option_at_index(i).prompt).split("  ", 1)[1]
                    for i in range(options.option_count)
                ]
            )
            await pilot.press("1", "enter")
    return shown


async def test_the_right_qcm_option_moves_and_stays_put_between_runs(make_app, home: Home) -> None:
    items = load_exercise_set(home.exercises / LESSON_FILE.name, home.paths.content).items
    qcms = [i for i in items if isinstance(i, Choice)]
    assert len(qcms) >= 3 and all(q.options[0] == q.answer for q in qcms), "written answer first"
    ids = [q.id for q in qcms]
    first = await _shown_qcm_options(make_app, ids, "Léa")
    second = await _shown_qcm_options(make_app, ids, "Zoé")
    assert first == second, "the same order at the first attempt in every run"
    places = [shown.index(q.answer) for shown, q in zip(first, qcms, strict=True)]
    assert places != [0] * len(qcms), places
    assert len(set(places)) > 1, f"the answer always sits at the same place: {places}"


async def test_a_new_learner_starts_on_an_article_with_exercises(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SMALL) as pilot:
        library = await open_library(pilot)
        table = library.query_one(DataTable)
        assert table.get_row_index(SLUG) > 0, "the lesson is not the first row"
        assert table.cursor_row == table.get_row_index(SLUG)


async def test_a_new_learner_starts_on_the_default_lesson_among_many(make_app, home: Home) -> None:
    """Every shipped lesson ready: the first rows (alphabetical) are Wikinews articles, and a
    new learner is offered the default lesson; once they open another, they come back to it."""
    for lesson in (CHECKOUT / "exercises").glob("*.yaml"):
        shutil.copy(lesson, home.exercises / lesson.name)
    other = "acta-parlement-europeen"
    app = make_app(learner="Noé")
    async with app.run_test(size=SMALL) as pilot:
        library = await open_library(pilot)
        table = library.query_one(DataTable)
        assert library.catalog and all(e.ready for e in library.catalog.entries[:2])
        assert table.get_row_index(SLUG) > 0
        assert table.cursor_row == table.get_row_index(SLUG)
        await choose_row(pilot, other)
        await pilot.press("enter")
        await wait_screen(pilot, ReaderScreen)
        await pilot.pause(0.2)  # the article is noted in a worker
    app = make_app(learner="Noé")
    async with app.run_test(size=SMALL) as pilot:
        table = (await open_library(pilot)).query_one(DataTable)
        assert table.cursor_row == table.get_row_index(other) == 0


async def test_the_library_starts_on_the_last_article_opened(make_app) -> None:
    other = "psa-suppressions-emplois"
    app = make_app(learner="Léa")
    async with app.run_test(size=SMALL) as pilot:
        await open_library(pilot)
        await choose_row(pilot, other)
        await pilot.press("enter")
        await wait_screen(pilot, ReaderScreen)
        await pilot.pause(0.2)  # the article is noted in a worker
    app = make_app(learner="Léa")
    async with app.run_test(size=SMALL) as pilot:
        table = (await open_library(pilot)).query_one(DataTable)
        assert table.cursor_row == table.get_row_index(other)


async def test_help_fits_80_columns_and_scrolls_to_its_last_key(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SMALL) as pilot:
        await open_library(pilot)
        await pilot.press("f1")
        help_screen = await wait_screen(pilot, HelpModal)
        keys = help_screen.query_one("#help-keys")
        box = help_screen.query_one("#help-box")
        assert box.region.right <= SMALL[0] and box.region.bottom <= SMALL[1]
        assert keys.max_scroll_x == 0, "nothing cut at the right edge"
        for row in help_screen.query(".help-what"):
            assert row.region.width >= 30 or not row.region, "descriptions have room to wrap"
        await pilot.press("end")
        last = list(help_screen.query(".help-row"))[-1]
        await pilot.pause()
        assert keys.region.contains_region(last.region), "the last key can be scrolled to"
        assert help_screen.query_one("#help-close").region.bottom <= SMALL[1]


async def test_the_progress_bar_shows_from_the_first_item(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SMALL) as pilot:
        await open_library(pilot)
        await choose_row(pilot, SLUG)
        await pilot.press("enter", "e")
        session = await wait_screen(pilot, SessionScreen)
        bar = session.query_one("#session-bar").query_one(Bar)
        track = next(iter(bar.render_line(0)))
        assert track.text.strip("━") == "" and track.style is not None
        ink = Color.from_rich_color(track.style.color)
        paper = Color.from_rich_color(track.style.bgcolor)
        assert abs(ink.brightness - paper.brightness) > 0.15, (ink, paper)
        assert str(session.query_one("#session-status").render()) == "Question 1 sur 22"


async def test_pressing_e_again_and_again_says_it_once(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await open_library(pilot)
        await choose_row(pilot, "psa-suppressions-emplois")
        await pilot.press("enter")
        await wait_screen(pilot, ReaderScreen)
        app.clear_notifications()
        await pilot.press("e", "e", "e", "e", "e")
        said = notifications(app)
        assert len(said) == 1 and "Pas encore d'exercices" in said[0], said


async def test_tab_after_scrolling_picks_a_term_on_screen(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SMALL) as pilot:
        await open_library(pilot)
        await choose_row(pilot, SLUG)
        await pilot.press("enter")
        reader = await wait_screen(pilot, ReaderScreen)
        assert isinstance(reader, ReaderScreen)
        await pilot.press("pagedown", "pagedown")
        in_view = reader.view.paragraphs_in_view()
        assert 0 not in in_view, "scrolled past the first paragraph"
        await pilot.press("tab")
        chosen = reader.view.selected
        assert chosen is not None and reader.spans[chosen].paragraph in in_view
        assert reader.view.scroll_y > 0, "the reader stays where the learner was"


async def test_nothing_to_review_keeps_the_learner_where_they_are(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await open_library(pilot)
        await pilot.press("p")
        progress = await wait_screen(pilot, ProgressScreen)
        await pilot.press("r")
        await pilot.pause()
        assert app.screen is progress
        assert any("Rien à revoir" in n for n in notifications(app))
