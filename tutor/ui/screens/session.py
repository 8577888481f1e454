"""An exercise session: one item at a time, hints on request, each answer graded and saved."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, Label, ProgressBar, Static

from tutor import messages as msg
from tutor.text_limits import shown_text
from tutor.ui import LESSON_CSS
from tutor.ui.formatting import format_long_date, format_point_count, format_points
from tutor.ui.item_view import answer_text, answer_widget, item_body, to_scoring_answer
from tutor.ui.lesson import Lesson, LessonItem, Played
from tutor.ui.screens.feedback import FeedbackModal, FeedbackView
from tutor.ui.typography import french_spacing
from tutor.ui.widgets.answers import AnswerSubmitted

if TYPE_CHECKING:
    from tutor.ui.app import TutorApp


class SessionScreen(Screen[None]):
    """Plays a lesson; when the last item's feedback closes, the results replace this screen."""

    CSS_PATH = LESSON_CSS
    HELP_SECTION = msg.UI_HELP_EXERCISES
    """Where F1 opens the help."""

    app: TutorApp
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f2", "hint", msg.UI_KEY_HINT),
        Binding("h", "hint", msg.UI_KEY_HINT, show=False),
        Binding("f3", "article", msg.UI_KEY_ARTICLE),
        Binding("ctrl+s", "submit", msg.UI_SUBMIT),
        Binding("escape", "leave", msg.UI_KEY_LEAVE),
        Binding("ctrl+q", "app.quit", msg.UI_KEY_QUIT, show=False, priority=True),
    ]
    """Ctrl+Q still quits but leaves the footer to the item's keys: at 80 columns 'Valider'
    and 'Arrêter' were cut off (Échap is the way out of a lesson, the help lists Ctrl+Q)."""

    def __init__(self, lesson: Lesson) -> None:
        super().__init__()
        self.lesson = lesson
        self.hint_used = False
        self._waiting = False
        self._leave_asked = False
        """Échap was pressed once with an answer written: the next one leaves."""
        self._shown_at = time.monotonic()
        self.answer_widget: Widget | None = None
        self._prepared: dict[int, Widget] = {}
        self._attempts: dict[int, int] = {}
        """By lesson item: the attempt its widget was built for, which its feedback and the
        results follow (the answer, once recorded, would count one more)."""
        self._on_screen: LessonItem | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="session-top"):
            yield Label(self.lesson.title, id="session-title", markup=False)
            yield Label("", id="session-status")
            yield ProgressBar(
                total=len(self.lesson.items),
                show_eta=False,
                show_percentage=False,
                id="session-bar",
            )
        with VerticalScroll(id="item-area"):
            yield Label("", id="item-skill")
            yield Static("", id="item-prompt")
            yield Static("", id="item-body")
            yield Static("", id="hint")
            yield Vertical(id="answer-slot")
        yield Footer(show_command_palette=False)  # Ctrl+P still works; room for the keys

    async def on_mount(self) -> None:
        await self.show_item()
        self.call_after_refresh(self._prepare_grading)  # the first item is painted first

    @work(thread=True, group="grading")
    def _prepare_grading(self) -> None:
        """Load the grader while the learner reads the first item, so that the first answer
        does not wait for it (10-17 ms on the UI thread). A lesson opened from the reader finds
        it loaded already; a review started with `r` skips the reader."""
        self.app.services.prepare_grading()

    def _status(self, number: int) -> None:
        """Item `number` (from 1) of the lesson, the score so far and the bar of items done."""
        template = msg.UI_SESSION_STATUS if self.lesson.played else msg.UI_SESSION_STATUS_FIRST
        text = template.format(
            number=min(number, len(self.lesson.items)),
            total=len(self.lesson.items),
            score=format_points(self.lesson.score),
            max=format_points(self.lesson.max_score),
        )
        self.query_one("#session-status", Label).update(text)
        self.query_one(ProgressBar).update(progress=self.lesson.position)

    async def show_item(self) -> None:
        """Put the current item on screen, focused and ready for the keyboard."""
        current = self.lesson.current
        if current is None:
            return
        widget = self._prepared.pop(id(current), None)
        if widget is None:
            widget = self._widget_for(current)
            await self.query_one("#answer-slot", Vertical).mount(widget)
        self._show(current, widget)

    def _show(self, current: LessonItem, widget: Widget) -> None:
        """Swap in the item's texts and its mounted answer widget, at once (no await): keys
        typed right after the feedback closes reach the new item."""
        item = current.item
        self.hint_used = False
        self._leave_asked = False
        self._shown_at = time.monotonic()
        self._status(self.lesson.position + 1)
        skill = msg.UI_SKILLS.get(str(item.skill), str(item.skill))
        source = f" · {current.article.title}" if self.lesson.review else ""
        if self.lesson.review and current.last_outcome and current.last_day:
            # why the item is back: a learner saw a question again and did not know it was
            # one they had missed
            source += "\n" + msg.UI_REVIEW_LAST.format(
                day=format_long_date(current.last_day),
                outcome=msg.UI_REVIEW_OUTCOMES.get(current.last_outcome, current.last_outcome),
            )
        self.query_one("#item-skill", Label).update(Content(skill + source))
        prompt = Content(french_spacing(item.prompt)).stylize("bold")
        self.query_one("#item-prompt", Static).update(prompt)
        body = item_body(item)
        body_widget = self.query_one("#item-body", Static)
        body_widget.update(body or "")
        body_widget.display = body is not None
        hint = self.query_one("#hint", Static)
        hint.update("")
        hint.display = False
        old, self.answer_widget = self.answer_widget, widget
        self._on_screen = current
        self.refresh_bindings()  # F2 follows the item: greyed out when it has no hint
        widget.display = True
        widget.focus_answer()  # type: ignore[attr-defined]
        stale = [w for key, w in self._prepared.items() if key != id(current)]
        self._prepared = {k: w for k, w in self._prepared.items() if k == id(current)}
        for leftover in [old, *stale]:
            if leftover is not None and leftover is not widget:
                leftover.remove()
        self.query_one("#item-area", VerticalScroll).scroll_home(animate=False)

    def _widget_for(self, lesson_item: LessonItem) -> Widget:
        """The item's answer widget, its options in the order of the learner's next attempt:
        an item back for review does not show the answer at the same number."""
        attempt = self.app.services.answers_to(lesson_item)
        self._attempts[id(lesson_item)] = attempt
        return answer_widget(lesson_item.item, lesson_item.article.body, attempt)

    async def _prepare_next(self) -> None:
        """Build and mount the next item's widget, hidden under the feedback, so going on is
        instant."""
        position = self.lesson.position
        if position >= len(self.lesson.items):
            return
        upcoming = self.lesson.items[position]
        widget = self._widget_for(upcoming)
        widget.display = False
        await self.query_one("#answer-slot", Vertical).mount(widget)
        if self._on_screen is upcoming:
            widget.remove()  # the learner was quicker: the item is already on screen
            return
        self._prepared[id(upcoming)] = widget

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """F2 is greyed out in the footer on an item without a hint (None: shown, disabled),
        rather than offered and then answered "Pas d'indice"."""
        if action == "hint":
            current = self.lesson.current
            return None if current is None or not current.item.hint else True
        return True

    def action_hint(self) -> None:
        current = self.lesson.current
        if current is None or self._waiting:
            return
        item = current.item
        if not item.hint:
            self.notify(msg.UI_HINT_NONE)
            return
        self.hint_used = True
        hint = self.query_one("#hint", Static)
        written = french_spacing(shown_text(item.hint))  # a megabyte froze the screen
        if item.hint_cost:
            cost = format_point_count(item.hint_cost)
            text = msg.UI_HINT_COST.format(hint=written, cost=cost)
        else:
            text = msg.UI_HINT_FREE.format(hint=written)
        hint.update(Content(text))
        hint.display = True

    def action_article(self) -> None:
        """The item's article over the item: hints send the learner to it."""
        from tutor.ui.screens.article import ArticleModal

        current = self.lesson.current
        if current is not None and not self._waiting:
            self.app.push_screen(ArticleModal(current.article))

    def action_submit(self) -> None:
        if self.answer_widget is not None and not self._waiting:
            self.answer_widget.submit()  # type: ignore[attr-defined]

    @on(AnswerSubmitted)
    def _answered(self, event: AnswerSubmitted) -> None:
        """Grade, save at once, then show the feedback; a second Enter cannot answer twice."""
        event.stop()
        current = self.lesson.current
        if current is None or self._waiting or event.widget is not self.answer_widget:
            return  # a second Enter, or a key that reached the previous item's widget
        self._waiting = True
        item = current.item
        services = self.app.services
        attempt = self._attempts.get(id(current), 0)
        answer = to_scoring_answer(item, event.answer)
        feedback = services.grade(item, answer, self.hint_used)
        seconds = time.monotonic() - self._shown_at
        try:
            services.record(current, answer, feedback, self.hint_used, seconds)
        except OSError as err:
            failed = msg.UI_SAVE_FAILED.format(error=err)  # the file's path may hold "[/]"
            self.notify(failed, severity="error", timeout=20, markup=False)
        self.lesson.played.append(
            Played(
                current,
                feedback.outcome,
                feedback.points,
                feedback.max_points,
                feedback.expected,
                self.hint_used,
                attempt,
            )
        )
        self._status(self.lesson.position)  # the answered item's number, under its feedback
        given = answer_text(event.answer)
        view = FeedbackView.build(current, feedback, given, event.answer, attempt)
        self.app.push_screen(FeedbackModal(view), self._after_feedback)
        self.call_later(self._prepare_next)

    def _after_feedback(self, _result: None) -> None:
        from tutor.ui.screens.results import ResultsScreen

        self._waiting = False
        if self.lesson.finished:
            self.app.switch_screen(ResultsScreen(self.lesson))
        else:
            current = self.lesson.current
            prepared = self._prepared.pop(id(current), None) if current else None
            if current is not None and prepared is not None:
                self._show(current, prepared)
            else:
                if self.answer_widget is not None:
                    self.answer_widget.display = False
                self.call_later(self.show_item)

    def action_leave(self) -> None:
        draft = getattr(self.answer_widget, "value", "")
        if isinstance(draft, str) and draft.strip() and not self._leave_asked:
            # a written answer is lost on leaving: say so once (Échap out of habit)
            self._leave_asked = True
            self.notify(msg.UI_LEAVE_DRAFT, severity="warning")
            return
        lesson = self.lesson
        if lesson.played:
            all_items = lesson.items[0].exercise_set.items
            whole = not lesson.review and len(lesson.items) == len(all_items)
            if whole and not lesson.finished:  # the reader's `e` goes on from here
                self.notify(msg.UI_SESSION_SAVED_RESUME.format(number=lesson.position + 1))
            else:
                self.notify(msg.UI_SESSION_SAVED)
        self.app.pop_screen()
