"""French typography a learner sees: a statement quoted once, and no « » : ; ! ? left alone at the
edge of a line, whatever the width of the terminal."""

from __future__ import annotations

import dataclasses
import re

import pytest
from textual.pilot import Pilot
from ui_helpers import open_library, shown_text, wait_until

from tutor import messages as msg
from tutor.model import TrueFalse
from tutor.ui.lesson import Lesson, LessonItem
from tutor.ui.screens.session import SessionScreen
from tutor.ui.typography import quote

SLUG = "poutine-coree-du-nord"
QUOTING = "Iouri Ouchakov dit : « Des documents importants, très significatifs seront signés »."
WIDTHS = range(36, 101, 3)
ALONE_AT_START = re.compile(r"^\s*[»:;!?%]")
ALONE_AT_END = re.compile(r"«\s*$")


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, tuple | list):
        return [s for v in value for s in _strings(v)]
    return []


def test_every_message_has_its_no_break_spaces() -> None:
    texts = [s for name in dir(msg) if name.isupper() for s in _strings(getattr(msg, name))]
    assert len(texts) > 100
    bad = [
        t
        for t in texts
        if re.search(r"\s[:;!?%»]", t.replace("\u00a0", ""))
        or re.search(r"«\s", t.replace("«\u00a0", ""))
    ]
    assert not bad, bad
    glued = "".join(texts)
    assert glued.count("«") == glued.count("«\u00a0") and glued.count("»") == glued.count("\u00a0»")


async def _session_with(pilot: Pilot, change) -> SessionScreen:
    """A session of the lesson's first justified true/false item, changed by `change`."""
    library = await open_library(pilot)
    entry = library.catalog.entry(SLUG) if library.catalog else None
    assert entry is not None and entry.exercise_set and entry.article
    item = next(i for i in entry.exercise_set.items if isinstance(i, TrueFalse) and i.justify)
    lesson = Lesson(entry.title, [LessonItem(change(item), entry.article, entry.exercise_set)])
    session = SessionScreen(lesson)
    pilot.app.push_screen(session)
    await wait_until(pilot, lambda: session.answer_widget is not None, "the item")
    await pilot.pause()
    return session


def _lines_alone(text: str) -> list[str]:
    return [
        line
        for line in text.splitlines()
        if ALONE_AT_START.search(line) or ALONE_AT_END.search(line)
    ]


async def test_a_statement_with_its_own_quotes_is_quoted_once(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=(100, 30)) as pilot:
        await _session_with(pilot, lambda item: dataclasses.replace(item, statement=QUOTING))
        shown = " ".join(shown_text(app, "#item-body").split())
        assert shown.count("«") == 1 and shown.count("»") == 1, shown
        assert "“Des documents importants, très significatifs seront signés”" in shown, shown
        for width in WIDTHS:
            await pilot.resize_terminal(width, 30)
            await pilot.pause()
            lines = shown_text(app, "#item-body")
            assert not _lines_alone(lines), (width, lines)
            assert "“" in lines and lines.rstrip().endswith("»"), (width, lines)


@pytest.mark.parametrize("hint_cost", [0.5, 0])
async def test_no_colon_or_guillemet_starts_a_line_of_the_hint(make_app, hint_cost: float) -> None:
    hint = "Cherchez le mot « Occidentaux » dans le texte : comment voient-ils ce rapprochement ?"
    app = make_app(learner="Léa")
    async with app.run_test(size=(100, 30)) as pilot:
        await _session_with(
            pilot, lambda item: dataclasses.replace(item, hint=hint, hint_cost=hint_cost)
        )
        await pilot.press("h")
        await pilot.pause()
        for width in WIDTHS:
            await pilot.resize_terminal(width, 30)
            await pilot.pause()
            lines = shown_text(app, "#hint")
            assert "Occidentaux" in " ".join(lines.split())
            assert not _lines_alone(lines), (width, lines)
            assert not _lines_alone(shown_text(app, "#item-prompt")), width


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("simple", "«\u00a0simple\u00a0»"),
        ("Il dit : « oui » et « non ».", "«\u00a0Il dit\u00a0: “oui” et “non”.\u00a0»"),
        (
            "Pour lui, « Ce vote est une victoire !",
            "«\u00a0Pour lui, “Ce vote est une victoire\u00a0!”\u00a0»",
        ),
    ],
)
def test_a_quotation_inside_a_quotation_takes_curly_quotes(text: str, shown: str) -> None:
    assert quote(text) == shown
