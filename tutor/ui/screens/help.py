"""The keys of every screen, in one list (F1 or ? from anywhere)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, DataTable, Footer, Label

from tutor import messages as msg


class HelpModal(ModalScreen[None]):
    """Escape, Enter or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,question_mark,q", "close", msg.UI_KEY_CLOSE)
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box", classes="modal-box"):
            yield Label(msg.UI_HELP_TITLE, classes="modal-title")
            yield DataTable(id="help-keys", cursor_type="none", show_header=False)
            yield Button(msg.UI_CLOSE, id="help-close", variant="primary", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        table: DataTable[str] = self.query_one(DataTable)
        table.add_columns("where", "key", "what")
        for where, keys in msg.UI_HELP_KEYS:
            for number, (key, what) in enumerate(keys):
                table.add_row(where if number == 0 else "", key, what)
        table.focus()  # ↑ ↓ scroll the list on a small screen

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
