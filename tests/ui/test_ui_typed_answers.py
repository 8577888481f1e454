"""Typed answers seen in the app: a date the lesson shows without its year is right without it,
and an "s" too many on a verb is named as the verb's ending, at the smallest terminal size."""

from __future__ import annotations

import shutil

from ui_helpers import session_of, shown_text, text, typing, wait_screen
from ui_home import CHECKOUT, Home

from tutor.ui.screens.feedback import FeedbackModal

SIZE = (80, 24)


async def test_a_day_without_the_year_the_lesson_does_not_ask_is_right(
    make_app, home: Home
) -> None:
    """ "le 9 mars" for « jeudi 9 mars »: it showed "il manque l'année" and 0,67 point, beside
    an answer with no year in it."""
    lesson = "transparence-vie-publique.yaml"
    shutil.copy(CHECKOUT / "exercises" / lesson, home.paths.exercises / lesson)
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, "transparence-vie-publique", ["date-jeudi-9-mars"])
        await pilot.press(*typing("le 9 mars"), "enter")
        await wait_screen(pilot, FeedbackModal)
        banner = text(app, "#verdict")
        assert banner.startswith("✔"), banner
        assert "1\u00a0/\u00a01" in banner, banner
        shown = " ".join(f"{banner} {shown_text(app, '#explanation')}".split())
        assert "il manque" not in shown, shown


async def test_an_s_too_many_on_a_verb_is_named_as_its_ending(make_app) -> None:
    """ "dépends" for « dépend » ("La Corée du Nord ___ aussi de la Russie") was told
    "attention au singulier et au pluriel"."""
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, "poutine-coree-du-nord", ["cloze-depend"])
        await pilot.press(*typing("dépends"), "enter")
        await wait_screen(pilot, FeedbackModal)
        banner = text(app, "#verdict")
        assert banner.startswith("≈"), banner
        assert "le verbe n'a pas la bonne terminaison" in banner, banner
        assert "pluriel" not in banner, banner


async def test_a_date_in_a_sentence_and_a_weekday_alone_on_screen(make_app, home: Home) -> None:
    """ "C'était le 9 mars." showed "✘ Faux" and "jeudi" "Non." for « jeudi 9 mars »."""
    lesson = "transparence-vie-publique.yaml"
    shutil.copy(CHECKOUT / "exercises" / lesson, home.paths.exercises / lesson)
    for typed, mark, said in [
        ("C'était le 9 mars.", "✔", "1\u00a0/\u00a01"),
        ("jeudi", "◐", "le jour de la semaine est juste, mais il manque la date"),
    ]:
        app = make_app(learner="Léa")
        async with app.run_test(size=SIZE) as pilot:
            await session_of(pilot, "transparence-vie-publique", ["date-jeudi-9-mars"])
            await pilot.press(*typing(typed), "enter")
            await wait_screen(pilot, FeedbackModal)
            banner = text(app, "#verdict")
            assert banner.startswith(mark), banner
            assert said in banner, banner


async def test_another_word_near_the_answer_is_named_on_screen(make_app, home: Home) -> None:
    """ "homicide volontaire" for « homicide involontaire » showed "≈ Presque", "une petite
    faute de frappe" and half the point: it says the opposite."""
    lesson = "rio-paris-rapport-bea.yaml"
    shutil.copy(CHECKOUT / "exercises" / lesson, home.paths.exercises / lesson)
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, "rio-paris-rapport-bea", ["mot-homicide-involontaire"])
        await pilot.press(*typing("homicide volontaire"), "enter")
        await wait_screen(pilot, FeedbackModal)
        banner = text(app, "#verdict")
        assert banner.startswith("✘"), banner
        shown = " ".join(shown_text(app, "#explanation").split())
        assert "« volontaire » est un autre mot" in shown, shown
