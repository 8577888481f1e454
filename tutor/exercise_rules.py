"""Per-item rules of exercise files that a JSON Schema cannot express.

Each rule returns (path inside the item, message, severity); exercise_io adds file and position.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from tutor.model import GAP

RuleProblem = tuple[tuple[str | int, ...], str, str]


def _same(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def _evidence(
    raw: dict[str, Any], body: str | None, norm: Callable[[str], str]
) -> Iterator[RuleProblem]:
    if body is not None and norm(raw["evidence"]) not in body:
        yield (
            ("evidence",),
            "this sentence is not in the article; copy it exactly from the text",
            "error",
        )


def _choice(raw: dict[str, Any]) -> Iterator[RuleProblem]:
    if not any(_same(raw["answer"], o) for o in raw["options"]):
        yield ("answer",), f"'{raw['answer']}' is not among the options", "error"


def _cloze(raw: dict[str, Any]) -> Iterator[RuleProblem]:
    if raw["text"].count(GAP) != 1:
        yield ("text",), f"a cloze text has exactly one gap {GAP}", "error"
    bank = raw.get("bank")
    if bank and not any(_same(raw["answer"], w) for w in bank):
        yield ("bank",), f"the word bank must contain the answer '{raw['answer']}'", "error"


def _speakers(raw: dict[str, Any]) -> Iterator[RuleProblem]:
    quotes = [p["quote"].strip().casefold() for p in raw["pairs"]]
    for i, quote in enumerate(quotes):
        if quote in quotes[:i]:
            yield ("pairs", i, "quote"), "the same quote is listed twice", "error"
    speakers = {p["speaker"].strip().casefold() for p in raw["pairs"]}
    for i, name in enumerate(raw.get("distractors", ())):
        if name.strip().casefold() in speakers:
            yield (
                ("distractors", i),
                f"'{name}' said one of the quotes; it cannot be a distractor",
                "error",
            )


def _terms(raw: dict[str, Any]) -> Iterator[RuleProblem]:
    for key in ("term", "definition"):
        values = [p[key].strip().casefold() for p in raw["pairs"]]
        for i, value in enumerate(values):
            if value in values[:i]:
                yield ("pairs", i, key), f"the same {key} is listed twice", "error"


def _chronology(raw: dict[str, Any]) -> Iterator[RuleProblem]:
    texts = [e["text"].strip().casefold() for e in raw["events"]]
    for i, text in enumerate(texts):
        if text in texts[:i]:
            yield ("events", i, "text"), "the same event is listed twice", "error"


def _hint_cost(raw: dict[str, Any]) -> Iterator[RuleProblem]:
    if "hint_cost" in raw and "points" in raw and raw["hint_cost"] > raw["points"]:
        yield ("hint_cost",), "a hint cannot cost more than the item's points", "error"
    if "hint_cost" in raw and raw["hint_cost"] > 0 and "hint" not in raw:
        yield ("hint_cost",), "a hint cost is set but the item has no hint", "warning"


_RULES_BY_KIND = {
    "choice": _choice,
    "cloze": _cloze,
    "speakers": _speakers,
    "terms": _terms,
    "chronology": _chronology,
}


def item_rule_problems(
    raw: dict[str, Any], body: str | None, norm: Callable[[str], str]
) -> Iterator[RuleProblem]:
    """Every rule problem of one schema-valid item; `body` is the normalised article, if any."""
    yield from _evidence(raw, body, norm)
    yield from _hint_cost(raw)
    rule = _RULES_BY_KIND.get(raw["type"])
    if rule is not None:
        yield from rule(raw)
