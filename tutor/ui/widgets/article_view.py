"""The article as the learner reads it: paragraphs, key terms highlighted, a sentence in context."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from tutor.ui.text_spans import EvidenceContext, TermSpan
from tutor.ui.typography import hold_together

TERM_STYLE = "bold $text-accent"
SELECTED_TERM_STYLE = "bold reverse $accent"
EVIDENCE_STYLE = "bold $text-warning"


def paragraph_content(
    text: str, terms: list[tuple[int, TermSpan]], selected: int | None = None
) -> Content:
    """A paragraph with its key terms styled and clickable; `terms` pairs each span with its
    index in the reader's list, which is what a click selects."""
    content = Content(hold_together(text))
    for index, span in terms:
        style = SELECTED_TERM_STYLE if index == selected else TERM_STYLE
        content = content.stylize(f"{style} @click=screen.show_term({index})", span.start, span.end)
    return content


def evidence_content(context: EvidenceContext) -> Content:
    """The paragraph holding an evidence sentence, the sentence standing out."""
    content = Content(hold_together(context.paragraph))
    if context.span is not None:
        content = content.stylize(EVIDENCE_STYLE, *context.span)
    return content


class ArticleView(VerticalScroll):
    """Scrollable paragraphs; one term at a time can be the selected one."""

    can_focus = True

    def __init__(
        self,
        texts: list[str],
        terms: list[TermSpan],
        *,
        source: str | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self._source = source
        self._texts = texts
        self._terms = terms
        self._selected: int | None = None

    def compose(self) -> ComposeResult:
        for number in range(len(self._texts)):
            yield Static(self._paragraph(number), id=f"para-{number}", classes="paragraph")
        if self._source:
            yield Static(Content(self._source), classes="source")

    def _paragraph(self, number: int) -> Content:
        mine = [(i, span) for i, span in enumerate(self._terms) if span.paragraph == number]
        return paragraph_content(self._texts[number], mine, self._selected)

    @property
    def selected(self) -> int | None:
        return self._selected

    def paragraphs_in_view(self) -> set[int]:
        """The paragraphs at least partly on screen, as the learner scrolled."""
        top = self.scroll_y
        bottom = top + self.scrollable_content_region.height
        shown = set()
        for number in range(len(self._texts)):
            region = self.query_one(f"#para-{number}").virtual_region
            if region.bottom > top and region.y < bottom:
                shown.add(number)
        return shown

    def select(self, index: int | None) -> None:
        """Highlight one term (None: none) and bring its paragraph into view."""
        touched = {self._terms[i].paragraph for i in (self._selected, index) if i is not None}
        self._selected = index
        for number in touched:
            self.query_one(f"#para-{number}", Static).update(self._paragraph(number))
        if index is not None:
            paragraph = self.query_one(f"#para-{self._terms[index].paragraph}", Static)
            self.scroll_to_widget(paragraph, animate=False)
