"""A key term explained: its definition, and the sentence of the article where it appears."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Label, Static

from tutor import messages as msg
from tutor.ui import LESSON_CSS
from tutor.ui.typography import hold_together
from tutor.ui.widgets.article_view import EVIDENCE_STYLE


@dataclass(frozen=True)
class TermView:
    """What the modal shows; `start`/`end` place the term inside `sentence`."""

    term: str
    definition: str | None
    sentence: str
    start: int
    end: int


class TermModal(ModalScreen[None]):
    """Closes with Enter or Escape, back to the same place in the article."""

    CSS_PATH = LESSON_CSS

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,space", "dismiss_modal", msg.UI_KEY_CLOSE),
    ]

    def __init__(self, view: TermView) -> None:
        super().__init__()
        self.view = view

    def compose(self) -> ComposeResult:
        with Vertical(id="term-box", classes="modal-box"):
            yield Label(self.view.term, id="term-title", classes="modal-title", markup=False)
            definition = self.view.definition or msg.UI_TERM_NO_DEFINITION
            yield Static(Content(definition), id="term-definition")
            yield Label(msg.UI_TERM_IN_TEXT, classes="hint")
            sentence = Content(hold_together(self.view.sentence)).stylize(
                EVIDENCE_STYLE, self.view.start, self.view.end
            )
            yield Static(sentence, id="term-sentence")
            yield Button(msg.UI_CLOSE, id="term-close", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Button).focus()

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_dismiss_modal(self) -> None:
        self.dismiss(None)
