"""After each answer: the verdict in colour and words, the expected answer, why, and the proof
in the article (its paragraph, the evidence sentence highlighted)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Label, Static

from tutor import messages as msg
from tutor.model import OpenQuestion, SpeakerMatch, TrueFalse
from tutor.plain_sentences import excerpt_around
from tutor.text_limits import shown_text
from tutor.ui import LESSON_CSS
from tutor.ui.formatting import format_point_count, format_points
from tutor.ui.item_view import answer_rows, missed_quotes
from tutor.ui.lesson import LessonItem
from tutor.ui.text_spans import EvidenceContext, evidence_context, sentence_holding
from tutor.ui.typography import french_spacing
from tutor.ui.widgets.article_view import evidence_content
from tutor.verdict import Verdict

SHORT_SCREEN = 30
"""Below this many rows the modal drops its inner padding."""
MIN_EVIDENCE_ROWS = 3
OUTCOME_ICONS = {"correct": "✔", "almost": "≈", "partial": "◐", "incorrect": "✘"}
_RESTATED_ANSWER = re.compile(
    r"^(?:Réponse\s*:\s*(?P<plain>[^«»]+?)"
    r"|(?:Le mot|L'expression) du texte est\s*«\s*(?P<quoted>[^«»]+?)\s*»)"
    r"\.\s+(?=\S)"
)
"""The opening sentence of a generated feedback that only says the answer again ("Réponse :
3 600.", "Le mot du texte est « chute des ventes »."), when what follows explains."""
_QUOTED_EVIDENCE = re.compile(
    r"[ \t]*(?:L['’]article (?:le )?dit|La phrase du texte)\s*:\s*«\s*(?P<quote>[^«»]+?)\s*»"
    r"[ \t]*\.?"
)
"""A feedback sentence that quotes the item's evidence ("L'article le dit : « … »"): the
highlighted paragraph under "Dans l'article" shows that sentence already."""
_QUOTE_MARKS = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "’": "'"})
_SPACED_MARK = re.compile(r'\s*"\s*')
_STRAY_SPACES = re.compile(r"[ \t]{2,}")
"""Runs of spaces in a typed answer: "Votre réponse :   Juillet  2000." showed them."""


def _plain(text: str) -> str:
    """Text compared as a reader sees it: any run of spaces (no-break ones too) is one space."""
    return " ".join(text.split()).casefold()


def without_restated_answer(feedback: str, expected: str) -> str:
    """The teacher's feedback without an opening sentence that gives the expected answer once
    more: the verdict line just above already says "La bonne réponse est « 3 600 »"."""
    found = _RESTATED_ANSWER.match(feedback)
    if found is None or _plain(found["plain"] or found["quoted"]) != _plain(expected):
        return feedback
    return feedback[found.end() :]


def _unquoted(text: str) -> str:
    """Text compared whatever its quotation marks: « Ce vote » in the article is “Ce vote” once
    quoted inside « … », with no spaces inside the marks."""
    return _SPACED_MARK.sub('"', _plain(text.translate(_QUOTE_MARKS)))


def without_quoted_evidence(explanation: str, evidence: str) -> str:
    """The explanation without the sentences that quote the evidence, or a part of it, which the
    feedback shows highlighted in its paragraph just below: the same sentence twice."""
    shown = _unquoted(evidence)

    def drop(found: re.Match[str]) -> str:
        quoted = _unquoted(found["quote"].strip(" …."))
        return "" if len(quoted.split()) >= 6 and quoted in shown else found[0]

    kept = _QUOTED_EVIDENCE.sub(drop, explanation).strip()
    return kept or explanation


def banner_warning(reasons: tuple[str, ...]) -> str | None:
    """The title line's words for what went wrong: the first reason scoring gave, or both slips
    of a word typed with a typo and without its accent ("dépend" typed "depen": the title said
    "faute de frappe", the explanation "attention aux accents"). Another person's name comes
    first: "il manque des mots importants" did not say why the name was not counted."""
    if "typo" in reasons and "accent" in reasons:
        return msg.UI_FEEDBACK_TYPO_AND_ACCENT
    first = [r for r in msg.UI_FEEDBACK_FIRST_REASONS if r in reasons]
    ordered = [*first, *reasons]
    return next((msg.UI_FEEDBACK_REASONS[r] for r in ordered if r in msg.UI_FEEDBACK_REASONS), None)


_VERDICT_OPENING = re.compile(r"^\s*(?:Presque|En partie)\s*:\s*")
"""Scoring's opening words that the title line's "≈ Presque" or "◐ En partie juste" says."""
_FIRST_SENTENCE = re.compile(r"^(?P<slip>[^.:«»]{3,80})\.\s+(?=La bonne réponse)")
"""A short first sentence that names the slip, followed by the answer ("le mois est mal écrit.
La bonne réponse est …")."""


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def without_banner_words(
    explanation: str, outcome: str, warning: str | None
) -> tuple[str, str | None]:
    """The verdict's explanation without what the title line already says, and the title's
    words for the slip (scoring's own, when more precise than the reason's).

    "≈ Presque : une petite faute de frappe" stood above "Presque : une petite faute de
    frappe." and above "Presque : le mois est mal écrit."; "◐ En partie juste" above "En
    partie : vous avez utilisé…"; "✘ Faux : attention aux accents" above "Attention aux
    accents : la bonne réponse est…"."""
    label = msg.OUTCOME_LABELS.get(outcome, outcome)
    text = explanation.strip()
    accents = msg.UI_FEEDBACK_REASONS["accent"]
    if warning == accents:
        said = f"{label}, mais {accents}{msg.PAIR_SEPARATOR}"
        if _plain(text).startswith(_plain(said)):
            return msg.UI_FEEDBACK_WITH_ACCENTS + text[len(said) :].lstrip(), warning
        said = f"{accents}{msg.PAIR_SEPARATOR}"
        if _plain(text).startswith(_plain(said)):
            return _capitalised(text[len(said) :].lstrip()), warning
    if warning is not None and _plain(text).startswith(_plain(f"{warning}{msg.PAIR_SEPARATOR}")):
        # "Ce n'est pas la bonne personne : la réponse est …" under a title saying it
        return _capitalised(text[len(warning) + len(msg.PAIR_SEPARATOR) :].lstrip()), warning
    opening = _VERDICT_OPENING.match(text)
    if opening is None:
        return explanation, warning
    rest = text[opening.end() :]
    if warning is not None and _plain(rest).startswith(_plain(f"{warning}.")):
        rest = rest[len(warning) + 1 :].lstrip()
    else:
        slip = _FIRST_SENTENCE.match(rest)
        if slip is not None:  # scoring says which part is wrong: the title line says it
            warning = slip["slip"].strip()
            rest = rest[slip.end() :]
    return (_capitalised(rest) if rest else explanation), warning


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
    slip: str | None = None
    """Scoring's words for the slip, when more precise than the reason's ("le mois est mal
    écrit" for a typo)."""
    word: str = ""
    """The verdict's word in the title line ("Juste", "Faux", "Mauvaise réponse")."""
    model_answer: bool = False
    """The expected answer is a model answer (open question), not the only right one."""

    @property
    def warning(self) -> str | None:
        """Why a right or nearly right answer was not perfect (accents, a typo), in words."""
        return self.slip or banner_warning(self.reasons)

    @classmethod
    def build(
        cls,
        lesson_item: LessonItem,
        feedback: Verdict,
        given: str,
        answer: object,
        attempt: int = 0,
    ) -> FeedbackView:
        """`attempt` is the one the question was shown at: the rows come in its order."""
        item = lesson_item.item
        proof = _proof_to_show(lesson_item, answer)
        context = evidence_context(lesson_item.article.body, proof)
        if context is None:  # the article changed since the file was written: show the sentence
            context = EvidenceContext(proof, (0, len(proof)))
        elif context.span is not None:
            text, start, end = excerpt_around(context.paragraph, *context.span)
            context = EvidenceContext(text, (start, end))
        rows = tuple(answer_rows(item, answer, attempt) or ())
        reasons = tuple(str(r) for r in feedback.reason)
        warning = banner_warning(reasons)
        explanation, slip = without_banner_words(feedback.explanation, feedback.outcome, warning)
        written = shown_text(item.feedback)  # a megabyte pasted by mistake froze the screen
        if rows and written:
            explanation = written  # the rows already give each fix: no need to repeat them
        elif written and written not in explanation:
            told = _plain(feedback.expected) in _plain(explanation)
            extra = without_restated_answer(written, feedback.expected) if told else None
            explanation = f"{explanation}\n{extra or written}".strip()
        explanation = without_quoted_evidence(explanation, item.evidence)
        word = msg.OUTCOME_LABELS.get(feedback.outcome, feedback.outcome)
        if isinstance(item, TrueFalse) and feedback.outcome == "incorrect":
            word = msg.UI_FEEDBACK_WRONG_TRUTH  # "✘ Faux" read as the answer "Faux"
        return cls(
            feedback.outcome,
            feedback.points,
            feedback.max_points,
            _STRAY_SPACES.sub(" ", given).strip(),
            feedback.expected,
            french_spacing(explanation),
            context,
            reasons,
            rows,
            slip if slip != warning else None,
            word,
            isinstance(item, OpenQuestion),
        )


def _proof_to_show(lesson_item: LessonItem, answer: object) -> str:
    """The item's evidence, or for a who-said-what item with a wrong pair, the sentence of the
    first quotation the learner missed: the item's one sentence proves a pair already right."""
    item = lesson_item.item
    if isinstance(item, SpeakerMatch):
        for words in missed_quotes(item, answer):
            sentence = sentence_holding(lesson_item.article.body, words)
            if sentence is not None:
                return sentence
    return item.evidence


class FeedbackModal(ModalScreen[None]):
    """Enter (or Space) goes on to the next item."""

    CSS_PATH = LESSON_CSS

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "next", msg.UI_KEY_CONTINUE),
        Binding("space,escape", "next", msg.UI_KEY_CONTINUE, show=False),
    ]

    def __init__(self, view: FeedbackView) -> None:
        super().__init__(classes=f"outcome-{view.outcome}")
        self.view = view
        self._went_on = False

    def compose(self) -> ComposeResult:
        view = self.view
        word = view.word or msg.OUTCOME_LABELS.get(view.outcome, view.outcome)
        icon = OUTCOME_ICONS.get(view.outcome, "")
        points = msg.UI_FEEDBACK_POINTS.format(
            points=format_points(view.points), max=format_point_count(view.max_points)
        )
        warning = view.warning
        shown_warning = f"{msg.PAIR_SEPARATOR}{warning}" if warning else ""
        # the dot goes with the points: at 80 columns "·" ended a line, the points below it
        banner = f"{icon} {word}{shown_warning}  ·\u00a0\u00a0{points}"
        with Vertical(id="feedback-box", classes="modal-box"):
            yield Label(
                Content(banner),
                id="verdict",
                classes=f"verdict {view.outcome}" + (" warned" if warning else ""),
            )
            with VerticalScroll(id="feedback-main"):
                if view.rows:
                    yield Static(Content("\n").join(view.rows), id="given")
                else:
                    yield Static(
                        Content.assemble((msg.UI_FEEDBACK_GIVEN, "dim"), view.given), id="given"
                    )
                if (
                    view.outcome != "correct"
                    and not view.rows
                    and _plain(view.expected) not in _plain(view.explanation)
                ):
                    yield Static(
                        Content.assemble(
                            (
                                msg.UI_FEEDBACK_MODEL
                                if view.model_answer
                                else msg.UI_FEEDBACK_EXPECTED,
                                "dim",
                            ),
                            (french_spacing(view.expected), "b"),
                        ),
                        id="expected",
                    )
                yield Static(Content(view.explanation), id="explanation")
            yield Label(msg.UI_FEEDBACK_IN_TEXT, classes="hint", id="evidence-label")
            with VerticalScroll(id="evidence-scroll"):
                yield Static(evidence_content(view.context), id="evidence")
            yield Button(msg.UI_CONTINUE_KEY, id="continue", variant="primary", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        if self._went_on:
            return  # Entrée typed with the answer closed it before it was on screen
        self.query_one("#evidence-scroll").focus()  # ↑ ↓ scroll the article's paragraph
        self._fit()

    def on_resize(self) -> None:
        if self._went_on:
            return
        self._fit()

    def _fit(self) -> None:
        """Room first for the verdict, the answers and the explanation; the article's paragraph
        gets the rows left (at least MIN_EVIDENCE_ROWS) and scrolls to the proof if it must."""
        self.set_class(self.app.size.height < SHORT_SCREEN, "-short")
        self.call_after_refresh(self._share_rows)

    def _share_rows(self) -> None:
        if self._went_on:
            return
        box = self.query_one("#feedback-box")
        main = self.query_one("#feedback-main", VerticalScroll)
        evidence = self.query_one("#evidence-scroll", VerticalScroll)
        footer = self.query_one(Footer)
        room = self.size.height - footer.outer_size.height - box.styles.gutter.height
        for child in box.children:
            if child is not main and child is not evidence:
                room -= child.outer_size.height + child.styles.margin.height
        wanted = main.virtual_size.height
        shown = max(1, min(wanted, room - MIN_EVIDENCE_ROWS))
        main.styles.max_height = shown
        evidence.styles.max_height = max(MIN_EVIDENCE_ROWS, room - min(wanted, room))
        if wanted > shown:
            # the answers and explanation are cut (four long quotes at 80x24): ↑ ↓ scroll them
            # rather than the paragraph, whose proof is already in view; Tab reaches it
            main.focus()
        self.call_after_refresh(self._show_proof)

    def _show_proof(self) -> None:
        """Scroll the paragraph so the proof's first line is the top one when the proof would
        otherwise end below the visible rows."""
        if self._went_on:
            return
        span = self.view.context.span
        evidence = self.query_one("#evidence-scroll", VerticalScroll)
        width = evidence.scrollable_content_region.width
        if span is None or width <= 0:
            return
        lines = evidence_content(self.view.context).wrap(width)
        start_line = end_line = 0
        seen = 0
        for number, line in enumerate(lines):
            if seen <= span[0]:
                start_line = number
            if seen < span[1]:
                end_line = number
            seen += len(line.plain) + 1
        if end_line >= evidence.scrollable_content_region.height:
            evidence.scroll_to(y=start_line, animate=False)

    def on_button_pressed(self) -> None:
        self.action_next()

    def action_next(self) -> None:
        """Close once: a second Entrée typed fast belongs to the next item."""
        if self._went_on:
            return
        self._went_on = True
        self.dismiss(None)
