"""Keys typed while the app starts, before its first screen is on screen, are not lost.

The keys are posted before `run_test` starts the app: the app reads them first thing, as it
reads what a fast typist typed into the terminal while Python was starting.
"""

from __future__ import annotations

import pytest
from textual import events
from textual.app import App
from textual.widgets import DataTable
from ui_helpers import open_library, wait_screen

from tutor.ui.screens.learner import LearnerScreen
from tutor.ui.screens.library import LibraryScreen
from tutor.ui.screens.reader import ReaderScreen

SIZE = (80, 24)


def _type_ahead(app: App, keys: list[str]) -> None:
    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))


@pytest.mark.parametrize("enter", ["enter", "ctrl+j"])
async def test_a_name_typed_at_launch_opens_the_library(make_app, enter: str) -> None:
    """Entrée typed while the terminal is still in line mode reaches the app as a newline."""
    app = make_app()
    _type_ahead(app, [*"Max", enter])
    async with app.run_test(size=SIZE) as pilot:
        library = await open_library(pilot)
        assert isinstance(library, LibraryScreen) and library.learner == "Max"
        assert app.sub_title == "Max"


async def test_keys_typed_before_the_library_is_read_reach_the_list(make_app) -> None:
    app = make_app(learner="Léa")
    _type_ahead(app, ["down", "enter"])
    async with app.run_test(size=SIZE) as pilot:
        reader = await wait_screen(pilot, ReaderScreen)
        assert isinstance(reader, ReaderScreen)
        library = app.screen_stack[-2]
        assert isinstance(library, LibraryScreen) and library.catalog
        table = library.query_one(DataTable)
        start = table.get_row_index("poutine-coree-du-nord")  # a new learner's first row
        assert reader.entry.slug == library.catalog.entries[start + 1].slug


async def test_later_keys_are_not_held(make_app) -> None:
    """Once the first screen has its focus, keys go where Textual sends them at once."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_screen(pilot, LearnerScreen)
        await pilot.press("L", "i")
        assert app._keys_before_focus is None
        assert str(screen.query_one("#new-name").value) == "Li"  # type: ignore[attr-defined]
