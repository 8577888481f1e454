"""Input a teacher or another tutor left that once stopped the app: a progress file of a newer
version or with an impossible time. The learner is told, no answer is lost, the app goes on."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import DataTable, Label, OptionList, Static
from ui_helpers import (
    cell,
    choose_row,
    notifications,
    open_library,
    session_of,
    wait_screen,
    wait_until,
)
from ui_home import Home

from tutor.exercise_io import load_exercise_set
from tutor.progress import open_progress
from tutor.scoring import grade
from tutor.ui.screens.feedback import FeedbackModal
from tutor.ui.screens.learner import LearnerScreen
from tutor.ui.screens.reader import ReaderScreen
from tutor.ui.screens.session import SessionScreen
from tutor.ui.widgets.answers import MAX_TYPED_ANSWER
from tutor.ui.widgets.open_answer import AnswerArea

SIZE = (100, 32)


async def _answer_first_item(pilot: Pilot) -> None:
    await choose_row(pilot, "poutine-coree-du-nord")
    await pilot.press("enter", "e")
    await wait_screen(pilot, SessionScreen)
    await pilot.press("1")
    await wait_screen(pilot, FeedbackModal)


async def test_a_record_of_a_newer_tutor_is_left_alone_and_the_learner_told(
    make_app, home: Home
) -> None:
    """The worker that opens the record raised ProgressFileError and the app quit."""
    async with make_app(learner="Léa").run_test(size=SIZE) as pilot:
        await open_library(pilot)
        await _answer_first_item(pilot)
    path = home.progress / "Léa.yaml"
    newer = path.read_bytes().replace(b"format: 1", b"format: 2")
    path.write_bytes(newer)

    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_screen(pilot, LearnerScreen)
        said = "\n".join(notifications(app))
        assert "version plus récente de tutor" in said
        assert app.return_code is None
    assert path.read_bytes() == newer
    assert not list(home.progress.glob("*.corrupt-*"))


async def test_an_impossible_time_in_the_record_is_set_aside_and_the_rest_kept(
    make_app, home: Home
) -> None:
    """'0000-01-01T…' raised ValueError in the worker and the app quit."""
    lesson = load_exercise_set(home.exercises / "poutine-coree-du-nord.yaml", home.paths.content)
    progress = open_progress("Léa", home.progress)
    for item in lesson.items[:2]:
        progress.record(lesson, item, grade(item, "rien"), "rien")
    progress.close()
    path = home.progress / "Léa.yaml"
    lines = path.read_text("utf-8").splitlines(keepends=True)
    time = lines[-1].split('"time": "')[1].split('"')[0]
    lines[-1] = lines[-1].replace(time, "0000-01-01T00:00:00.000Z")
    path.write_text("".join(lines), "utf-8")

    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_library(pilot)
        assert "abîmé" in "\n".join(notifications(app))
        await session_of(pilot, "poutine-coree-du-nord", [lesson.items[0].id])
        await pilot.press("1")
        await wait_screen(pilot, FeedbackModal)
    assert len(open_progress("Léa", home.progress, read_only=True).attempts) == 2
    assert len(list(home.progress.glob("Léa.corrupt-*.yaml"))) == 1


async def test_a_lesson_whose_points_are_not_a_number_is_unavailable(make_app, home: Home) -> None:
    """`points: .nan` passed every check; the first answer's NaN score could not be recorded
    and the app quit, the answer lost."""
    lesson = home.exercises / "poutine-coree-du-nord.yaml"
    text = lesson.read_text("utf-8")
    assert text.count("  points: 1\n") == 1
    lesson.write_text(text.replace("  points: 1\n", "  points: .nan\n"), "utf-8")
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        library = await open_library(pilot)
        assert "poutine-coree-du-nord.yaml:15:11" in "\n".join(notifications(app))
        assert cell(library.query_one(DataTable), "poutine-coree-du-nord", "state") == (
            "indisponible"
        )
        assert app.return_code is None


async def test_an_article_too_long_to_read_is_not_laid_out(make_app, home: Home) -> None:
    """Entrée on a 5 MB article froze the app for 24 s while the reader laid it out; an
    article past the length a lesson can come from is now refused at once, with the reason."""
    body = "Le conseil municipal a voté le budget de la ville mardi soir. " * 4000
    (home.paths.content / "trop-long.txt").write_text(f"Un très long texte\n\n{body}\n", "utf-8")
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        library = await open_library(pilot)
        await choose_row(pilot, "trop-long")
        app.clear_notifications()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is library
        said = "\n".join(notifications(app))
        assert "trop long pour être lu ici (247\u202f999\u00a0caractères)" in said


async def test_the_reader_of_an_article_in_english_blames_the_article_not_a_file(
    make_app, home: Home
) -> None:
    """'e' said 'leur fichier a une erreur' of an article that has no exercise file."""
    english = "The city council voted on the budget on Tuesday evening after a long debate. " * 5
    (home.paths.content / "en-anglais.txt").write_text(f"Council vote\n\n{english}\n", "utf-8")
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_library(pilot)
        await choose_row(pilot, "en-anglais")
        await pilot.press("enter")
        await wait_screen(pilot, ReaderScreen)
        app.clear_notifications()
        await pilot.press("e")
        await pilot.pause()
        said = "\n".join(notifications(app))
        assert "Pas d'exercices pour cet article. Un enseignant doit le corriger" in said
        assert "does not look like French" in said
        assert "fichier" not in said


async def test_square_brackets_in_a_title_are_shown_as_written(make_app, home: Home) -> None:
    """A title with '[/]' (a note call, a typo) was read as markup by the library's table:
    MarkupError, and the app quit."""
    title = "Budget [/] de la ville [b]voté[/b] mardi [1]"
    body = "Le conseil municipal a voté le budget de la ville mardi soir, après un long débat."
    (home.paths.content / "crochets.txt").write_text(f"{title}\n\n{body}\n", "utf-8")
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        library = await open_library(pilot)
        await choose_row(pilot, "crochets")
        assert cell(library.query_one(DataTable), "crochets", "title") == title
        assert app.return_code is None


async def test_a_learner_named_with_square_brackets_is_listed_as_written(
    make_app, home: Home
) -> None:
    """'Zoé [/]' was accepted as a name, then read as markup by the learner picker at the next
    start: MarkupError, and the app quit before anyone could pick a name."""
    lesson = load_exercise_set(home.exercises / "poutine-coree-du-nord.yaml", home.paths.content)
    progress = open_progress("Zoé [/] [b]", home.progress)
    progress.record(lesson, lesson.items[0], grade(lesson.items[0], "rien"), "rien")
    progress.close()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await wait_screen(pilot, LearnerScreen)
        picker = app.screen.query_one(OptionList)
        await wait_until(pilot, lambda: picker.option_count == 1, "the known learners")
        await pilot.pause()
        assert str(picker.get_option_at_index(0).prompt) == "Zoé [/] [b]"
        assert app.return_code is None


async def test_square_brackets_in_a_file_name_or_a_level_are_shown_as_written(
    make_app, home: Home
) -> None:
    """'g' on an article that cannot give exercises quoted its path as markup, and the reader
    read the front matter's level as markup: a '[/]' in either made the app quit."""
    english = "The city council voted on the budget on Tuesday evening after a long debate. " * 5
    folder = home.paths.content / "vote ["  # its file "] conseil.txt" reads "vote [/] conseil"
    folder.mkdir()
    (folder / "] conseil.txt").write_text(f"Council vote\n\n{english}\n", "utf-8")
    french = "Le conseil municipal a voté le budget de la ville mardi soir, après un long débat."
    (home.paths.content / "niveau.md").write_text(
        f"---\ntitle: Le budget\nlevel: B1 [/]\n---\n{french}\n", "utf-8"
    )
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_library(pilot)
        await choose_row(pilot, "vote [/] conseil")
        app.clear_notifications()
        await pilot.press("g")
        await pilot.pause()
        assert "vote [/] conseil.txt" in "\n".join(notifications(app))
        await choose_row(pilot, "niveau")
        await pilot.press("enter")
        await wait_screen(pilot, ReaderScreen)
        assert "B1 [/]" in str(app.screen.query_one("#reader-meta", Label).render())
        assert app.return_code is None


@pytest.fixture
def read_only_progress(home: Home) -> Iterator[Path]:
    """The progress folder made read-only (chattr +i for root, whom modes do not stop)."""
    folder = home.progress
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip("this file system cannot make a folder read-only for root")
        yield folder
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)


async def test_a_read_only_progress_folder_is_named_as_such(
    make_app, home: Home, read_only_progress: Path
) -> None:
    """The learner read "Impossible d'ouvrir votre fichier de progression : [Errno 1]
    Operation not permitted: '…/.last-learner.txt.km9rw95p.tmp'"."""
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_screen(pilot, LearnerScreen)
        said = "\n".join(notifications(app))
        assert f"le dossier {read_only_progress} est en lecture seule" in said
        assert "Errno" not in said


async def test_an_article_with_an_impossible_date_is_unavailable(make_app, home: Home) -> None:
    """'published: 2024-02-30' in one article's front matter raised ValueError in the library's
    worker: the app quit for every learner."""
    body = "Le conseil municipal a voté le budget de la ville mardi soir, après un long débat."
    (home.paths.content / "budget.md").write_text(
        f"---\ntitle: Le budget\npublished: 2024-02-30\n---\n{body}\n", "utf-8"
    )
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        library = await open_library(pilot)
        table = library.query_one(DataTable)
        assert cell(table, "budget", "state") == "indisponible"
        assert "budget.md:3: front matter has a date that does not exist" in "\n".join(
            notifications(app)
        )
        await _answer_first_item(pilot)


async def test_a_pasted_article_is_not_taken_as_an_answer(make_app, home: Home) -> None:
    """A 100,000-character paste into an open answer was graded on the screen's thread: 20 s
    frozen. Typed answers stop at MAX_TYPED_ANSWER characters; the paste is refused."""
    pasted = "Poutine veut un accord avec la Corée du Nord contre les sanctions. " * 1500
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        session = await session_of(pilot, "poutine-coree-du-nord", ["raisons-rapprochement"])
        typed = session.query_one("#typed", AnswerArea)
        await wait_until(pilot, lambda: typed.has_focus, "the answer box")
        typed.post_message(events.Paste(pasted))
        await pilot.pause()
        assert 0 < len(typed.text) <= MAX_TYPED_ANSWER
        await pilot.press(*"sanctions", "enter")
        await wait_screen(pilot, FeedbackModal)


async def test_an_unquoted_impossible_date_in_a_record_is_set_aside(make_app, home: Home) -> None:
    """'created: 2024-02-30' raised ValueError in the worker that lists the learners (and in
    the one that opens the record): the app quit."""
    lesson = load_exercise_set(home.exercises / "poutine-coree-du-nord.yaml", home.paths.content)
    progress = open_progress("Léa", home.progress)
    progress.record(lesson, lesson.items[0], grade(lesson.items[0], "rien"), "rien")
    progress.close()
    path = home.progress / "Léa.yaml"
    lines = path.read_text("utf-8").splitlines(keepends=True)
    path.write_text(
        "".join("created: 2024-02-30\n" if x.startswith("created:") else x for x in lines)
    )
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_screen(pilot, LearnerScreen)
        picker = app.screen.query_one(OptionList)
        await wait_until(pilot, lambda: picker.option_count == 1, "the known learners")
        await pilot.press("enter")
        await open_library(pilot)
        assert "abîmé" in "\n".join(notifications(app))
    assert len(open_progress("Léa", home.progress, read_only=True).attempts) == 1


async def test_a_hint_and_feedback_of_a_megabyte_are_shown_cut_at_once(
    make_app, home: Home
) -> None:
    """A 1 MB hint or feedback (a paste gone wrong in a lesson) took seconds to lay out on the
    screen's thread; the app shows its start (tutor validate warns about the length). What is
    shown is checked, not how fast: a timed test failed on a busy machine (session 22: 1.07 s
    against 1.0 s in 2 of 4 runs); speed is the benchmarks' to measure (bench/lesson.py)."""
    lesson = home.exercises / "poutine-coree-du-nord.yaml"
    text = lesson.read_text("utf-8")
    hint = "    hint: \"C'est le leader nord-coréen d'aujourd'hui.\"\n"
    feedback = '    feedback: "Poutine rencontre Kim Jong-un, le leader nord-coréen.'
    assert text.count(hint) == 1 and text.count(feedback) == 1
    huge = "Kim Jong-un dirige le pays. " * 40_000  # 1.1 MB
    text = text.replace(hint, f'    hint: "{huge}"\n').replace(feedback, f"{feedback} {huge}")
    lesson.write_text(text, "utf-8")
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_library(pilot)
        await choose_row(pilot, "poutine-coree-du-nord")
        await pilot.press("enter", "e")
        session = await wait_screen(pilot, SessionScreen)
        await pilot.press("f2")
        await pilot.pause()
        shown = str(session.query_one("#hint", Static).render())
        assert "Kim Jong-un dirige le pays." in shown and len(shown) < 5000
        await pilot.press("1")
        modal = await wait_screen(pilot, FeedbackModal)
        await pilot.pause()
        said = " ".join(str(w.render()) for w in modal.query(Static))
        assert "[…]" in said and len(said) < 10_000
