"""The learner's app: pick a learner, then the library; screens do the rest."""

from __future__ import annotations

import errno
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.notifications import SeverityLevel
from textual.screen import Screen

from tutor import messages as msg
from tutor.paths import ProjectPaths, project_paths
from tutor.ui.services import Generator, Services
from tutor.ui.typography import keep_no_break_spaces

TERMINAL_CHECK_SECONDS = 1.0
EXIT_GRACE_SECONDS = 3.0
"""How long a normal exit may take once the terminal has gone (answers are saved as given)."""


def _terminal_fd() -> int | None:
    """The app's terminal (its standard input), or None when there is none or it hung up."""
    try:
        fd = sys.__stdin__.fileno() if sys.__stdin__ is not None else -1
    except (OSError, ValueError):
        return None
    return fd if fd >= 0 and os.isatty(fd) else None


class TutorApp(App[None]):
    """Screens reach shared state through `self.app.services`; navigation lives here."""

    CSS_PATH = "tutor.tcss"
    TITLE = "tutor"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", msg.UI_KEY_HELP),
        Binding("question_mark", "help", msg.UI_KEY_HELP, show=False),
        Binding("ctrl+q", "quit", msg.UI_KEY_QUIT, priority=True),
        # Textual's own binding would name it "palette" in the footer
        Binding("ctrl+p", "command_palette", msg.UI_KEY_COMMANDS, show=False, priority=True),
    ]

    def __init__(
        self,
        *,
        learner: str | None = None,
        paths: ProjectPaths | None = None,
        progress_dir: Path | None = None,
        now: Callable[[], datetime] | None = None,
        generator: Generator | None = None,
    ) -> None:
        super().__init__()
        keep_no_break_spaces()
        self.services = Services(
            paths=paths or project_paths(),
            progress_dir=progress_dir,
            now=now or datetime.now,
            generator=generator,
        )
        self._start_learner = learner
        self._shown_until: dict[tuple[str, str, str], float] = {}
        self._keys_before_focus: list[events.Key | events.Paste] | None = []

    def on_mount(self) -> None:
        if not self.is_headless and _terminal_fd() is not None:
            self.set_interval(TERMINAL_CHECK_SECONDS, self._exit_if_terminal_gone)

    def _exit_if_terminal_gone(self) -> None:
        """Quit when the terminal has gone (its window closed, `tmux kill-session`) though no
        hang-up signal reached the app: under `make run`, make takes the SIGHUP and waits for
        its child, and Textual then reads the dead terminal's endless end of input, at half a
        core, for ever. Every answer is already on disk (written atomically as it is given)."""
        if _terminal_fd() is None:
            # Textual's shutdown writes to the terminal, and on a dead one it can wait for ever:
            # the process ends anyway once the grace period is over
            grace = threading.Timer(EXIT_GRACE_SECONDS, os._exit, args=(0,))
            grace.daemon = True
            grace.start()
            self.exit()

    async def on_event(self, event: events.Event) -> None:
        """Keys typed at launch wait for the first screen to focus a widget, then reach it.

        Textual hands each key to the widget focused when the key is handled, else to the
        screen, which has no use for it: the first screen composes and focuses its field a few
        frames after the terminal delivers what a fast typist typed while the app started, so
        the name typed ahead was lost. Only until that first focus, and while a screen loads
        (`hold_keys`): otherwise a key with nothing focused goes where Textual sends it. An
        Entrée typed while the terminal was still in line mode arrives as a newline (ctrl+j):
        it is held as the Entrée it was. Ctrl+Q is never held: quitting works at once.
        """
        held = self._keys_before_focus
        if held is not None and self.screen_stack:
            focused = self.screen.focused
            typed = isinstance(event, events.Key | events.Paste) and not event.is_forwarded
            quit_key = isinstance(event, events.Key) and event.key == "ctrl+q"
            if typed and focused is None and not quit_key:
                if isinstance(event, events.Key) and event.key == "ctrl+j":
                    event = events.Key("enter", "\r")  # Entrée typed before raw mode: a newline
                held.append(event)  # type: ignore[arg-type]
                return
            if focused is not None:
                await self.flush_held_keys()
        await super().on_event(event)

    def hold_keys(self) -> None:
        """Hold the keys typed from now on until a widget has the focus: a screen that loads
        (the library reads the learner's record and the articles) would otherwise drop the
        Entrée a learner types right after their name."""
        if self._keys_before_focus is None:
            self._keys_before_focus = []

    async def flush_held_keys(self) -> None:
        """Hand the held keys, in the order typed, to the widget that now has the focus."""
        held, self._keys_before_focus = self._keys_before_focus, None
        for key in held or []:
            await super().on_event(key)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Like `App.notify`, but a notification still on screen is not stacked again: pressing
        `e` five times on an article without exercises says it once."""
        key = (message, title, severity)
        now = time.monotonic()
        if self._shown_until.get(key, 0.0) > now:
            return
        self._shown_until[key] = now + (self.NOTIFICATION_TIMEOUT if timeout is None else timeout)
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def get_default_screen(self) -> Screen:
        """The first screen is the app's base screen (no empty screen under it to lay out
        first): the library when the learner is given, else the learner picker."""
        if self._start_learner:
            from tutor.ui.screens.library import LibraryScreen

            self.sub_title = self._start_learner
            return LibraryScreen(self._start_learner)
        from tutor.ui.screens.learner import LearnerScreen

        return LearnerScreen()

    def _close_screens(self) -> None:
        """Close every screen above the first one."""
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def choose_learner(self, name: str) -> None:
        """Show the library at once; it opens the learner's record and the lessons in a worker
        (reading a record and checking exercise files takes a moment)."""
        from tutor.ui.screens.library import LibraryScreen

        self.sub_title = name
        self._close_screens()
        # after a change of learner the first library stays below, out of reach: simpler than
        # replacing the bottom screen, and `_library()` finds the top one
        self.push_screen(LibraryScreen(name))

    def learner_opened(self, notices: list[str]) -> None:
        """Tell the learner about a repaired or moved-aside record; called by the library."""
        self.sub_title = self.services.learner or self.sub_title
        for notice in notices:
            self.notify(notice, severity="warning", timeout=20, markup=False)

    def learner_failed(self, error: Exception) -> None:
        """The record cannot be opened (a read-only folder, a file of a newer tutor...): back
        to the learner picker; the file is left as it is."""
        from tutor.learners import progress_dir
        from tutor.progress import ProgressFileError
        from tutor.ui.screens.learner import LearnerScreen

        if isinstance(error, ProgressFileError) and error.newer:
            message = msg.UI_LEARNER_NEWER_FILE
        elif isinstance(error, PermissionError) or getattr(error, "errno", None) == errno.EROFS:
            # "[Errno 1] Operation not permitted: '…/.last-learner.txt.km9rw95p.tmp'" said
            # nothing a learner or a teacher could act on
            folder = progress_dir(self.services.progress_dir)
            message = msg.UI_LEARNER_READ_ONLY.format(folder=folder)
        else:
            message = msg.UI_LEARNER_FAILED.format(error=error)
        self.notify(message, severity="error", timeout=20, markup=False)
        self._close_screens()
        if not isinstance(self.screen, LearnerScreen):
            self.push_screen(LearnerScreen())

    def action_help_quit(self) -> None:
        """Ctrl+C: Textual's own answer is English ("Do you want to quit? Press ctrl+q")."""
        self.notify(msg.UI_QUIT_HOW)

    def action_change_learner(self) -> None:
        from tutor.ui.screens.learner import LearnerScreen

        self.push_screen(LearnerScreen())

    def _library(self) -> Screen | None:
        from tutor.ui.screens.library import LibraryScreen

        stack = reversed(self.screen_stack)
        return next((s for s in stack if isinstance(s, LibraryScreen)), None)

    def action_library(self) -> None:
        """Back to the library from anywhere, closing what is above it."""
        library = self._library()
        if library is None:
            return
        while self.screen is not library and len(self.screen_stack) > 1:
            self.pop_screen()

    def action_progress(self) -> None:
        from tutor.ui.screens.progress import ProgressScreen

        if self._library() is None or isinstance(self.screen, ProgressScreen):
            return
        self.action_library()
        self.push_screen(ProgressScreen())

    def action_review(self) -> None:
        library = self._library()
        if library is not None:
            library.start_review()  # type: ignore[attr-defined]

    def action_help(self) -> None:
        from tutor.ui.screens.help import HelpModal

        if not isinstance(self.screen, HelpModal):
            # the keys of the screen F1 was pressed on come first
            self.push_screen(HelpModal(getattr(self.screen, "HELP_SECTION", None)))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand(msg.UI_CMD_LIBRARY, msg.UI_CMD_LIBRARY_HELP, self.action_library)
        yield SystemCommand(msg.UI_CMD_PROGRESS, msg.UI_CMD_PROGRESS_HELP, self.action_progress)
        yield SystemCommand(msg.UI_CMD_REVIEW, msg.UI_CMD_REVIEW_HELP, self.action_review)
        yield SystemCommand(msg.UI_CMD_HELP, msg.UI_CMD_HELP_HELP, self.action_help)
        yield SystemCommand(msg.UI_CMD_QUIT, msg.UI_CMD_QUIT_HELP, self.action_quit)
        # not Textual's own commands: English ("Keys", "Maximize", "Screenshot", a theme
        # picker) for learners of French, and the help (F1) already lists the keys

    def action_command_palette(self) -> None:
        """Textual's palette, with its search field in French."""
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(placeholder=msg.UI_CMD_SEARCH, id="--command-palette"))
