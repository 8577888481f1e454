"""Who is practising: pick a known learner (the last one is preselected) or type a new name."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, OptionList
from textual.widgets.option_list import Option

from tutor import messages as msg

if TYPE_CHECKING:
    from tutor.ui.app import TutorApp

MAX_NAME_LENGTH = 40


class LearnerScreen(Screen[None]):
    """The first screen: one Enter continues as the last learner."""

    app: TutorApp
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", msg.UI_KEY_BACK)]
    """Shown when there is a screen to go back to (opened with c from the library), so a
    learner who pressed c by mistake sees the way back; at launch there is none."""
    AUTO_FOCUS = "#new-name"
    """Focused as soon as the screen is composed (not the hidden list of known learners, which
    Textual's default would pick): the keys typed at launch wait for this focus (TutorApp)."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="learner-box"):
            yield Label(msg.UI_LEARNER_TITLE, id="learner-title")
            yield Label(msg.UI_LEARNER_PICK, classes="hint known")
            yield OptionList(classes="known")
            yield Label(msg.UI_LEARNER_FIRST, classes="hint", id="new-name-label")
            yield Input(
                placeholder=msg.UI_LEARNER_PLACEHOLDER,
                max_length=MAX_NAME_LENGTH,
                id="new-name",
                select_on_focus=False,  # a letter typed on the list, put here, is not replaced
            )
        yield Footer()

    _chosen = False
    """Set once a name is taken: a second Entrée typed fast must not open a second library
    (the first one, closed while it mounted, crashed the app)."""

    def on_mount(self) -> None:
        self.query_one(Input).focus()  # the known learners stay hidden (tutor.tcss) until read
        self.call_after_refresh(self._load_learners)  # first paint first: typing works at once

    @work(thread=True, exclusive=True)
    def _load_learners(self) -> None:
        """The names on file are read off the UI thread: the screen is usable at once."""
        names = self.app.services.learners()
        if names:
            self.app.call_from_thread(self._show_learners, names)

    def _show_learners(self, names: list[str]) -> None:
        """List the known learners, the last one first and highlighted, so Enter continues."""
        options = self.query_one(OptionList)
        # Content, not str: a str prompt is read as markup, and a name typed as "Zoé [/]"
        # stopped the app at the next start
        options.add_options(
            Option(Content(name), id=f"learner-{i}") for i, name in enumerate(names)
        )
        options.highlighted = 0
        for widget in self.query(".known"):
            widget.display = True
        self.query_one("#new-name-label", Label).update(msg.UI_LEARNER_NEW)
        if not self.query_one(Input).value:
            options.focus()

    def on_screen_resume(self) -> None:
        """Back here (the record could not be opened): a name can be chosen again."""
        if self._chosen:
            self._chosen = False
            self.query_one(Input).focus()

    def _choose(self, name: str) -> None:
        """Open the learner's library once; the keys typed meanwhile wait for it (the Entrée
        that opens the article typed right after the name)."""
        if self._chosen:
            # a second Entrée that reached the field before it lost the focus was meant for
            # the library: it waits for the list like the keys typed after it
            self.app.hold_keys()
            self.app.post_message(events.Key("enter", "\r"))
            return
        self._chosen = True
        self.app.hold_keys()
        self.set_focus(None)
        self.app.choose_learner(name)

    def on_key(self, event: events.Key) -> None:
        """Letters typed on the list of known learners go to the new name: a new learner who
        typed "Zoé" then Entrée, the list focused, lost the letters and worked as the
        highlighted learner, in that learner's record."""
        # keys typed fast were all handed to the list before the first one moved the focus:
        # each letter that reaches the screen goes to the field (the field keeps its own)
        if not event.is_printable or not event.character or event.character == " ":
            return
        field = self.query_one(Input)
        event.stop()
        self.set_focus(field)
        field.insert_text_at_cursor(event.character)

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self._choose(str(event.option.prompt))

    @on(Input.Submitted, "#new-name")
    def _typed(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        if not name or any(c in name for c in "/\\:\0") or name.startswith("."):
            self.notify(msg.UI_LEARNER_BAD_NAME, severity="warning")
            return
        self._choose(name)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return len(self.app.screen_stack) > 1
        return True

    def action_back(self) -> None:
        """Back to the library when changing learner; the first screen stays."""
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
