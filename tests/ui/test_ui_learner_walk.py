"""What a learner tripped on when using the app in a real terminal: a lesson left at question 4
that started again at question 1, texts that did not fit the item, feedback rows in another order
than the screen's, words and numbers cut in two."""

from __future__ import annotations

import itertools
import re
import shutil
from datetime import timedelta

from textual.widgets import Input, OptionList
from ui_helpers import (
    burst,
    choose_row,
    notifications,
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

from tutor.exercise_io import load_exercise_set
from tutor.messages import PAIR_SEPARATOR
from tutor.model import SpeakerMatch, TrueFalse
from tutor.ui.item_view import pair_row, shuffled_rows
from tutor.ui.screens.feedback import FeedbackModal
from tutor.ui.screens.learner import LearnerScreen
from tutor.ui.screens.library import LibraryScreen
from tutor.ui.screens.reader import ReaderScreen
from tutor.ui.screens.results import ResultsScreen
from tutor.ui.screens.session import SessionScreen

SLUG = "poutine-coree-du-nord"
SIZE = (100, 32)


async def _open_reader(pilot, name: str = "Zoé") -> ReaderScreen:
    await wait_screen(pilot, LearnerScreen)
    await pilot.press(*typing(name), "enter")
    await wait_screen(pilot, LibraryScreen)
    await choose_row(pilot, SLUG)
    await pilot.press("enter")
    reader = await wait_screen(pilot, ReaderScreen)
    assert isinstance(reader, ReaderScreen)
    return reader


async def _answer(pilot, session: SessionScreen, keys: list[str]) -> None:
    await wait_until(
        pilot,
        lambda: session.answer_widget is not None and session.answer_widget.display,
        "the answer widget",
    )
    await pilot.press(*keys)
    await wait_screen(pilot, FeedbackModal)
    await pilot.press("enter")
    await wait_until(pilot, lambda: pilot.app.screen is session, "the next item")


async def test_a_lesson_left_midway_goes_on_where_it_stopped(make_app, home: Home) -> None:
    """Three answers, Échap, then `e` again (and again after a restart of the app): the lesson
    goes on at question 4 with the score so far, not at question 1."""
    items = load_exercise_set(home.exercises / LESSON_FILE.name, home.paths.content).items
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        reader = await _open_reader(pilot)
        body = reader.article.body
        await pilot.press("e")
        session = await wait_screen(pilot, SessionScreen)
        assert isinstance(session, SessionScreen)
        for item in items[:3]:
            await _answer(pilot, session, right_keys(item, body))
        await pilot.press("escape")
        await wait_screen(pilot, ReaderScreen)
        await pilot.press("e")
        session = await wait_screen(pilot, SessionScreen)
        status = text(app, "#session-status")
        assert status.startswith(f"Question 4 sur {len(items)}"), status
        assert "Score\u00a0: 3 / 3" in status, status
        assert session.lesson.current is not None
        assert session.lesson.current.item.id == items[3].id
        assert any("question 4 sur" in n for n in notifications(app))

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _open_reader(pilot)
        await pilot.press("e")
        await wait_screen(pilot, SessionScreen)
        assert text(app, "#session-status").startswith(f"Question 4 sur {len(items)}")


async def test_answers_before_the_last_item_belong_to_a_finished_pass(
    make_app, home: Home, clock: Clock
) -> None:
    """The first item, then the last one, answered a minute apart: the pass is over, so `e`
    plays the lesson from the top; an answer given after that is a new pass under way."""
    items = load_exercise_set(home.exercises / LESSON_FILE.name, home.paths.content).items
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        reader = await _open_reader(pilot)
        body = reader.article.body
        await pilot.press("escape")
        await wait_screen(pilot, LibraryScreen)
        session = await session_of(pilot, SLUG, [items[0].id, items[-1].id])
        await _answer(pilot, session, right_keys(items[0], body))
        clock.advance(timedelta(minutes=1))
        await pilot.press(*right_keys(items[-1], body))
        await wait_screen(pilot, FeedbackModal)
        await pilot.press("enter")
        await wait_screen(pilot, ResultsScreen)
        await pilot.press("enter")
        await wait_screen(pilot, LibraryScreen)
        await choose_row(pilot, SLUG)
        await pilot.press("enter")
        await wait_screen(pilot, ReaderScreen)
        await pilot.press("e")
        session = await wait_screen(pilot, SessionScreen)
        assert text(app, "#session-status").startswith(f"Question 1 sur {len(items)}")
        clock.advance(timedelta(minutes=1))
        await _answer(pilot, session, right_keys(items[0], body))
        await pilot.press("escape")
        await wait_screen(pilot, ReaderScreen)
        await pilot.press("e")
        await wait_screen(pilot, SessionScreen)
        assert text(app, "#session-status").startswith(f"Question 2 sur {len(items)}")


def _item(home: Home, item_id: str):
    exercise_set = load_exercise_set(home.exercises / LESSON_FILE.name, home.paths.content)
    item = exercise_set.item(item_id)
    assert item is not None, item_id
    return item


async def test_the_date_field_asks_for_a_duration_a_month_or_a_day(make_app, home: Home) -> None:
    """ "Combien de temps dure la visite ?" showed "Une date, par exemple : 19 juin 2024"."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await wait_screen(pilot, LearnerScreen)
        await pilot.press(*typing("Zoé"), "enter")
        session = await session_of(pilot, SLUG, ["duree-visite", "date-derniere-visite"])
        placeholder = session.query_one("#typed", Input).placeholder
        assert "durée" in placeholder and "19 juin" not in placeholder, placeholder
        await pilot.press(*typing("2 jours"), "enter")
        await wait_screen(pilot, FeedbackModal)
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.screen is session, "the second item")
        await wait_until(
            pilot,
            lambda: session.answer_widget is not None and session.answer_widget.display,
            "the date field",
        )
        placeholder = session.answer_widget.query_one("#typed", Input).placeholder
        assert "juin 2024" in placeholder and "19 juin" not in placeholder, placeholder


async def test_the_verdict_counts_points_in_french(make_app, home: Home) -> None:
    """ "0 / 1 point(s)" read as unfinished: one point, two points."""
    choice = _item(home, "qui-rencontre-poutine")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await wait_screen(pilot, LearnerScreen)
        await pilot.press(*typing("Zoé"), "enter")
        await session_of(pilot, SLUG, [choice.id, "raisons-rapprochement"])
        await pilot.press(wrong_choice_key(choice))
        await wait_screen(pilot, FeedbackModal)
        banner = text(app, "#verdict")
        assert banner.endswith("0\u00a0/\u00a01\u00a0point") and "(s)" not in banner, banner
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*typing("sanctions munitions"), "enter")
        await wait_screen(pilot, FeedbackModal)
        banner = text(app, "#verdict")
        assert banner.endswith("/\u00a02\u00a0points"), banner


async def test_a_quoted_answer_that_ends_with_a_point_gets_no_second_one(
    make_app, home: Home
) -> None:
    """« Elle a utilisé son veto pour soutenir la Corée du Nord. ». had two points."""
    item = _item(home, "veto-onu")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await wait_screen(pilot, LearnerScreen)
        await pilot.press(*typing("Zoé"), "enter")
        reader_body = (home.paths.content / "poutine-coree-du-nord.md").read_text()
        await session_of(pilot, SLUG, [item.id])
        await pilot.press(*right_keys(item, reader_body))
        await wait_screen(pilot, FeedbackModal)
        explanation = text(app, "#explanation")
        assert item.answer.rstrip(".") in explanation
        assert ".\u00a0»." not in explanation and ". »." not in explanation, explanation


async def test_matching_feedback_lists_the_rows_in_the_order_shown(make_app, home: Home) -> None:
    """The correction of a who-said-what listed the quotes in the file's order, not in the
    order on screen; and a long quote was cut inside a word ("toujou…")."""
    item = _item(home, "qui-a-dit-accord")
    assert isinstance(item, SpeakerMatch)
    rows, _choices = shuffled_rows(item)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await wait_screen(pilot, LearnerScreen)
        await pilot.press(*typing("Zoé"), "enter")
        await session_of(pilot, SLUG, [item.id])
        await pilot.press(*["1"] * len(rows), "enter")  # the first name for every quote
        await wait_screen(pilot, FeedbackModal)
        lines = text(app, "#given").splitlines()
        assert len(lines) == len(rows)
        pairs = {pair_row(p): p for p in item.pairs}
        for line, row in zip(lines, rows, strict=True):
            if pairs[row].reported:  # "que le gouvernement …", shown without « »
                shown = line[2:].rsplit(PAIR_SEPARATOR, 1)[0]
            else:
                shown = line.split("«", 1)[1].split("»", 1)[0].strip("\u00a0 ")
            whole = pairs[row].quote
            if shown.endswith("…"):
                kept = shown[:-1]
                assert whole.startswith(kept), (kept, whole)
                assert whole[len(kept)] in " ,;:", f"cut inside a word: {shown!r}"
            else:
                assert shown == whole, (shown, whole)


async def test_the_order_correction_says_where_an_event_goes(make_app, home: Home) -> None:
    """ "(à la place 4)" reads as "instead of 4"; the fix says the event's place."""
    item = _item(home, "chrono-rencontres")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await wait_screen(pilot, LearnerScreen)
        await pilot.press(*typing("Zoé"), "enter")
        await session_of(pilot, SLUG, [item.id])
        await pilot.press("enter")  # the shuffled order, never the right one
        await wait_screen(pilot, FeedbackModal)
        given = text(app, "#given")
        assert "(sa\u00a0place\u00a0: " in given and "à la place" not in given, given


async def test_the_first_learner_is_not_offered_a_list_that_is_not_there(make_app) -> None:
    """ "Ou écrivez un nouveau prénom" on an empty app: "ou" what?"""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await wait_screen(pilot, LearnerScreen)
        await pilot.pause(0.3)
        label = text(app, "#new-name-label")
        assert label.startswith("Écrivez votre prénom"), label
        await pilot.press(*typing("Zoé"), "enter")
        await wait_screen(pilot, LibraryScreen)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        learner = await wait_screen(pilot, LearnerScreen)
        await wait_until(
            pilot, lambda: learner.query_one("OptionList").display, "the known learners"
        )
        assert text(app, "#new-name-label").startswith("Ou écrivez un nouveau prénom")


async def test_numbers_do_not_break_across_lines_in_the_sentence_list(make_app, home: Home) -> None:
    """At 80 columns, "3 000 emplois" wrapped as "3" and "000 emplois" in the sentences to
    justify with (the PSA article); the article's « » and : could be left alone on a line."""
    psa = "psa-suppressions-emplois"
    shutil.copy(CHECKOUT / "exercises" / f"{psa}.yaml", home.exercises / f"{psa}.yaml")
    exercise_set = load_exercise_set(home.exercises / f"{psa}.yaml", home.paths.content)
    item = next(i for i in exercise_set.items if isinstance(i, TrueFalse) and i.justify)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_screen(pilot, LearnerScreen)
        await pilot.press(*typing("Zoé"), "enter")
        await session_of(pilot, psa, [item.id])
        await pilot.press("f")
        await wait_until(pilot, lambda: bool(app.screen.query("#justify")), "the sentences")
        await pilot.pause()
        lines = [line.strip(" ▊▎▔▁▆▇▅▃▂") for line in shown_text(app, "#justify").splitlines()]
        for line, after in itertools.pairwise(lines):
            broken = re.search(r"\d$", line) and re.match(r"\d{3}\b", after)
            assert not broken, f"a number cut in two:\n{line}\n{after}"
        for line, after in itertools.pairwise(lines):
            assert not line.endswith("«") and not after.startswith(("»", ":", ";", "?", "!")), (
                f"a quotation mark or a colon alone on its line:\n{line}\n{after}"
            )
        options = app.screen.query_one("#justify", OptionList)
        for index in range(options.option_count):
            prompt = str(options.get_option_at_index(index).prompt)
            breakable = re.search(r"« | [»:;?!]|\d \d{3}", prompt)
            assert not breakable, f"a space that can break: {prompt}"


async def test_the_footer_names_the_keys_that_move_between_rows(make_app, home: Home) -> None:
    """Back to a definition already matched: Maj+Tab worked, but only the help said so; and at
    80 columns the footer of an item cut 'Valider' and 'Arrêter' off."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_screen(pilot, LearnerScreen)
        await pilot.press(*typing("Zoé"), "enter")
        for item_id in ("chrono-rencontres", "qui-rencontre-poutine", "termes-diplomatie"):
            session = await session_of(pilot, SLUG, [item_id])
            footer = shown_text(app, "Footer")
            assert "Valider" in footer and "Arrêter" in footer, footer
            if item_id != "termes-diplomatie":
                app.pop_screen()
                await pilot.pause()
        assert "Tab ⇧Tab Autre ligne" in footer, footer
        await pilot.press("1", "1", "shift+tab")
        pairing = session.answer_widget
        assert pairing is not None and pairing.current == 1
        await pilot.press("ctrl+q")  # still quits, without its place in the footer
        await pilot.pause()
        assert not app.is_running


async def test_a_wide_terminal_keeps_the_item_readable(make_app, home: Home) -> None:
    """At 200 columns the sentences to justify with ran 190 characters a line."""
    item = _item(home, "vf-occidentaux-inquiets")
    app = make_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await wait_screen(pilot, LearnerScreen)
        await pilot.press(*typing("Zoé"), "enter")
        await session_of(pilot, SLUG, [item.id])
        await pilot.press("f")
        await wait_until(pilot, lambda: bool(app.screen.query("#justify")), "the sentences")
        await pilot.pause()
        assert app.screen.query_one("#justify").region.width <= 110
        assert app.screen.query_one("#item-prompt").region.width <= 110


async def test_generation_notices_do_not_put_quotes_inside_quotes(make_app, home: Home) -> None:
    """« France : les « contrôles au faciès » recadrés… » : a title with its own « » is
    quoted the French way, its marks becoming “ ”."""
    from ui_helpers import open_library

    slug = "controles-au-facies"
    app = make_app(learner="Léa", generator=_one_item_generator)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_library(pilot)
        await choose_row(pilot, slug)
        await pilot.press("g")
        await wait_until(
            pilot, lambda: any("prêts" in n for n in notifications(app)), "the lesson ready"
        )
        for notice in notifications(app):
            if "contrôles au faciès" in notice:
                assert notice.count("«") == 1 and "“contrôles au faciès”" in notice, notice


def _one_item_generator(article_path, out_path, **kwargs) -> None:
    """A one-item file for the article, written at once (no spaCy)."""
    from tutor.content import load_article
    from tutor.exercise_writer import dump_exercise_document, write_text_atomically
    from tutor.plain_sentences import split_sentences
    from tutor.ui.text_spans import paragraphs

    article = load_article(article_path)
    first = split_sentences(paragraphs(article.body)[0])[0]
    item = {
        "id": "premiere-phrase",
        "type": "true_false",
        "skill": "comprehension",
        "prompt": "Vrai, faux ou on ne sait pas ?",
        "statement": first,
        "answer": True,
        "evidence": first,
    }
    document = {
        "format": 1,
        "article": {"path": article_path.name, "hash": article.text_hash},
        "items": [item],
    }
    write_text_atomically(out_path, dump_exercise_document(document))


async def test_a_refused_name_says_what_to_write(make_app) -> None:
    """ "Utilisez des lettres, sans / ni :." ended on ":." and said nothing of the point."""
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_screen(pilot, LearnerScreen)
        await pilot.press(*typing("../x"), "enter")
        await wait_until(pilot, lambda: bool(notifications(app)), "the refusal")
        notice = notifications(app)[-1]
        assert "point au début" in notice and ":." not in notice, notice


async def test_enter_right_after_the_name_opens_the_article(make_app) -> None:
    """Name, Entrée, Entrée typed fast: the second Entrée reached the name field again, opened
    a second library while the first one mounted, and the app crashed (NoMatches HeaderTitle);
    typed a little slower, it reached the library while it loaded and was lost."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await wait_screen(pilot, LearnerScreen)
        await burst(pilot, [*"Zoé", "enter", "enter"])
        reader = await wait_screen(pilot, ReaderScreen)
        assert isinstance(reader, ReaderScreen) and reader.entry.slug == SLUG
        libraries = [s for s in app.screen_stack if isinstance(s, LibraryScreen)]
        assert len(libraries) == 1
        await pilot.press("e")
        await wait_screen(pilot, SessionScreen)


async def test_a_double_enter_on_the_library_opens_one_reader(make_app) -> None:
    """Two readers were stacked: Échap then showed the same article again."""
    from ui_helpers import open_library

    app = make_app(learner="Zoé")
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        await burst(pilot, ["enter", "enter"])
        await wait_screen(pilot, ReaderScreen)
        assert [type(s) for s in app.screen_stack].count(ReaderScreen) == 1
        await pilot.press("escape")
        await wait_screen(pilot, LibraryScreen)


async def test_an_answer_and_enter_typed_fast_do_not_crash_the_feedback(
    make_app, home: Home
) -> None:
    """'3', Entrée, '3' typed at once: the feedback was closed before it was on screen, and
    its setup crashed the app (NoMatches '#evidence-scroll')."""
    choice = _item(home, "qui-rencontre-poutine")
    app = make_app(learner="Zoé")
    async with app.run_test(size=SIZE) as pilot:
        session = await session_of(pilot, SLUG, [choice.id, "veto-onu"])
        body = session.lesson.items[0].article.body
        key = right_keys(choice, body)[0]
        await burst(pilot, [key, "enter", "3"])
        await pilot.pause(0.3)
        assert len(session.lesson.played) >= 1
        assert session.lesson.played[0].outcome == "correct"
