"""The keys of every screen, in one list (F1 or ? from anywhere)."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Label, Static

from tutor import messages as msg
from tutor.ui import LESSON_CSS

TWO_COLUMNS_WIDTH = 120
"""From this many columns, the sections sit in two columns (no scrolling needed)."""


Section = tuple[str, tuple[tuple[str, str], ...]]


def _columns(sections: tuple[Section, ...]) -> tuple[list[Section], list[Section]]:
    """The sections cut in two runs of about the same number of lines (the second column at
    wide sizes; below the first one otherwise)."""
    sizes = [len(keys) + 2 for _, keys in sections]
    best = min(range(len(sections) + 1), key=lambda n: abs(sum(sizes[:n]) - sum(sizes[n:])))
    return list(sections[:best]), list(sections[best:])


class HelpModal(ModalScreen[None]):
    """Escape, Enter or F1 closes it. The descriptions wrap, so nothing is cut at 80 columns;
    ↑ ↓ scroll the list when the screen is short."""

    CSS_PATH = LESSON_CSS

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,question_mark,q", "close", msg.UI_KEY_CLOSE)
    ]

    def __init__(self, section: str | None = None) -> None:
        """`section`: the title of the section to show first (the keys of the screen F1 was
        pressed on); at 80x24 the exercise keys were below the fold."""
        super().__init__()
        self._section = section

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box", classes="modal-box"):
            yield Label(msg.UI_HELP_TITLE, classes="modal-title")
            with VerticalScroll(id="help-keys"), Horizontal(id="help-columns"):
                for column in _columns(msg.UI_HELP_KEYS):
                    with Vertical(classes="help-column"):
                        for where, keys in column:
                            yield Label(where, classes="help-where")
                            for key, what in keys:
                                with Horizontal(classes="help-row"):
                                    yield Label(key, classes="help-key", markup=False)
                                    yield Static(what, classes="help-what", markup=False)
            yield Button(msg.UI_CLOSE, id="help-close", variant="primary", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#help-keys").focus()
        if self._section:
            self.call_after_refresh(self._show_section)

    def _show_section(self) -> None:
        titles = [t for t in self.query(".help-where").results(Label) if t.content == self._section]
        if titles:
            keys = self.query_one("#help-keys", VerticalScroll)
            keys.scroll_to_widget(titles[0], animate=False, top=True)

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(self.app.size.width >= TWO_COLUMNS_WIDTH, "-wide")

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
