"""One recorded answer (`Attempt`) and the fingerprint that ties it to the item's content."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tutor.model import (
    Choice,
    Chronology,
    Cloze,
    DateQuestion,
    Item,
    OpenQuestion,
    Skill,
    SpeakerMatch,
    TermMatch,
    TrueFalse,
    Truth,
)
from tutor.verdict import Outcome, Verdict

MAX_TEXT = 10_000
"""Longest answer text kept; a pasted article beyond this is cut (the verdict saw it whole)."""

AnswerValue = str | list[str] | dict[str, str] | None


def _answer_content(item: Item) -> dict[str, Any]:
    if isinstance(item, Choice):
        return {"options": item.options, "answer": item.answer}
    if isinstance(item, TrueFalse):
        return {"statement": item.statement, "answer": item.answer.value, "justify": item.justify}
    if isinstance(item, SpeakerMatch):
        pairs = [[p.quote, p.speaker] for p in item.pairs]
        return {"pairs": pairs, "distractors": item.distractors}
    if isinstance(item, Chronology):
        return {"events": [e.text for e in item.events]}
    if isinstance(item, DateQuestion):
        return {"answer": item.answer, "value": item.value}
    if isinstance(item, Cloze):
        return {"text": item.text, "answer": item.answer, "bank": item.bank}
    if isinstance(item, TermMatch):
        return {"pairs": [[p.term, p.definition] for p in item.pairs]}
    if isinstance(item, OpenQuestion):
        keywords = [[k.word, *k.accept] for k in item.keywords]
        return {"keywords": keywords, "min_keywords": item.min_keywords}
    raise TypeError(f"not an item: {type(item).__name__}")


def item_fingerprint(item: Item) -> str:
    """A stable hash of what makes an answer right: kind, options, answer, pairs, events, keywords.

    Wording around it (prompt, feedback, hint, evidence, points, policy, accepted variants) is left
    out, so a teacher can polish a question without wiping the learners' progress on it; changing
    what is right gives a new fingerprint, and the item's schedule starts again.
    """
    content = {"kind": item.kind, **_answer_content(item)}
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = unicodedata.normalize("NFC", text)
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def utc_text(moment: datetime) -> str:
    """ISO 8601 in UTC with milliseconds and a Z, as written in progress files."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_utc(text: str) -> datetime:
    """The datetime of a progress-file time, in UTC (`timezone.utc`, as FSRS requires)."""
    return datetime.fromisoformat(text.strip().replace("Z", "+00:00")).astimezone(UTC)


def _text(value: object) -> str:
    text = value if isinstance(value, str) else str(value)
    text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates -> "?"
    return text[:MAX_TEXT]


def storable_answer(answer: object) -> AnswerValue:
    """An answer in the shapes a progress file holds: text, a list of texts, or a mapping."""
    if answer is None:
        return None
    if isinstance(answer, Truth):
        return answer.value
    if isinstance(answer, str):
        return _text(answer)
    if isinstance(answer, Mapping):
        return {_text(k): _text(v) for k, v in list(answer.items())[:100]}
    if isinstance(answer, Sequence) and not isinstance(answer, bytes):
        parts = [_text(a.value if isinstance(a, Truth) else a) for a in list(answer)[:100]]
        return parts
    return _text(answer)


@dataclass(frozen=True)
class Attempt:
    """One answer to one item and its verdict, as recorded."""

    item_id: str
    exercise: str
    article_hash: str
    fingerprint: str
    skill: Skill
    kind: str
    answer: AnswerValue
    outcome: Outcome
    points: float
    max_points: float
    hint_used: bool
    time: datetime
    seconds: float | None = None
    reason: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        """Which item this is an attempt at: (exercise file, item id)."""
        return self.exercise, self.item_id

    def to_record(self) -> dict[str, Any]:
        """The mapping written to the file (field names of the schema)."""
        record: dict[str, Any] = {
            "item": self.item_id,
            "exercise": self.exercise,
            "article": self.article_hash,
            "fingerprint": self.fingerprint,
            "skill": self.skill.value,
            "kind": self.kind,
            "answer": self.answer,
            "outcome": self.outcome.value,
            "points": self.points,
            "max_points": self.max_points,
            "hint": self.hint_used,
            "time": utc_text(self.time),
        }
        if self.seconds is not None:
            record["seconds"] = self.seconds
        if self.reason:
            record["reason"] = list(self.reason)
        return record

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Attempt:
        """An attempt from a mapping that passed `attempt_problem`."""
        return cls(
            item_id=record["item"],
            exercise=record["exercise"],
            article_hash=record["article"],
            fingerprint=record["fingerprint"],
            skill=Skill(record["skill"]),
            kind=record["kind"],
            answer=record["answer"],
            outcome=Outcome(record["outcome"]),
            points=float(record["points"]),
            max_points=float(record["max_points"]),
            hint_used=record["hint"],
            time=parse_utc(record["time"]),
            seconds=float(record["seconds"]) if "seconds" in record else None,
            reason=tuple(record.get("reason", ())),
        )


def _to_millisecond(moment: datetime) -> datetime:
    """Times are kept to the millisecond, so an attempt in memory equals the one on disk."""
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def make_attempt(
    exercise: str,
    article_hash: str,
    item: Item,
    verdict: Verdict,
    answer: object,
    *,
    hint_used: bool = False,
    when: datetime | None = None,
    seconds: float | None = None,
) -> Attempt:
    """The attempt to record for a graded answer; `exercise` is the file name in exercises/."""
    return Attempt(
        item_id=item.id,
        exercise=exercise,
        article_hash=article_hash,
        fingerprint=item_fingerprint(item),
        skill=item.skill,
        kind=item.kind,
        answer=storable_answer(answer),
        outcome=verdict.outcome,
        points=verdict.points,
        max_points=verdict.max_points,
        hint_used=hint_used,
        time=_to_millisecond((when or datetime.now(UTC)).astimezone(UTC)),
        seconds=round(max(0.0, seconds), 1) if seconds is not None else None,
        reason=tuple(str(r) for r in verdict.reason),
    )
