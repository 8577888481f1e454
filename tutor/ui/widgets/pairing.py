"""Matching answers (who said what, which term): one focused widget reads every key itself.

Textual sends a key to the widget focused when the key arrives. Drop-down menus move the focus
twice per row (to the menu, then to the next row), so keys typed quickly while the focus moved
reached the wrong widget and were lost. Here the focus never moves: keys are handled in the
order typed, however fast.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Label, Static

from tutor import messages as msg
from tutor.ui.widgets.answers import AnswerSubmitted

MAX_DIGIT_CHOICES = 9


class PairingAnswer(Vertical, can_focus=True):
    """For each left-hand text (a quote, a definition), choose its partner (a speaker, a term).

    The current row shows its choices: ↑ ↓ and Entrée (or the choice's number) pick one and go
    to the next row; Tab / Maj+Tab move between rows; on the last line, Entrée sends the answer.
    A choice already given to other rows says which ones (as H5P greys out a word already
    placed). With `one_each` (terms: each fits one definition), choosing it again takes it from
    the row that had it, so one term cannot be given to every row; a speaker may say several
    quotes, so speakers are never taken.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "row(1)", msg.UI_KEY_NEXT_ROW, key_display="Tab ⇧Tab"),
        Binding("shift+tab", "row(-1)", msg.UI_KEY_PREVIOUS_ROW, show=False),
    ]
    """Shown in the footer, so a learner knows how to go back to a row already answered (the
    keys themselves are read in `on_key`, in the order typed; the footer's clicks come here)."""

    def __init__(
        self,
        rows: list[str],
        choices: list[str],
        prompt: str,
        *,
        one_each: bool = False,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, classes="answer pairing")
        self._rows = rows
        self._choices = choices
        self._prompt = prompt
        self._one_each = one_each
        self._digits = len(choices) <= MAX_DIGIT_CHOICES
        self._chosen: list[int | None] = [None] * len(rows)
        self.current = 0
        """The row being answered; `len(rows)` is the Valider line."""
        self._highlight = 0

    def compose(self) -> ComposeResult:
        for row, text in enumerate(self._rows):
            with Vertical(classes="pair-row", id=f"pair-{row}"):
                with Horizontal(classes="pair-line"):  # a long quote wraps under itself
                    yield Label(f"{row + 1}.", classes="pair-number")
                    yield Static(Content(text), classes="pair-text")
                yield Static("", classes="pair-choice", id=f"pair-{row}-choice")
                with Vertical(classes="pair-options", id=f"pair-{row}-options"):
                    for number in range(len(self._choices)):
                        yield Static(
                            self._option_text(number, []),
                            classes="pair-option",
                            id=f"pair-{row}-option-{number}",
                        )
        with Horizontal(classes="answer-buttons"):
            button = Button(msg.UI_SUBMIT, id="submit-pairs", compact=True)
            button.can_focus = False
            yield button

    def on_mount(self) -> None:
        self._redraw()

    def focus_answer(self) -> None:
        # at once: keys typed next come here; without scrolling to the widget, taller than the
        # screen at 80x24, which hid the item's first line (the screen shows a new item's top)
        self.screen.set_focus(self, scroll_visible=False)

    # --- state ---------------------------------------------------------------------------

    def answer(self) -> dict[str, str] | None:
        """Row text -> chosen partner, or None while a row has no choice."""
        if any(choice is None for choice in self._chosen):
            return None
        return {
            text: self._choices[choice]
            for text, choice in zip(self._rows, self._chosen, strict=True)
            if choice is not None
        }

    def submit(self) -> None:
        answer = self.answer()
        if answer is None:
            self.app.notify(msg.UI_PAIRS_INCOMPLETE, severity="warning")
            self._go(next(i for i, c in enumerate(self._chosen) if c is None))
            return
        self.post_message(AnswerSubmitted(answer, self))

    def choose(self, number: int) -> None:
        """Give the current row its partner, then go to the next row still empty (or, when
        every row has one, to the Valider line)."""
        if not 0 <= number < len(self._choices) or self.current >= len(self._rows):
            return
        if self._one_each:
            for row, chosen in enumerate(self._chosen):
                if chosen == number and row != self.current:
                    self._chosen[row] = None
                    self.app.notify(
                        msg.UI_PAIR_MOVED.format(choice=self._choices[number], row=row + 1)
                    )
        self._chosen[self.current] = number
        empty = [i for i, c in enumerate(self._chosen) if c is None]
        later = [i for i in empty if i > self.current]
        self._go(later[0] if later else empty[0] if empty else len(self._rows))

    def _go(self, row: int) -> None:
        self.current = max(0, min(row, len(self._rows)))
        if self.current < len(self._rows):
            chosen = self._chosen[self.current]
            self._highlight = chosen if chosen is not None else 0
        self._redraw()

    def _redraw(self) -> None:
        for row in range(len(self._rows)):
            here = row == self.current
            chosen = self._chosen[row]
            self.query_one(f"#pair-{row}").set_class(here, "-current")
            line = self.query_one(f"#pair-{row}-choice", Static)
            line.display = not here
            if chosen is None:
                line.update(Content.assemble("→ ", (self._prompt, "dim italic")))
            else:
                line.update(Content.assemble("→ ", (self._choices[chosen], "bold")))
            self.query_one(f"#pair-{row}-options").display = here
            if here:
                for number in range(len(self._choices)):
                    option = self.query_one(f"#pair-{row}-option-{number}", Static)
                    option.set_class(number == self._highlight, "-highlight")
                    option.set_class(number == chosen, "-chosen")
                    used = [r for r, c in enumerate(self._chosen) if c == number and r != row]
                    option.set_class(bool(used), "-used")
                    option.update(self._option_text(number, used))
        self.query_one("#submit-pairs").set_class(self.current == len(self._rows), "-current")
        target = (
            self.query_one(f"#pair-{self.current}-option-{self._highlight}")
            if self.current < len(self._rows)
            else self.query_one("#submit-pairs")
        )
        self.call_after_refresh(target.scroll_visible, animate=False)

    def _option_text(self, number: int, used_by: list[int]) -> Content:
        """A choice with its key, and the other rows that already have it ("déjà choisi :
        lignes 1 et 3"), so a learner sees what is left without opening every row."""
        key = f"{number + 1}  " if self._digits else ""
        text = Content.assemble((key, "bold"), self._choices[number])
        if not used_by:
            return text
        rows = [str(r + 1) for r in used_by]
        if len(rows) == 1:
            note = msg.UI_PAIR_USED.format(rows=rows[0])
        else:
            listed = msg.LIST_SEPARATOR.join(rows[:-1])
            note = msg.UI_PAIR_USED_ROWS.format(rows=f"{listed}{msg.UI_PAIR_ROWS_AND}{rows[-1]}")
        return Content.assemble(text, ("  ", ""), (f"({note})", "dim italic"))

    # --- keyboard and mouse ---------------------------------------------------------------

    def action_row(self, step: int) -> None:
        self._go((self.current + step) % (len(self._rows) + 1))

    def on_key(self, event: events.Key) -> None:
        """Every key this widget understands is handled here, in the order typed."""
        key, on_rows = event.key, self.current < len(self._rows)
        if key in ("down", "up") and on_rows:
            step = 1 if key == "down" else -1
            self._highlight = max(0, min(self._highlight + step, len(self._choices) - 1))
            self._redraw()
        elif key in ("down", "up"):
            self._go(len(self._rows) - 1 if key == "up" else self.current)
        elif key in ("enter", "space"):
            if on_rows:
                self.choose(self._highlight)
            else:
                self.submit()
        elif key in ("tab", "shift+tab"):
            self.action_row(1 if key == "tab" else -1)
        elif (
            on_rows
            and event.character
            and event.character.isdigit()
            and len(self._choices) <= MAX_DIGIT_CHOICES
        ):
            self.choose(int(event.character) - 1)
        else:
            return  # escape, F1, h...: the screen's keys
        event.stop()
        event.prevent_default()

    def on_click(self, event: events.Click) -> None:
        """A click on a row makes it current; on one of its choices, picks it."""
        widget = event.widget
        while widget is not None and widget is not self:
            name = widget.id or ""
            if name.startswith("pair-") and "-option-" in name:
                row, _, number = name.removeprefix("pair-").partition("-option-")
                self._go(int(row))
                self.choose(int(number))
                return
            if name.startswith("pair-") and name.removeprefix("pair-").isdigit():
                self._go(int(name.removeprefix("pair-")))
                return
            widget = widget.parent  # type: ignore[assignment]

    @on(Button.Pressed, "#submit-pairs")
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.submit()
