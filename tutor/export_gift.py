"""Moodle GIFT quizzes from exercise sets: each item as the GIFT question closest to it, and a
note for each item that GIFT can hold only in part, or not at all.

How each kind of item is written:
- choice: multiple choice; true_false: multiple choice with Vrai / Faux / On ne sait pas (GIFT's
  own true/false has no "not given"); a justified one asks for the truth only, since GIFT
  cannot score a chosen sentence: the proving sentence is in the general feedback.
- cloze: a missing-word question, short answer (the answer and its accepted forms) when typed,
  multiple choice when it has a word bank; date: short answer with its accepted forms.
- speakers and terms: matching (quote -> speaker, definition -> term) from 3 pairs on, as
  Moodle's matching questions need; with 2 pairs, one multiple-choice question per pair.
  A matching question cannot hold extra answers, so speaker distractors are left out of it.
- chronology: matching, each event with its place ("1er", "2e", ...).
- open: essay, the model answer and the expected keywords in the general feedback.

Every question is titled with the item's id (an item split in several questions adds -1, -2,
...), so a re-import matches the same questions, and its general feedback holds the item's
feedback and the article's sentence that proves the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tutor import messages as msg
from tutor.gift_text import (
    MATCH_ARROW,
    GiftQuestion,
    category_line,
    choice_answers,
    comment_lines,
    match_answers,
    short_answers,
)
from tutor.model import (
    GAP,
    Article,
    Choice,
    Chronology,
    Cloze,
    DateQuestion,
    ExerciseSet,
    Item,
    OpenQuestion,
    SpeakerMatch,
    TermMatch,
    TrueFalse,
    Truth,
)
from tutor.verdict import quoted

CATEGORY_ROOT = "tutor"
"""The category every exported quiz goes under, one subcategory per article."""
MATCHING_PAIRS = 3
"""Moodle's matching questions need at least 3 pairs."""
TRUTH_ORDER = (Truth.TRUE, Truth.FALSE, Truth.NOT_GIVEN)
_JUSTIFY = re.compile(r"\s*\bJustifi\w*\b.*$", re.IGNORECASE | re.DOTALL)
"""The request for a proving sentence in a true / false prompt ("Justifiez avec ...")."""
_ARROWS = "every typed answer holds '->', which GIFT cannot escape"
_ARROW_FORMS = "accepted answers left out, since GIFT cannot escape their '->'"
_SOURCE_LABEL = re.compile(r"^\s*sources?\s*:\s*", re.IGNORECASE)
"""The "Source :" an article's source line opens with."""


@dataclass(frozen=True)
class ExportNote:
    """What a teacher should know about one item in the quiz: left out (`skipped`), or
    written with something missing (`skipped` False)."""

    item_id: str
    message: str
    skipped: bool = False

    def __str__(self) -> str:
        return f"{self.item_id}: {'skipped: ' if self.skipped else ''}{self.message}"


@dataclass(frozen=True)
class GiftQuiz:
    """One exercise file as a GIFT file: its text, how many questions it holds, and notes."""

    text: str
    questions: int
    notes: tuple[ExportNote, ...]


Questions = tuple[list[GiftQuestion], list[ExportNote]]
"""An item's GIFT questions, and the notes about it."""


def _proof(item: Item) -> str:
    return msg.EXPORT_PROOF.format(evidence=quoted(item.evidence)) if item.evidence else ""


def _general_feedback(item: Item, *extra: str) -> str:
    """The item's feedback, then `extra` lines, then the proving sentence, one per line."""
    return "\n".join(part for part in (item.feedback, *extra, _proof(item)) if part.strip())


def _with_body(prompt: str, body: str) -> str:
    return f"{prompt}\n{body}" if prompt.strip() else body


def _ordinal(place: int) -> str:
    return msg.EXPORT_FIRST if place == 1 else msg.EXPORT_NTH.format(number=place)


def _true_false(item: TrueFalse) -> Questions:
    notes: list[ExportNote] = []
    prompt = item.prompt
    if item.justify:
        prompt = _JUSTIFY.sub("", prompt).strip() or msg.EXPORT_TRUE_FALSE_PROMPT
        notes.append(
            ExportNote(
                item.id,
                "justified: GIFT asks the truth only (it cannot score a chosen sentence); "
                "the proving sentence is in the general feedback",
            )
        )
    labels = [msg.TRUTH_LABELS[str(t)] for t in TRUTH_ORDER]
    question = GiftQuestion(
        item.id,
        _with_body(prompt, quoted(item.statement)),
        choice_answers(labels, msg.TRUTH_LABELS[str(item.answer)]),
        _general_feedback(item),
    )
    return [question], notes


def _typed(item: Cloze | DateQuestion, question: GiftQuestion) -> Questions:
    """A typed-answer question, less the forms GIFT cannot hold: one with `->` would turn it
    into a matching question (Moodle cannot escape it)."""
    forms = (item.answer, *item.accept)
    kept = [form for form in forms if MATCH_ARROW not in form]
    if not kept:
        return [], [ExportNote(item.id, _ARROWS, skipped=True)]
    dropped = [form for form in forms if form not in kept]
    notes = [ExportNote(item.id, f"{_ARROW_FORMS}: {', '.join(dropped)}")] if dropped else []
    return [replace(question, answers=short_answers(kept))], notes


def _cloze(item: Cloze) -> Questions:
    before, _, after = item.text.partition(GAP)
    prompt = _with_body(item.prompt, before)
    question = GiftQuestion(item.id, prompt, (), _general_feedback(item), after=after)
    if not item.bank:
        return _typed(item, question)
    options = item.bank if item.answer in item.bank else (item.answer, *item.bank)
    return [replace(question, answers=choice_answers(options, item.answer))], []


def _shown_quote(quote: str, reported: bool) -> str:
    """A quotation between « », unless it is reported speech, as the app shows it."""
    return quote if reported else quoted(quote)


def _matching(item: SpeakerMatch | TermMatch) -> Questions:
    if isinstance(item, SpeakerMatch):
        rows = [(_shown_quote(p.quote, p.reported), p.speaker) for p in item.pairs]
        choices = sorted({p.speaker for p in item.pairs} | set(item.distractors))
        ask = msg.EXPORT_WHO_SAID
    else:
        rows = [(p.definition, p.term) for p in item.pairs]
        choices = sorted(p.term for p in item.pairs)
        ask = msg.EXPORT_WHICH_TERM
    feedback = _general_feedback(item)
    if len(rows) >= MATCHING_PAIRS:
        notes: list[ExportNote] = []
        if isinstance(item, SpeakerMatch) and item.distractors:
            left_out = ", ".join(item.distractors)
            notes.append(
                ExportNote(
                    item.id,
                    f"the extra speakers ({left_out}) are left out: a GIFT matching question "
                    "cannot hold answers that match no quote",
                )
            )
        return [GiftQuestion(item.id, item.prompt, match_answers(rows), feedback)], notes
    questions = [
        GiftQuestion(
            f"{item.id}-{n}", _with_body(ask, row), choice_answers(choices, right), feedback
        )
        for n, (row, right) in enumerate(rows, start=1)
    ]
    note = (
        f"{len(rows)} pairs: written as {len(rows)} multiple-choice questions "
        f"({item.id}-1 ...), since a GIFT matching question needs {MATCHING_PAIRS} pairs"
    )
    return questions, [ExportNote(item.id, note)]


def _chronology(item: Chronology) -> Questions:
    texts = [event.text for event in item.events]
    if len(texts) < MATCHING_PAIRS or len(set(texts)) < len(texts):
        why = (
            "two events have the same text"
            if len(set(texts)) < len(texts)
            else f"a GIFT matching question needs {MATCHING_PAIRS} events"
        )
        return [], [ExportNote(item.id, why, skipped=True)]
    rows = [(text, _ordinal(place)) for place, text in enumerate(texts, start=1)]
    return [GiftQuestion(item.id, item.prompt, match_answers(rows), _general_feedback(item))], []


def _keywords(item: OpenQuestion) -> str:
    words = [
        msg.EXPORT_KEYWORD_OR.format(word=k.word, others=", ".join(k.accept))
        if k.accept
        else k.word
        for k in item.keywords
    ]
    return msg.EXPORT_KEYWORDS.format(count=item.min_keywords, words=" ; ".join(words))


def _essay(item: OpenQuestion) -> GiftQuestion:
    extra = [msg.EXPORT_MODEL_ANSWER.format(answer=item.model_answer)] if item.model_answer else []
    if item.keywords:
        extra.append(_keywords(item))
    return GiftQuestion(item.id, item.prompt, (), _general_feedback(item, *extra))


def item_questions(item: Item) -> Questions:
    """The GIFT questions of one item (none when GIFT cannot hold it), and notes about it."""
    if isinstance(item, Choice):
        answers = choice_answers(item.options, item.answer)
        return [GiftQuestion(item.id, item.prompt, answers, _general_feedback(item))], []
    if isinstance(item, TrueFalse):
        return _true_false(item)
    if isinstance(item, Cloze):
        return _cloze(item)
    if isinstance(item, DateQuestion):
        return _typed(item, GiftQuestion(item.id, item.prompt, (), _general_feedback(item)))
    if isinstance(item, SpeakerMatch | TermMatch):
        return _matching(item)
    if isinstance(item, Chronology):
        return _chronology(item)
    if isinstance(item, OpenQuestion):
        return [_essay(item)], []
    return [], [ExportNote(item.id, f"no GIFT question for {item.kind}", skipped=True)]


def quiz_title(exercise_set: ExerciseSet, article: Article | None) -> str:
    """The quiz's name: the file's title, else its article's, else the article's path."""
    return exercise_set.title or (article.title if article else "") or exercise_set.article_path


def export_gift(exercise_set: ExerciseSet, article: Article | None, shown_path: str) -> GiftQuiz:
    """The GIFT file of one exercise set: a comment naming the exercise file (`shown_path`),
    the article and its source, the `$CATEGORY` tutor/<title>, then one question per item
    (or per pair, see the module's docstring), blank-line separated."""
    title = quiz_title(exercise_set, article)
    questions: list[GiftQuestion] = []
    notes: list[ExportNote] = []
    for item in exercise_set.items:
        item_gift, item_notes = item_questions(item)
        questions.extend(item_gift)
        notes.extend(item_notes)
    header = [
        f"Moodle GIFT quiz written by tutor export from {shown_path}",
        f"Article: {title} ({exercise_set.article_path})",
    ]
    if article and article.source:
        header.append(f"Source: {_SOURCE_LABEL.sub('', article.source)}")
    header += [str(note) for note in notes]
    blocks = [comment_lines(header) + category_line([CATEGORY_ROOT, title])]
    blocks += [question.render() for question in questions]
    return GiftQuiz("\n".join(blocks), len(questions), tuple(notes))
