"""Stand-in grading until tutor.scoring lands; to be deleted then."""

from __future__ import annotations

import unicodedata

from tutor.model import (
    Choice,
    Chronology,
    Cloze,
    DateQuestion,
    Item,
    OpenQuestion,
    SpeakerMatch,
    TermMatch,
    TrueFalse,
)


def _fold(text: str) -> str:
    return text.strip().casefold()


def _bare(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", _fold(text)) if not unicodedata.combining(c)
    )


def grade(item: Item, answer: object, hint_used: bool):
    from tutor.ui.services import Feedback

    cost = item.hint_cost if hint_used else 0.0
    expected = ""
    outcome = "incorrect"
    if isinstance(item, Choice):
        expected = item.answer
        outcome = "correct" if _fold(str(answer)) == _fold(item.answer) else "incorrect"
    elif isinstance(item, TrueFalse):
        expected = str(item.answer)
        outcome = "correct" if answer == item.answer else "incorrect"
    elif isinstance(item, Cloze | DateQuestion):
        expected = item.answer
        goods = [item.answer, *item.accept]
        if any(_fold(str(answer)) == _fold(g) for g in goods):
            outcome = "correct"
        elif any(_bare(str(answer)) == _bare(g) for g in goods):
            outcome = "almost"
    elif isinstance(item, SpeakerMatch):
        right = {p.quote: p.speaker for p in item.pairs}
        expected = "; ".join(f"{q} : {s}" for q, s in right.items())
        outcome = "correct" if answer == right else "incorrect"
    elif isinstance(item, TermMatch):
        right = {p.term: p.definition for p in item.pairs}
        expected = "; ".join(f"{t} : {d}" for t, d in right.items())
        outcome = "correct" if answer == right else "incorrect"
    elif isinstance(item, Chronology):
        right_order = [e.text for e in item.events]
        expected = " → ".join(right_order)
        outcome = "correct" if answer == right_order else "incorrect"
    elif isinstance(item, OpenQuestion):
        expected = item.model_answer
        found = [k for k in item.keywords if _bare(k.word) in _bare(str(answer))]
        outcome = "correct" if len(found) >= item.min_keywords else "incorrect"
    points = {"correct": item.points, "almost": item.points}.get(outcome, 0.0)
    explanation = {"almost": "Attention aux accents."}.get(outcome, item.feedback)
    reasons = ("accent",) if outcome == "almost" else ()
    return Feedback(outcome, max(points - cost, 0.0), item.points, expected, explanation, reasons)
