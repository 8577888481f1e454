"""The end of a session: the score per skill and the items to look at again."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label, Static

from tutor import messages as msg
from tutor.model import OpenQuestion
from tutor.ui import LESSON_CSS
from tutor.ui.formatting import format_percent, format_points
from tutor.ui.item_view import expected_rows, item_body
from tutor.ui.lesson import Lesson
from tutor.ui.typography import french_spacing

if TYPE_CHECKING:
    from tutor.ui.app import TutorApp


class ResultsScreen(Screen[None]):
    """Enter goes back to the library; `a` replays the missed items at once."""

    CSS_PATH = LESSON_CSS
    HELP_SECTION = msg.UI_HELP_RESULTS
    """Where F1 opens the help."""

    app: TutorApp
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,escape", "app.library", msg.UI_KEY_LIBRARY),
        Binding("a", "again", msg.UI_KEY_AGAIN),
        Binding("p", "app.progress", msg.UI_KEY_PROGRESS),
    ]

    def __init__(self, lesson: Lesson) -> None:
        super().__init__()
        self.lesson = lesson

    def compose(self) -> ComposeResult:
        lesson = self.lesson
        ratio = lesson.score / lesson.max_score if lesson.max_score else None
        yield Header()
        yield Label(msg.UI_RESULTS_TITLE, classes="screen-title")
        yield Label(lesson.title, id="results-lesson", classes="hint", markup=False)
        with VerticalScroll(id="results-body"):
            yield Static(
                msg.UI_RESULTS_TOTAL.format(
                    score=format_points(lesson.score),
                    max=format_points(lesson.max_score),
                    percent=format_percent(ratio),
                ),
                id="results-total",
            )
            table: DataTable[str] = DataTable(id="results-skills", cursor_type="none")
            yield table
            missed = lesson.missed()
            if missed:
                yield Label(msg.UI_RESULTS_REVIEW, classes="section-title")
                for played in missed:
                    item = played.lesson_item.item
                    body = item_body(item)
                    rows = expected_rows(item, played.attempt)  # as they were shown
                    # pairs and events one a line, not one long line cut mid-word
                    expected = "\n".join(["", *rows]) if rows else french_spacing(played.expected)
                    label = (
                        msg.UI_FEEDBACK_MODEL
                        if isinstance(item, OpenQuestion)
                        else msg.UI_FEEDBACK_EXPECTED
                    )
                    label = label.rstrip() if rows else label
                    text = Content.assemble(  # a bar on the left: wrapped lines line up
                        french_spacing(item.prompt),  # « » and ? never alone on a line
                        *(("\n", body) if body else ()),
                        "\n",
                        (label, "dim"),
                        (expected, "bold"),
                    )
                    yield Static(text, classes="missed-item")
            else:
                yield Label(msg.UI_RESULTS_ALL_RIGHT, classes="section-title")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(msg.UI_COL_SKILL, msg.UI_COL_POINTS, msg.UI_COL_SUCCESS)
        for skill, (points, maximum, _count) in self.lesson.by_skill().items():
            table.add_row(
                msg.UI_SKILLS.get(str(skill), str(skill)),
                f"{format_points(points)} / {format_points(maximum)}",
                format_percent(points / maximum if maximum else None),
                key=str(skill),
            )
        self.query_one("#results-body").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """ "a Refaire les erreurs" is greyed out when everything was right."""
        if action == "again" and not self.lesson.missed():
            return None
        return True

    def action_again(self) -> None:
        from tutor.ui.lesson import Lesson
        from tutor.ui.screens.session import SessionScreen

        missed = [p.lesson_item for p in self.lesson.missed()]
        if not missed:
            self.notify(msg.UI_RESULTS_NOTHING_AGAIN)
            return
        title = msg.UI_AGAIN_TITLE.format(title=self.lesson.title)
        self.app.switch_screen(SessionScreen(Lesson(title, missed, review=self.lesson.review)))
