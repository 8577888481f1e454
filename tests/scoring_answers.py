"""The answer a learner who knows everything gives to any item, for scoring tests."""

from __future__ import annotations

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


def expected_answer(item: Item) -> object:
    """The answer a learner who knows everything gives, in the shape `grade` takes."""
    if isinstance(item, Choice | Cloze | DateQuestion):
        return item.answer
    if isinstance(item, TrueFalse):
        if item.justify:
            return {"truth": item.answer.value, "justification": item.evidence}
        return item.answer.value
    if isinstance(item, SpeakerMatch):
        return {p.quote: p.speaker for p in item.pairs}
    if isinstance(item, TermMatch):
        return {p.term: p.definition for p in item.pairs}
    if isinstance(item, Chronology):
        return [e.text for e in item.events]
    assert isinstance(item, OpenQuestion)
    return ". ".join(k.word for k in item.keywords)
