"""The answer box of an open question: its lines wrap, so an answer of several sentences is
read whole while it is written; Entrée sends it, as in every other answer line."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import TextArea

from tutor import messages as msg
from tutor.ui.widgets.answers import MAX_TYPED_ANSWER, AnswerSubmitted


class AnswerArea(TextArea):
    """A text area where Entrée sends instead of starting a new line (an answer is one
    paragraph), and which holds at most MAX_TYPED_ANSWER characters: a pasted article is cut,
    never graded whole on the screen's thread."""

    class Sent(Message):
        """Entrée was pressed: the learner's answer is ready."""

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()  # the text area would start a new line
            self.post_message(self.Sent())
        elif event.is_printable and len(self.text) >= MAX_TYPED_ANSWER:
            event.stop()
            event.prevent_default()

    async def _on_paste(self, event: events.Paste) -> None:
        event.stop()
        event.prevent_default()  # the text area would paste the text whole, newlines and all
        room = max(0, MAX_TYPED_ANSWER - len(self.text))
        pasted = " ".join(event.text.split())[:room]
        if pasted:
            self.replace(pasted, *self.selection)


class OpenAnswer(Vertical):
    """The box to write an open answer in; an empty answer is refused."""

    def __init__(self, placeholder: str, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="answer")
        self._placeholder = placeholder

    def compose(self) -> ComposeResult:
        yield AnswerArea(
            placeholder=self._placeholder,
            soft_wrap=True,
            tab_behavior="focus",
            highlight_cursor_line=False,
            id="typed",
        )

    def focus_answer(self) -> None:
        self.screen.set_focus(self.query_one(AnswerArea))

    @property
    def value(self) -> str:
        return self.query_one(AnswerArea).text

    def submit(self) -> None:
        if not self.value.strip():
            self.app.notify(msg.UI_ANSWER_EMPTY, severity="warning")
            return
        self.post_message(AnswerSubmitted(self.value, self))

    @on(AnswerArea.Sent)
    def _sent(self, event: AnswerArea.Sent) -> None:
        event.stop()
        self.submit()
