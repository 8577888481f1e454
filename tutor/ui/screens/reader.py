"""The reader: the article with its key terms; Tab walks through them, Enter explains one."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, Static

from tutor import messages as msg
from tutor.plain_sentences import sentence_around
from tutor.ui import LESSON_CSS
from tutor.ui.catalog import LibraryEntry, shown_problem
from tutor.ui.formatting import format_long_date, format_questions
from tutor.ui.key_terms import KeyTerm, reader_terms
from tutor.ui.text_spans import TermSpan, paragraphs
from tutor.ui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from tutor.ui.app import TutorApp


class ReaderScreen(Screen[None]):
    """Reading comes first; `e` starts the exercises when the learner is ready."""

    CSS_PATH = LESSON_CSS
    HELP_SECTION = msg.UI_HELP_READING
    """Where F1 opens the help."""

    app: TutorApp
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "exercises", msg.UI_KEY_EXERCISES),
        Binding("tab,n", "next_term", msg.UI_KEY_NEXT_TERM),
        Binding("shift+tab,b", "next_term(-1)", msg.UI_KEY_PREVIOUS_TERM, show=False),
        Binding("enter", "show_term", msg.UI_KEY_SHOW_TERM),
        Binding("escape", "app.library", msg.UI_KEY_BACK),
    ]

    def __init__(self, entry: LibraryEntry) -> None:
        super().__init__()
        self.entry = entry
        assert entry.article is not None
        self.article = entry.article
        self._texts = paragraphs(self.article.body)
        self.spans: list[TermSpan]
        self._terms: dict[str, KeyTerm]
        services = self.app.services
        self.spans, self._terms = reader_terms(
            self._texts, entry.exercise_set, services.glossary(), services.is_common_word
        )

    def compose(self) -> ComposeResult:
        yield Header()
        yield Label(self.article.title, id="reader-title", classes="screen-title", markup=False)
        meta = [format_long_date(self.article.published), self.article.level or ""]
        if self.entry.exercise_set:
            meta.append(
                msg.UI_READER_ITEMS.format(questions=format_questions(self.entry.item_count))
            )
        # markup=False: the level comes from the article's front matter, as a teacher typed it
        yield Label(
            " · ".join(m for m in meta if m), id="reader-meta", classes="hint", markup=False
        )
        yield ArticleView(self._texts, self.spans, source=self.article.source, id="article")
        if self.spans:
            tip = msg.UI_READER_TIP.format(count=len(self.spans))
        else:
            tip = msg.UI_READER_TIP_NO_TERMS
        yield Static(tip, id="reader-tip", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()
        self.call_after_refresh(self._prepare_exercises)  # the article is painted first

    @work(thread=True, group="exercises")
    def _prepare_exercises(self) -> None:
        """Load the session screen and the grader while the learner reads, so that `e` and the
        first answer do not wait for them (about 50 ms of imports on the UI thread)."""
        import tutor.ui.screens.session  # noqa: F401

        self.app.services.prepare_grading()

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def action_next_term(self, step: int = 1) -> None:
        if not self.spans:
            self.notify(msg.UI_READER_NO_TERMS)
            return
        current = self.view.selected
        in_view = self.view.paragraphs_in_view()
        if current is None or self.spans[current].paragraph not in in_view:
            # start from what the learner is reading, not from the top of the article
            shown = [i for i, span in enumerate(self.spans) if span.paragraph in in_view]
            if shown:
                index = shown[0] if step > 0 else shown[-1]
            else:
                index = 0 if step > 0 else len(self.spans) - 1
        else:
            index = (current + step) % len(self.spans)
        self.view.select(index)

    def action_show_term(self, index: int | None = None) -> None:
        """Show the selected term's sentence and definition (a click passes its index)."""
        from tutor.ui.screens.term import TermModal, TermView

        if index is not None:
            self.view.select(index)
        chosen = self.view.selected
        if chosen is None:
            self.action_next_term()
            return
        span = self.spans[chosen]
        term = self._terms[span.term]
        paragraph = self._texts[span.paragraph]
        sentence, start, end = sentence_around(paragraph, span.start, span.end)
        self.app.push_screen(TermModal(TermView(term.term, term.definition, sentence, start, end)))

    def action_exercises(self) -> None:
        from tutor.ui.lesson import lesson_for, resume
        from tutor.ui.screens.session import SessionScreen

        if self.entry.exercise_set is None:
            reason = msg.UI_READER_NO_EXERCISES
            if self.entry.problem:
                problem = shown_problem(self.entry.problem, self.app.services.paths)
                shown = msg.UI_READER_BROKEN if self.entry.broken_file else msg.UI_READER_UNFIT
                reason = shown.format(problem=problem)
            self.notify(reason, severity="warning", markup=False)
            return
        lesson = lesson_for(self.entry.exercise_set, self.article, self.article.title)
        start = resume(lesson, self.app.services.played_so_far(lesson))
        if start:
            self.notify(msg.UI_SESSION_RESUMED.format(number=start + 1, total=len(lesson.items)))
        self.app.push_screen(SessionScreen(lesson))
