"""What a third walk through the app in a real terminal found: a wrong "Faux" answered "✘ Faux",
the slip of a near miss said twice ("≈ Presque : une petite faute de frappe" above "Presque : le
mois est mal écrit."), a proof sentence cited that the learner never picked, a model answer
called "la bonne réponse", Ctrl+C answered in English, a damaged record reported as "0
réponse(s) sur 0" with an absolute path cut in two, lines that broke where they should not
("(sa" / "place : 2)", "·" / "0,5 / 1 point", "(-" / "33 %", a proof sentence going on under
its number), a QCM that did not say what to press, and a reviewed item that did not say it had
been missed.
"""

from __future__ import annotations

import shutil
from datetime import timedelta

from textual.widgets import Label
from ui_helpers import (
    choose_row,
    notifications,
    open_library,
    right_keys,
    session_of,
    shown_text,
    text,
    typing,
    wait_screen,
    wait_until,
    wrong_choice_key,
)
from ui_home import CHECKOUT, LESSON_FILE, Clock, Home

from tutor.content import load_article
from tutor.exercise_io import load_exercise_set
from tutor.model import Choice
from tutor.ui.screens.feedback import FeedbackModal
from tutor.ui.screens.library import LibraryScreen
from tutor.ui.screens.reader import ReaderScreen
from tutor.ui.screens.session import SessionScreen

SLUG = "poutine-coree-du-nord"
SIZE = (100, 32)


def items_body(home: Home) -> str:
    return load_article(home.paths.content / f"{SLUG}.md").body


async def _feedback_after(pilot, keys: list[str]) -> FeedbackModal:
    await pilot.press(*keys)
    modal = await wait_screen(pilot, FeedbackModal)
    assert isinstance(modal, FeedbackModal)
    return modal


async def test_a_wrong_false_is_not_answered_false(make_app) -> None:
    """ "✘ Faux · 0 / 1 point", then "Votre réponse : Faux", then "Non. La bonne réponse est
    « Vrai »": on a true / false item the verdict's word read as the answer."""
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, SLUG, ["vf-chine-defense-russe"])
        await _feedback_after(pilot, ["f"])
        banner = text(app, "#verdict")
        assert banner.startswith("✘") and "Faux" not in banner, banner
        assert "Mauvaise réponse" in banner, banner


async def test_a_month_typo_is_named_once(make_app) -> None:
    """ "≈ Presque : une petite faute de frappe" above "Presque : le mois est mal écrit. La bonne
    réponse est « septembre 2023 »": "Presque" twice, the slip in two words."""
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, SLUG, ["date-derniere-rencontre"])
        await _feedback_after(pilot, [*typing("setembre 2023"), "enter"])
        banner = text(app, "#verdict")
        explanation = text(app, "#explanation")
        assert "le mois est mal écrit" in banner, banner
        assert "Presque" not in explanation and "mal écrit" not in explanation, explanation
        assert explanation.startswith("La bonne réponse est"), explanation


async def test_a_missing_keyword_does_not_say_en_partie_twice(make_app) -> None:
    """ "◐ En partie juste : il manque des mots importants" above "En partie : vous avez utilisé
    missiles. Il faut encore…"."""
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, SLUG, ["inquietude-kirby"])
        await _feedback_after(pilot, [*typing("les missiles"), "enter"])
        explanation = text(app, "#explanation")
        assert text(app, "#verdict").startswith("◐ En partie juste")
        assert not explanation.startswith("En partie"), explanation
        assert explanation.startswith("Vous avez utilisé missiles"), explanation


async def test_a_missing_accent_is_named_once(make_app) -> None:
    """ "✘ Faux : attention aux accents" above "Attention aux accents : la bonne réponse est
    « dépend »"."""
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, SLUG, ["cloze-depend"])
        await _feedback_after(pilot, [*typing("Depend."), "enter"])
        banner = text(app, "#verdict")
        explanation = text(app, "#explanation")
        assert "accents" in banner, banner
        assert "accents" not in explanation.split("\n")[0], explanation
        assert explanation.startswith("La bonne réponse est «\u00a0dépend\u00a0»"), explanation


async def test_a_model_answer_is_not_the_only_right_one(make_app) -> None:
    """An open question's feedback said "La bonne réponse : Des missiles nord-coréens sont
    utilisés…" to a learner whose own words may be as good."""
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, SLUG, ["inquietude-kirby"])
        await _feedback_after(pilot, [*typing("les missiles"), "enter"])
        expected = text(app, "#expected")
        assert expected.startswith("Exemple de réponse"), expected


async def test_the_typed_answer_is_shown_without_its_stray_spaces(make_app) -> None:
    """ "Votre réponse :   Juillet  2000." showed the spaces typed around the answer."""
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, SLUG, ["date-derniere-visite"])
        await _feedback_after(pilot, [*typing("  Juillet  2000. "), "enter"])
        assert text(app, "#verdict").startswith("✔ Juste")
        assert text(app, "#given") == "Votre réponse\u00a0: Juillet 2000.", text(app, "#given")


async def test_enter_after_false_does_not_cite_the_first_sentence(make_app) -> None:
    """ "f" then Entrée (or Ctrl+S): the feedback said "Votre réponse : Faux : « La visite du
    président russe… »", a sentence the learner never chose, and "la phrase citée ne le prouve
    pas"."""
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        session = await session_of(pilot, SLUG, ["vf-munitions"])
        await pilot.press("f")
        await pilot.pause()
        for key in ("enter", "ctrl+s"):
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is session, f"{key} answered without a sentence"
        said = "\n".join(notifications(app))
        assert "numéro" in said, said
        await pilot.press("down", "enter")  # ↓ reaches the first sentence, Entrée cites it
        await wait_screen(pilot, FeedbackModal)


async def test_ctrl_c_says_how_to_quit_in_french(make_app) -> None:
    """Ctrl+C showed "Do you want to quit? Press ctrl+q to quit the app"."""
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_library(pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
        said = "\n".join(notifications(app))
        assert "Press" not in said and "quit the app" not in said, said
        assert "Ctrl+Q" in said and "enregistrées" in said, said


async def test_a_damaged_record_is_reported_in_plain_french(make_app, home: Home) -> None:
    """ "Une copie est gardée ici : /tmp/…/Camille.corrupt-20261206T1" / "61346758899Z.yaml.
    0 réponse(s) sur 0 ont été récupérées.": a path cut in the middle of its name, "(s)"."""
    home.progress.mkdir(parents=True)
    (home.progress / "Léa.yaml").write_text("format: 1\nlearner: [Léa\nattempts: {{{\n", "utf-8")
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_library(pilot)
        said = "\n".join(notifications(app))
        assert "abîmé" in said, said
        assert "(s)" not in said and "sur 0" not in said, said
        assert str(home.progress) not in said, said
        assert list(home.progress.glob("Léa.corrupt-*.yaml"))
        assert "enseignant" in said and ".yaml" not in said, said


def test_a_broken_record_with_answers_kept_counts_them() -> None:
    """The answers that could be read are counted in words a learner reads: "1 réponse sur 2
    a été récupérée", not "1 réponse(s) sur 2 ont été récupérées"."""
    from tutor.ui.services import corrupt_notice

    said = corrupt_notice(kept=1, found=2)
    assert "1\u00a0réponse sur 2 a été récupérée" in said, said
    said = corrupt_notice(kept=3, found=3)
    assert "3\u00a0réponses sur 3 ont été récupérées" in said, said


async def test_points_and_places_do_not_break_across_lines(make_app) -> None:
    """At 80 columns the banner ended "· 0,5" with "/ 1 point" on the next line, and an event's
    correction "(sa" with "place : 2)" below it."""
    app = make_app(learner="Léa")
    async with app.run_test(size=(80, 24)) as pilot:
        await session_of(pilot, SLUG, ["chrono-rencontres"])
        await _feedback_after(pilot, ["enter"])
        given = shown_text(app, "#given")
        assert not any(line.rstrip().endswith("(sa") for line in given.splitlines()), given
        assert "(sa\u00a0place" in text(app, "#given")
        assert "\u00a0/\u00a0" in text(app, "#verdict"), text(app, "#verdict")


async def test_the_footer_of_a_matching_item_fits_80_columns(make_app) -> None:
    """At 80 columns the footer of a who-said-what ended "esc Arrêter  f1 A"."""
    app = make_app(learner="Léa")
    async with app.run_test(size=(80, 24)) as pilot:
        await session_of(pilot, SLUG, ["qui-a-dit-soutien"])
        footer = shown_text(app, "Footer")
        assert "f1 Aide" in footer and "Tab ⇧Tab" in footer, footer


async def test_skill_bars_stay_near_their_names_on_a_wide_terminal(make_app) -> None:
    """At 180 columns the progress screen's bars ran 150 columns: the percent stood far from
    its skill."""
    app = make_app(learner="Léa")
    async with app.run_test(size=(180, 40)) as pilot:
        await open_library(pilot)
        await pilot.press("p")
        await wait_until(pilot, lambda: not isinstance(app.screen, LibraryScreen), "progress")
        await pilot.pause()
        row = app.screen.query(".skill-row").first()
        assert row.region.width <= 100, row.region


async def test_a_missed_item_comes_back_the_next_day_saying_why(
    make_app, home: Home, clock: Clock
) -> None:
    """The next day the review showed a question missed the day before with nothing to say it
    was one: "Compréhension · Vladimir Poutine…" and the options, the same as any new item."""
    items = load_exercise_set(home.exercises / LESSON_FILE.name, home.paths.content).items
    first, second = items[0], items[1]
    assert isinstance(first, Choice) and first.id == "qui-rencontre-poutine"
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, SLUG, [first.id, second.id])
        await _feedback_after(pilot, [wrong_choice_key(first)])
        await pilot.press("enter")
        await pilot.pause()
        await _feedback_after(pilot, right_keys(second, items_body(home)))
    clock.advance(timedelta(days=1))
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        await pilot.press("r")
        session = await wait_screen(pilot, SessionScreen)
        assert isinstance(session, SessionScreen)
        assert session.lesson.review and session.lesson.current is not None
        assert session.lesson.current.item.id == first.id, "the missed item first"
        said = text(app, "#item-skill")
        assert "Dernière réponse, le 2\u00a0mars 2026\u00a0: fausse." in said.replace(
            "2 mars", "2\u00a0mars"
        ), said


async def test_a_long_proof_sentence_wraps_under_its_text(make_app) -> None:
    """ "▊  1  La visite du président russe…" then "▊ 24 ans après sa dernière venue": the next
    line of a sentence began under its number, where the eye looks for the numbers."""
    app = make_app(learner="Léa")
    async with app.run_test(size=(80, 24)) as pilot:
        await session_of(pilot, SLUG, ["vf-munitions"])
        await pilot.press("f")
        await wait_until(pilot, lambda: bool(app.screen.query("#justify")), "the sentences")
        await pilot.pause()
        shown = shown_text(app, "#justify").splitlines()
        first = next(n for n, line in enumerate(shown) if "1  La visite" in line)
        start = shown[first].index("La visite")
        below = shown[first + 1]
        assert below[:start].strip("▊ ") == "" and below[start] != " ", (shown[first], below)


async def test_the_points_keep_their_dot_on_a_wrapped_title(make_app) -> None:
    """ "◐ En partie juste : la phrase citée ne prouve pas la réponse  ·" with "0,5 / 1 point"
    alone on the line below."""
    app = make_app(learner="Léa")
    async with app.run_test(size=(80, 24)) as pilot:
        await session_of(pilot, SLUG, ["vf-munitions"])
        await _feedback_after(pilot, ["f", "1", "enter"])
        lines = [line.strip("█ ") for line in shown_text(app, "#verdict").splitlines()]
        lines = [line for line in lines if line]
        assert len(lines) == 2, lines
        assert not lines[0].endswith("·") and lines[1].startswith("·"), lines


async def test_a_minus_sign_stays_with_its_number_in_the_article(make_app, home: Home) -> None:
    """At 80 columns the PSA article ended a line with "en bourse (-" and began the next with
    "33 % pour le premier semestre"."""
    psa = "psa-suppressions-emplois"
    shutil.copy(CHECKOUT / "exercises" / f"{psa}.yaml", home.exercises / f"{psa}.yaml")
    app = make_app(learner="Léa")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_library(pilot)
        await choose_row(pilot, psa)
        await pilot.press("enter")
        await wait_screen(pilot, ReaderScreen)
        await pilot.pause()
        lines = [line.strip("│ ▇▆▅▄▃▂▁") for line in shown_text(app, "#para-0").splitlines()]
        assert any("33" in line for line in lines), lines
        assert not any(line.endswith(("(-", " -")) for line in lines), lines


async def test_a_qcm_and_a_true_false_say_what_to_press(make_app) -> None:
    """An order said "↑ ↓ choisissent un événement, Maj+↑ Maj+↓…", the proof "Tapez son
    numéro"; a QCM, a true / false and a word bank said nothing, and a number answers at once."""
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        ids = ["qui-rencontre-poutine", "vf-prix-petrole", "cloze-allie"]
        session = await session_of(pilot, SLUG, ids)
        for number, wanted in enumerate(["numéro", "v, f ou n", "numéro"]):
            await wait_until(pilot, lambda n=number: session.lesson.position == n, ids[number])
            await pilot.pause()
            assert session.answer_widget is not None
            how = str(session.answer_widget.query_one(".answer-how", Label).render())
            assert wanted in how, (ids[number], how)
            await _feedback_after(pilot, ["1" if number != 1 else "v"])
            await pilot.press("enter")
