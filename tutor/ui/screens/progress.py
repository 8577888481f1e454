"""The learner's progress: mastery per skill, accuracy day by day, and what is due for review."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, ProgressBar, Sparkline, Static

from tutor import messages as msg
from tutor.model import Skill
from tutor.ui import LESSON_CSS
from tutor.ui.formatting import format_date, format_percent, format_questions, plural

if TYPE_CHECKING:
    from tutor.ui.app import TutorApp

HISTORY_DAYS = 30
BAR_DAYS = 7
"""Days of work shown one bar each, under the longer trend."""
SPARKLINE_MIN_DAYS = 3
"""A trend line needs a few days; before that, the day bars say it all."""
BAR_WIDTH = 40


def day_bars(days: list[tuple[date, float]]) -> Content:
    """One line per day of work: the date, a bar of the share of points earned, the percent."""
    lines = []
    for day, ratio in days:
        full = round(ratio * BAR_WIDTH)
        lines.append(
            Content.assemble(
                f"{format_date(day)}  ",
                ("█" * full, "$success"),
                ("░" * (BAR_WIDTH - full), "$text-muted"),
                f"  {format_percent(ratio)}",
            )
        )
    return Content("\n").join(lines)


class ProgressScreen(Screen[None]):
    """Read-only; `r` starts the review of due items."""

    CSS_PATH = LESSON_CSS

    app: TutorApp
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "app.review", msg.UI_KEY_REVIEW),
        Binding("escape", "app.library", msg.UI_KEY_BACK),
    ]

    def compose(self) -> ComposeResult:
        services = self.app.services
        services.refresh()
        library = self.app._library()
        mastery = services.skill_mastery(getattr(library, "catalog", None))
        history = services.accuracy_by_day()[-HISTORY_DAYS:]
        yield Header()
        yield Label(msg.UI_PROGRESS_TITLE, classes="screen-title")
        with VerticalScroll(id="progress-body"):
            yield Label(msg.UI_PROGRESS_SKILLS, classes="section-title")
            for skill in Skill:
                value = mastery.get(skill)
                with Horizontal(classes="skill-row"):
                    yield Label(msg.UI_SKILLS.get(str(skill), str(skill)), classes="skill-name")
                    bar = ProgressBar(
                        total=100, show_eta=False, show_percentage=False, id=f"skill-{skill}"
                    )
                    bar.progress = round((value or 0) * 100)
                    yield bar
                    yield Label(
                        format_percent(value) if value is not None else msg.UI_PROGRESS_NOT_YET,
                        classes="skill-value",
                    )
            yield Label(msg.UI_PROGRESS_HISTORY, classes="section-title")
            if history:
                if len(history) >= SPARKLINE_MIN_DAYS:
                    yield Sparkline([v for _, v in history], id="history")
                first, last = history[0][0], history[-1][0]
                template = (
                    msg.UI_PROGRESS_HISTORY_RANGE
                    if len(history) > 1
                    else msg.UI_PROGRESS_HISTORY_ONE_DAY
                )
                yield Label(
                    template.format(
                        first=format_date(first),
                        last=format_date(last),
                        days=plural(len(history), msg.UI_DAYS),
                        latest=format_percent(history[-1][1]),
                    ),
                    classes="hint",
                    id="history-range",
                )
                yield Static(day_bars(history[-BAR_DAYS:]), id="history-days")
            else:
                yield Label(msg.UI_PROGRESS_NO_HISTORY, classes="hint", id="history-range")
            yield Static("", id="progress-due")
        yield Footer()

    def on_mount(self) -> None:
        self._show_due()

    def on_screen_resume(self) -> None:
        self._show_due()

    def _show_due(self) -> None:
        library = self.app._library()
        catalog = getattr(library, "catalog", None)
        due = len(self.app.services.due_items(catalog)) if catalog else 0
        text = (
            msg.UI_PROGRESS_DUE.format(questions=format_questions(due))
            if due
            else msg.UI_PROGRESS_NONE_DUE
        )
        self.query_one("#progress-due", Static).update(text)
