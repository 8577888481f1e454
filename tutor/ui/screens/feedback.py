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
from textual.widgets import Button, Label, Static

from tutor import messages as msg
from tutor.ui.formatting import format_points
from tutor.ui.lesson import LessonItem
from tutor.ui.services import Feedback
from tutor.ui.text_spans import EvidenceContext, evidence_context
from tutor.ui.widgets.article_view import evidence_content

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

    @classmethod
    def build(cls, lesson_item: LessonItem, feedback: Feedback, given: str) -> FeedbackView:
        item = lesson_item.item
        context = evidence_context(lesson_item.article.body, item.evidence)
        if context is None:  # the article changed since the file was written: show the sentence
            context = EvidenceContext(item.evidence, (0, len(item.evidence)))
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
        )


class FeedbackModal(ModalScreen[None]):
    """Enter (or Space) goes on to the next item."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,space,escape", "next", msg.UI_KEY_CONTINUE)
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
        with Vertical(id="feedback-box", classes="modal-box"):
            yield Label(
                Content(f"{icon} {word}  ·  {points}"),
                id="verdict",
                classes=f"verdict {view.outcome}",
            )
            with VerticalScroll(id="feedback-scroll"):
                yield Static(Content(view.explanation), id="explanation")
                yield Static(
                    Content.assemble((msg.UI_FEEDBACK_GIVEN, "dim"), view.given), id="given"
                )
                if view.outcome != "correct" and view.expected:
                    yield Static(
                        Content.assemble((msg.UI_FEEDBACK_EXPECTED, "dim"), (view.expected, "b")),
                        id="expected",
                    )
                yield Label(msg.UI_FEEDBACK_IN_TEXT, classes="hint")
                yield Static(evidence_content(view.context), id="evidence")
            yield Button(msg.UI_CONTINUE, id="continue", variant="primary")

    def on_mount(self) -> None:
        self.query_one(Button).focus()

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_next(self) -> None:
        self.dismiss(None)
