"""Generating exercises from the library runs in a worker: progress shows, the list stays live.

The quick tests inject a small generator (writing a real one-item file, or failing); the slow one
runs the real generator, spaCy and all.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, ProgressBar
from ui_helpers import cell, choose_row, notifications, open_library, text, wait_screen, wait_until
from ui_home import Home

from tutor.content import load_article
from tutor.exercise_writer import dump_exercise_document, write_text_atomically
from tutor.plain_sentences import split_sentences
from tutor.ui.screens.feedback import FeedbackModal
from tutor.ui.screens.reader import ReaderScreen
from tutor.ui.screens.session import SessionScreen
from tutor.ui.text_spans import paragraphs

SIZE = (100, 32)
SLUG = "psa-suppressions-emplois"


class GatedGenerator:
    """Writes a one-item exercise file, but only once the test opens the gate."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.calls = 0

    def __call__(self, article_path: Path, out_path: Path, **kwargs: Any) -> None:
        self.calls += 1
        progress = kwargs["progress"]
        progress("Lecture de l'article…")
        progress("Analyse de l'article…")
        assert self.gate.wait(10), "the test never let generation finish"
        article = load_article(article_path)
        first = split_sentences(paragraphs(article.body)[0])[0]
        document = {
            "format": 1,
            "article": {"path": article_path.name, "hash": article.text_hash},
            "items": [
                {
                    "id": "premiere-phrase",
                    "type": "true_false",
                    "skill": "comprehension",
                    "prompt": "Vrai, faux ou on ne sait pas ?",
                    "statement": first,
                    "answer": True,
                    "evidence": first,
                }
            ],
        }
        write_text_atomically(out_path, dump_exercise_document(document))


def failing_generator(article_path: Path, out_path: Path, **kwargs: Any) -> None:
    kwargs["progress"]("Lecture de l'article…")
    raise RuntimeError("le modèle de langue manque")


async def test_generation_shows_progress_keeps_the_list_live_then_offers_the_lesson(
    make_app, home: Home
) -> None:
    generator = GatedGenerator()
    app = make_app(learner="Léa", generator=generator)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        library = await open_library(pilot)
        table = library.query_one(DataTable)
        assert cell(table, SLUG, "state") == "à créer"
        await choose_row(pilot, SLUG)
        await pilot.press("g")
        await wait_until(
            pilot, lambda: "création 40" in cell(table, SLUG, "state"), "progress in the row"
        )
        assert library.query_one("#generation-bar", ProgressBar).display
        assert "Analyse de l'article" in text(app, "#detail-text")

        row = table.cursor_row
        await pilot.press("up")
        assert table.cursor_row == row - 1, "the list must stay usable during generation"
        await pilot.press("down")

        generator.gate.set()
        await wait_until(
            pilot, lambda: cell(table, SLUG, "state") == "1 question", "the new lesson"
        )
        assert any("Exercices prêts" in n for n in notifications(app))
        assert (home.exercises / f"{SLUG}.yaml").is_file()
        await pilot.press("enter")
        await wait_screen(pilot, ReaderScreen)
        await pilot.press("e")
        await wait_screen(pilot, SessionScreen)
        await pilot.press("v")
        await wait_screen(pilot, FeedbackModal)
        assert text(app, "#verdict").startswith("✔ Juste")
    assert generator.calls == 1


async def test_a_failed_generation_is_reported_and_can_be_tried_again(make_app, home: Home) -> None:
    app = make_app(learner="Léa", generator=failing_generator)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        library = await open_library(pilot)
        table = library.query_one(DataTable)
        await choose_row(pilot, SLUG)
        await pilot.press("g")
        await wait_until(
            pilot,
            lambda: any("le modèle de langue manque" in n for n in notifications(app)),
            "the failure notice",
        )
        await wait_until(
            pilot, lambda: cell(table, SLUG, "state") == "à créer", "the row back as it was"
        )
        assert not (home.exercises / f"{SLUG}.yaml").exists()


@pytest.mark.slow
async def test_the_real_generator_runs_in_the_background(make_app, home: Home) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        library = await open_library(pilot)
        table = library.query_one(DataTable)
        await choose_row(pilot, SLUG)
        await pilot.press("g")
        # with the model already loaded by earlier tests, generation may finish between two polls
        await wait_until(
            pilot,
            lambda: any(w in cell(table, SLUG, "state") for w in ("création", "question")),
            "start",
        )
        for _ in range(1200):  # the model loads in a few seconds; allow a slow CI machine
            if "question" in cell(table, SLUG, "state"):
                break
            await pilot.pause(0.1)
        state = cell(table, SLUG, "state")
        assert "question" in state, (state, notifications(app))
        assert int(state.split()[0]) >= 3
