"""A long article title wraps on a narrow screen instead of being cut: above each question of a
review ("… s'enga" then "la vie publique" at 80 columns) and under "Résultats"."""

from __future__ import annotations

import dataclasses

from ui_helpers import open_library, shown_text, wait_until

from tutor.ui.lesson import Lesson, LessonItem
from tutor.ui.screens.results import ResultsScreen
from tutor.ui.screens.session import SessionScreen

SLUG = "poutine-coree-du-nord"
LONG_TITLE = (
    "France : les principaux candidats à la présidentielle s'engagent pour la transparence de "
    "la vie publique"
)


async def test_the_article_title_of_a_review_item_shows_whole_at_80_columns(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=(80, 24)) as pilot:
        library = await open_library(pilot)
        entry = library.catalog.entry(SLUG) if library.catalog else None
        assert entry is not None and entry.exercise_set is not None and entry.article is not None
        item = entry.exercise_set.items[0]
        article = dataclasses.replace(entry.article, title=LONG_TITLE)
        lesson = Lesson("Révision", [LessonItem(item, article, entry.exercise_set)])
        lesson.review = True
        session = SessionScreen(lesson)
        app.push_screen(session)
        await wait_until(pilot, lambda: session.answer_widget is not None, "the first item")
        await pilot.pause()
        seen = " ".join(shown_text(app, "#item-skill").split())
        assert LONG_TITLE in seen


async def test_the_lesson_title_of_the_results_shows_whole_at_80_columns(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=(80, 24)) as pilot:
        library = await open_library(pilot)
        entry = library.catalog.entry(SLUG) if library.catalog else None
        assert entry is not None and entry.exercise_set is not None and entry.article is not None
        item = entry.exercise_set.items[0]
        lesson = Lesson(LONG_TITLE, [LessonItem(item, entry.article, entry.exercise_set)])
        app.push_screen(ResultsScreen(lesson))
        await wait_until(pilot, lambda: isinstance(app.screen, ResultsScreen), "the results")
        await pilot.pause()
        assert LONG_TITLE in " ".join(shown_text(app, "#results-lesson").split())


async def test_the_lesson_title_above_each_question_shows_whole_at_80_columns(make_app) -> None:
    """The title above the questions was cut: "… s'engagent pour la trans" at 80 columns, "… de
    la vie pu" at 100; the results' "… : les erreurs" lost its last words."""
    app = make_app(learner="Léa")
    async with app.run_test(size=(80, 24)) as pilot:
        library = await open_library(pilot)
        entry = library.catalog.entry(SLUG) if library.catalog else None
        assert entry is not None and entry.exercise_set is not None and entry.article is not None
        item = entry.exercise_set.items[0]
        again = f"{LONG_TITLE} : les erreurs"
        session = SessionScreen(
            Lesson(again, [LessonItem(item, entry.article, entry.exercise_set)])
        )
        app.push_screen(session)
        await wait_until(pilot, lambda: session.answer_widget is not None, "the first item")
        await pilot.pause()
        assert again in " ".join(shown_text(app, "#session-title").split())
        assert "Question 1 sur 1" in shown_text(app, "#session-status")
