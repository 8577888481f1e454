"""After each answer: the verdict in colour and words, the expected answer, why, and the proof
in the article (its paragraph, the evidence sentence highlighted)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Label, Static

from tutor import messages as msg
from tutor.ui.formatting import format_points
from tutor.ui.item_view import answer_rows
from tutor.ui.key_terms import excerpt_around
from tutor.ui.lesson import LessonItem
from tutor.ui.text_spans import EvidenceContext, evidence_context
from tutor.ui.widgets.article_view import evidence_content
from tutor.verdict import Verdict

FRAME_ROWS = 12
"""Rows around the scrolling text: borders, padding, verdict line, button, footer."""
MIN_SCROLL_ROWS = 4
OUTCOME_ICONS = {"correct": "✔", "almost": "≈", "partial": "◐", "incorrect": "✘"}


@dataclass(frozen=True)
class FeedbackView:
    """Everything the feedback modal shows, computed before it opens."""

    outcome: str
    points: float
    max_points: float
    given: str
    expected: str
    explanation: str
    context: EvidenceContext
    reasons: tuple[str, ...] = ()
    rows: tuple[Content, ...] = ()
    """Row-by-row correction of a matching or ordering answer (replaces `given`/`expected`)."""

    @property
    def warning(self) -> str | None:
        """Why a right or nearly right answer was not perfect (accents, a typo), in words."""
        for reason in self.reasons:
            if reason in msg.UI_FEEDBACK_REASONS:
                return msg.UI_FEEDBACK_REASONS[reason]
        return None

    @classmethod
    def build(
        cls, lesson_item: LessonItem, feedback: Verdict, given: str, answer: object
    ) -> FeedbackView:
        item = lesson_item.item
        context = evidence_context(lesson_item.article.body, item.evidence)
        if context is None:  # the article changed since the file was written: show the sentence
            context = EvidenceContext(item.evidence, (0, len(item.evidence)))
        elif context.span is not None:
            text, start, end = excerpt_around(context.paragraph, *context.span)
            context = EvidenceContext(text, (start, end))
        explanation = feedback.explanation
        if item.feedback and item.feedback not in explanation:
            explanation = f"{explanation}\n{item.feedback}".strip()
        return cls(
            feedback.outcome,
            feedback.points,
            feedback.max_points,
            given,
            feedback.expected,
            explanation,
            context,
            tuple(str(r) for r in feedback.reason),
            tuple(answer_rows(item, answer) or ()),
        )


class FeedbackModal(ModalScreen[None]):
    """Enter (or Space) goes on to the next item."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "next", msg.UI_KEY_CONTINUE),
        Binding("space,escape", "next", msg.UI_KEY_CONTINUE, show=False),
    ]

    def __init__(self, view: FeedbackView) -> None:
        super().__init__(classes=f"outcome-{view.outcome}")
        self.view = view

    def compose(self) -> ComposeResult:
        view = self.view
        word = msg.OUTCOME_LABELS.get(view.outcome, view.outcome)
        icon = OUTCOME_ICONS.get(view.outcome, "")
        points = msg.UI_FEEDBACK_POINTS.format(
            points=format_points(view.points), max=format_points(view.max_points)
        )
        warning = view.warning
        banner = f"{icon} {word}" + (f" : {warning}" if warning else "") + f"  ·  {points}"
        with Vertical(id="feedback-box", classes="modal-box"):
            yield Label(
                Content(banner),
                id="verdict",
                classes=f"verdict {view.outcome}" + (" warned" if warning else ""),
            )
            with VerticalScroll(id="feedback-scroll"):
                if view.rows:
                    yield Static(Content("\n").join(view.rows), id="given")
                else:
                    yield Static(
                        Content.assemble((msg.UI_FEEDBACK_GIVEN, "dim"), view.given), id="given"
                    )
                if (
                    view.outcome != "correct"
                    and not view.rows
                    and view.expected not in view.explanation
                ):
                    yield Static(
                        Content.assemble((msg.UI_FEEDBACK_EXPECTED, "dim"), (view.expected, "b")),
                        id="expected",
                    )
                yield Static(Content(view.explanation), id="explanation")
                yield Label(msg.UI_FEEDBACK_IN_TEXT, classes="hint")
                yield Static(evidence_content(view.context), id="evidence")
            yield Button(msg.UI_CONTINUE_KEY, id="continue", variant="primary", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#feedback-scroll").focus()
        self._fit()

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        """Keep the Continue button on screen at 80x24: the text scrolls instead."""
        room = self.app.size.height - FRAME_ROWS
        self.query_one("#feedback-scroll").styles.max_height = max(MIN_SCROLL_ROWS, room)

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_next(self) -> None:
        self.dismiss(None)
