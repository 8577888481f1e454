"""Answer widgets, one per way of answering: pick an option, type a word, reorder (pairing is
in `pairing`).

Each posts `AnswerSubmitted` with a plain value (str, dict or list); the session screen turns it
into a verdict. None of them knows about scoring or items, so each can be tested on its own.
Focus moves with `screen.set_focus`, at once: `widget.focus()` waits for the app's queue, and
keys typed meanwhile would reach the widget that had the focus before.
"""

from __future__ import annotations

import time
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Key
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Input, Label, ListItem, ListView, OptionList, Static
from textual.widgets.option_list import Option

from tutor import messages as msg
from tutor.ui.typography import hold_together


class AnswerSubmitted(Message):
    """The learner has given an answer; `answer` is its plain value."""

    def __init__(self, answer: object, widget: Widget) -> None:
        super().__init__()
        self.answer = answer
        self.widget = widget

    @property
    def control(self) -> Widget:
        return self.widget


class ChoiceAnswer(Vertical):
    """Options to pick from, with a shortcut key each (1-4, or v/f/n for true or false)."""

    def __init__(
        self,
        options: list[tuple[str, object]],
        keys: list[str],
        *,
        how: str | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, classes="answer")
        self._values = [value for _, value in options]
        self._keys = keys
        self._labels = [label for label, _ in options]
        self._how = how

    def compose(self) -> ComposeResult:
        if self._how:  # what to press: a number answers at once
            yield Label(self._how, classes="hint answer-how")
        yield ChoiceList(
            *(
                Option(Content.assemble((key, "bold"), "  ", label), id=f"opt-{i}")
                for i, (key, label) in enumerate(zip(self._keys, self._labels, strict=True))
            ),
            id="choices",
        )

    def focus_answer(self) -> None:
        self.screen.set_focus(self.query_one(OptionList))

    def submit(self) -> None:
        index = self.query_one(OptionList).highlighted
        if index is None:
            self.app.notify(msg.UI_CHOICE_NONE)
            return
        self.post_message(AnswerSubmitted(self._values[index], self))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(AnswerSubmitted(self._values[event.option_index], self))

    def on_key(self, event: Key) -> None:
        key = (event.character or "").lower()
        if key and key in self._keys:
            event.stop()
            index = self._keys.index(key)
            self.query_one(OptionList).highlighted = index
            self.post_message(AnswerSubmitted(self._values[index], self))


class ChoiceList(OptionList):
    """The options, none highlighted at first: with the first one highlighted, an Entrée
    pressed twice to leave the feedback (or held down) answered the next question with its
    first option, "Vrai" or "1", which the learner never chose, and the review brought that
    item back as missed."""

    def on_mount(self) -> None:
        self.highlighted = None  # OptionList highlights its first option when it is made

    def action_select(self) -> None:
        if self.highlighted is None:
            self.app.notify(msg.UI_CHOICE_NONE)
            return
        super().action_select()


class ProofList(OptionList):
    """The article's sentences, numbered, none chosen at first: with the first one highlighted,
    the Entrée a learner typed after "f" (out of habit, to confirm) cited a sentence they never
    picked, and the feedback said "la phrase citée ne le prouve pas".

    A long sentence's next lines start under its text, not under its number: "24 ans après sa
    dernière venue" began the line below " 1  La visite…", where the eye looks for numbers.
    """

    ROOM = 5
    """Columns of the list that are not text: the option's padding, the scrollbar, one spare
    (a line one column too long would be wrapped again, under the number)."""

    def __init__(self, numbered: list[tuple[str, Content] | None], *, id: str | None = None):
        super().__init__(
            *(Option(Content.assemble((n[0], "bold"), n[1])) if n else None for n in numbered),
            id=id,
        )
        self._numbered = [entry for entry in numbered if entry is not None]
        self._wrapped_at = 0

    def on_resize(self) -> None:
        width = self.size.width - self.styles.gutter.width - self.ROOM
        if width <= 0 or width == self._wrapped_at:
            return
        self._wrapped_at = width
        for index, (number, sentence) in enumerate(self._numbered):
            lines = sentence.wrap(max(10, width - len(number)))
            indent = "\n" + " " * len(number)
            parts: list[Content | str | tuple[str, str]] = [(number, "bold"), lines[0]]
            for line in lines[1:]:
                parts += [indent, line]
            self.replace_option_prompt_at_index(index, Content.assemble(*parts))

    def action_select(self) -> None:
        if self.highlighted is None:
            self.app.notify(msg.UI_JUSTIFY_NONE)
            return
        super().action_select()

    def action_page_down(self) -> None:
        if self.highlighted is None:  # OptionList's Pg↓ would jump to the last sentence
            self.highlighted = 0
        super().action_page_down()

    def action_page_up(self) -> None:
        if self.highlighted is None:
            self.action_first()
            return
        super().action_page_up()


class JustifiedTruthAnswer(Vertical):
    """Vrai / faux / on ne sait pas, then the sentence of the text that proves it, picked from
    the article's sentences, paragraph by paragraph (typing a whole sentence would test typing,
    not reading). Sentences are numbered: typing a number goes straight to its sentence, where
    ↓ alone could take a dozen presses; Pg↑ Pg↓ go a page at a time."""

    NUMBER_PAUSE = 1.0
    """Seconds after which a digit starts a new number rather than adding to the last one."""

    def __init__(
        self,
        options: list[tuple[str, object]],
        keys: list[str],
        paragraphs: list[list[str]],
        no_proof: object,
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, classes="answer")
        self._options = options
        self._keys = keys
        self._paragraphs = paragraphs
        self._sentences = [sentence for paragraph in paragraphs for sentence in paragraph]
        self._no_proof = no_proof
        self._truth: object | None = None
        self._number = ""
        self._number_at = 0.0
        self._early_digits: list[str] = []

    def compose(self) -> ComposeResult:
        yield ChoiceAnswer(self._options, self._keys, how=msg.UI_HOW_TRUTH, id="truth")
        yield Label(msg.UI_JUSTIFY_PICK, id="justify-label", classes="hint")
        width = len(str(len(self._sentences)))
        numbered: list[tuple[str, Content] | None] = []
        number = 0
        for paragraph in self._paragraphs:  # a line between paragraphs, not between sentences
            for sentence in paragraph:
                number += 1
                numbered.append((f"{number:>{width}}  ", Content(hold_together(sentence))))
            numbered.append(None)
        yield ProofList(numbered[:-1], id="justify")

    def on_mount(self) -> None:
        self.query_one("#justify-label").display = False
        self.query_one("#justify", OptionList).display = False

    def focus_answer(self) -> None:
        self.query_one(ChoiceAnswer).focus_answer()

    def submit(self) -> None:
        justify = self.query_one("#justify", OptionList)
        if self._truth is None:
            self.query_one(ChoiceAnswer).submit()
        elif justify.highlighted is not None:
            self._send(self._sentences[justify.highlighted])
        else:
            self.app.notify(msg.UI_JUSTIFY_NONE)

    def _send(self, sentence: str) -> None:
        self.post_message(AnswerSubmitted({"truth": self._truth, "justification": sentence}, self))

    def on_key(self, event: Key) -> None:
        """A digit moves to the sentence of that number (1, then 2 within a second: 12). Digits
        typed with the answer, before the sentences show, are kept for them. While the sentences
        show, v f n change the answer: a learner who pressed v by mistake was stuck with it."""
        digit = event.character or ""
        if self._truth is not None and digit.lower() in self._keys:
            event.stop()
            self._change_truth(self._options[self._keys.index(digit.lower())][1])
            return
        if not (len(digit) == 1 and digit.isdigit()):
            return
        event.stop()
        if self._truth is None:
            self._early_digits.append(digit)
        else:
            self._type_digit(digit)

    def _type_digit(self, digit: str) -> None:
        now = time.monotonic()
        number = self._number + digit if now - self._number_at <= self.NUMBER_PAUSE else digit
        if not 1 <= int(number) <= len(self._sentences):
            number = digit  # past the last sentence: the digit starts a new number
        self._number, self._number_at = number, now
        if 1 <= int(number) <= len(self._sentences):
            self.query_one("#justify", OptionList).highlighted = int(number) - 1

    def _change_truth(self, truth: object) -> None:
        self._truth = truth
        if truth == self._no_proof:
            self._send("")
            return
        chosen = next(label for label, value in self._options if value == truth)
        self.query_one("#justify-label", Label).update(msg.UI_JUSTIFY_PICK.format(choice=chosen))

    @on(AnswerSubmitted)
    def _truth_chosen(self, event: AnswerSubmitted) -> None:
        if event.control is self:
            return
        event.stop()
        self._change_truth(event.answer)
        if event.answer == self._no_proof:
            return
        justify = self.query_one("#justify", OptionList)
        self.query_one("#justify-label", Label).display = True
        self.query_one(ChoiceAnswer).display = False
        justify.display = True
        justify.highlighted = None  # the learner picks the sentence (see ProofList)
        self.screen.set_focus(justify)
        for digit in self._early_digits:
            self._type_digit(digit)
        self._early_digits.clear()

    @on(OptionList.OptionSelected, "#justify")
    def _sentence_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._send(self._sentences[event.option_index])


MAX_TYPED_ANSWER = 1000
"""Characters a typed answer may have: an open answer asks for one or two sentences (about
300), and grading a pasted article of 100,000 characters kept the screen frozen for 20 s."""


class TextAnswer(Vertical):
    """A line to type the answer in; Enter sends it (an empty line is refused)."""

    def __init__(self, placeholder: str, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="answer")
        self._placeholder = placeholder

    def compose(self) -> ComposeResult:
        yield Input(placeholder=self._placeholder, max_length=MAX_TYPED_ANSWER, id="typed")

    def focus_answer(self) -> None:
        self.screen.set_focus(self.query_one(Input))

    @property
    def value(self) -> str:
        """What is typed so far, sent or not."""
        return self.query_one(Input).value

    def submit(self) -> None:
        self._send(self.value)

    def _send(self, value: str) -> None:
        if not value.strip():
            self.app.notify(msg.UI_ANSWER_EMPTY, severity="warning")
            return
        self.post_message(AnswerSubmitted(value, self))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._send(event.value)


class OrderList(ListView):
    """A list whose items the learner moves up and down; Enter means the order is final."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("shift+up,m,u", "move(-1)", msg.UI_KEY_MOVE_UP, key_display="⇧↑"),
        Binding("shift+down,d", "move(1)", msg.UI_KEY_MOVE_DOWN, key_display="⇧↓"),
        Binding("enter", "submit", msg.UI_SUBMIT),
    ]

    class Moved(Message):
        """An event moved; the parent relabels the rows."""

    class Submit(Message):
        """The learner confirmed the order."""

    def action_move(self, step: int) -> None:
        self.post_message(self.Moved())
        parent = self.parent
        if isinstance(parent, OrderingAnswer) and self.index is not None:
            parent.move(self.index, step)

    def action_submit(self) -> None:
        self.post_message(self.Submit())


class OrderingAnswer(Vertical):
    """Put events in order: the highlighted event moves with Shift+↑ / Shift+↓ (or m / d, for
    monter / descendre; u, once shown, still works)."""

    def __init__(self, events: list[str], *, id: str | None = None) -> None:
        super().__init__(id=id, classes="answer")
        self._order = list(events)

    def compose(self) -> ComposeResult:
        # Entrée sends the order: a learner who pressed it to "pick up" an event had answered
        yield Static(msg.UI_ORDER_HOW, id="order-how", classes="hint", markup=False)
        yield OrderList(
            *(ListItem(Label(self._label(i))) for i in range(len(self._order))),
            id="order",
        )
        with Horizontal(classes="answer-buttons"):
            yield Button(msg.UI_SUBMIT, id="submit-order", variant="primary")

    def _label(self, index: int) -> Content:
        return Content.assemble((f"{index + 1}. ", "bold"), self._order[index])

    def focus_answer(self) -> None:
        order = self.query_one(OrderList)
        self.screen.set_focus(order)
        order.index = 0

    def submit(self) -> None:
        self.post_message(AnswerSubmitted(self.order(), self))

    def order(self) -> list[str]:
        return list(self._order)

    def move(self, index: int, step: int) -> None:
        """Swap the event at `index` with its neighbour and keep it highlighted."""
        other = index + step
        if not 0 <= other < len(self._order):
            return
        self._order[index], self._order[other] = self._order[other], self._order[index]
        labels = list(self.query_one(OrderList).query(Label))
        labels[index].update(self._label(index))
        labels[other].update(self._label(other))
        self.query_one(OrderList).index = other

    @on(OrderList.Submit)
    @on(Button.Pressed, "#submit-order")
    def _submit(self, event: Message) -> None:
        event.stop()
        self.post_message(AnswerSubmitted(self.order(), self))

    @on(OrderList.Moved)
    @on(ListView.Selected)
    def _ignore(self, event: Message) -> None:
        """A click highlights an event; it never sends the answer."""
        event.stop()
