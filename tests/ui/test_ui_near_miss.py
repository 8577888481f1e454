"""A near miss on a date, seen in the app: the verdict stays "Faux", the banner and the
explanation say what to check (the order of the digits), at the smallest terminal size."""

from __future__ import annotations

from ui_helpers import session_of, shown_text, text, typing, wait_screen

from tutor.ui.screens.feedback import FeedbackModal

SLUG = "poutine-coree-du-nord"
SIZE = (80, 24)


async def test_a_year_with_swapped_digits_gets_a_hint_on_screen(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, SLUG, ["date-derniere-rencontre"])  # septembre 2023
        await pilot.press(*typing("septembre 2032"), "enter")
        await wait_screen(pilot, FeedbackModal)
        banner = text(app, "#verdict")
        assert banner.startswith("✘ Faux"), banner
        assert "vérifiez l'ordre des chiffres" in banner
        assert "0\u00a0/\u00a01" in banner
        explanation = " ".join(shown_text(app, "#explanation").split())
        assert "le mois est juste" in explanation.lower(), explanation
        assert "Vérifiez l'ordre des chiffres de l'année." in explanation, explanation


async def test_a_length_without_its_unit_earns_half_and_says_what_is_missing(make_app) -> None:
    """ "2" for "2 jours" (how long the visit lasts): the number is right, the unit is missing;
    it scored 0 with "Non." before."""
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, SLUG, ["duree-visite"])
        await pilot.press(*typing("2"), "enter")
        await wait_screen(pilot, FeedbackModal)
        banner = text(app, "#verdict")
        assert banner.startswith("◐"), banner
        assert "0,5\u00a0/\u00a01" in banner, banner
        shown = " ".join(f"{banner} {shown_text(app, '#explanation')}".split())
        assert "il manque l'unité" in shown, shown
        assert "« 2 jours »" in shown, shown


async def test_another_person_of_the_verb_is_almost_right_on_screen(make_app) -> None:
    """ "dépendent" for "dépend" ("La Corée du Nord ___ aussi de la Russie"): it showed "✘" and
    "Non."; the title now names the slip and the learner gets half the point."""
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, SLUG, ["cloze-depend"])
        await pilot.press(*typing("dépendent"), "enter")
        await wait_screen(pilot, FeedbackModal)
        banner = text(app, "#verdict")
        assert banner.startswith("≈"), banner
        assert "le verbe n'a pas la bonne terminaison" in banner, banner
        assert "0,5\u00a0/\u00a01" in banner, banner
        assert "« dépend »" in " ".join(shown_text(app, "#explanation").split())


async def test_a_near_miss_without_its_accents_names_the_accents_too(make_app, home) -> None:
    """ "reserve d'interpretation" for "réserves d’interprétation" (tmux, contrôles au faciès):
    the title said only "attention au singulier et au pluriel" under the default accent policy
    (warn), and nothing on screen said the accents were missing too. The seed's verb item,
    made warn here, shows the same for an ending."""
    lesson = home.exercises / f"{SLUG}.yaml"
    text_of_lesson = lesson.read_text(encoding="utf-8")
    assert text_of_lesson.count("accents: strict") == 1
    lesson.write_text(text_of_lesson.replace("accents: strict", "accents: warn"), "utf-8")
    for typed, slip in [
        ("dependent", "le verbe n'a pas la bonne terminaison, et attention aux accents"),
        ("depen", "une faute de frappe et un accent"),
    ]:
        app = make_app(learner="Léa")
        async with app.run_test(size=SIZE) as pilot:
            await session_of(pilot, SLUG, ["cloze-depend"])
            await pilot.press(*typing(typed), "enter")
            await wait_screen(pilot, FeedbackModal)
            banner = " ".join(text(app, "#verdict").split())
            assert banner.startswith("≈ Presque"), banner
            assert slip in banner, banner
            assert "0,5 / 1" in banner, banner
            assert "« dépend »" in " ".join(shown_text(app, "#explanation").split())
