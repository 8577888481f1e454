"""Checking progress files against `schema/progress.schema.json`, fast enough for 10,000 attempts.

The schema is the contract, and the header is checked with jsonschema itself. Attempts are
checked by `attempt_problem`, a direct transcription of the schema's `attempt` definition: the
jsonschema validator takes over a second on 10,000 attempts, this takes a few milliseconds.
A property test (tests/test_progress_check.py) holds the two to the same answers. One check
goes further than the schema can: an attempt's time must be a moment the review schedule can
count from (a pattern lets "2026-02-30" or the year 0 through, and both stopped the app), and
an amount must be finite (JSON reads 1e400 as infinity).
"""

from __future__ import annotations

import json
import math
import re
from datetime import datetime
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from tutor.schema_check import conforms

if TYPE_CHECKING:
    import jsonschema

_REQUIRED = (
    "item",
    "exercise",
    "article",
    "fingerprint",
    "skill",
    "kind",
    "answer",
    "outcome",
    "points",
    "max_points",
    "hint",
    "time",
)
_OPTIONAL = ("seconds", "reason")
_ALLOWED = frozenset(_REQUIRED + _OPTIONAL)
_SKILLS = frozenset({"dates", "speakers", "vocabulary", "comprehension"})
_KINDS = frozenset(
    {"choice", "true_false", "speakers", "chronology", "date", "cloze", "terms", "open"}
)
_OUTCOMES = frozenset({"correct", "almost", "partial", "incorrect"})
# Same patterns, same `re.search` semantics as jsonschema's "pattern".
_TIME = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z$")
_FINGERPRINT = re.compile(r"^sha256:[0-9a-f]{16}$")
MAX_TEXT = 10_000
LATEST_YEAR = 9000
"""Reviews are scheduled up to a hundred years after an answer (FSRS's longest interval); a
later time would take the schedule past the year 9999, beyond what dates can hold."""


@cache
def progress_schema() -> dict[str, Any]:
    """The progress file schema shipped with the package."""
    text = resources.files("tutor").joinpath("schema/progress.schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def _validator() -> jsonschema.Draft202012Validator:
    import jsonschema

    return jsonschema.Draft202012Validator(progress_schema())


def schema_problem(document: Any) -> str | None:
    """The first schema violation of a whole document, with jsonschema (slow, exhaustive);
    jsonschema is imported only when the fast check does not pass the document."""
    if conforms(document, progress_schema()):
        return None
    import jsonschema

    error = jsonschema.exceptions.best_match(_validator().iter_errors(document))
    if error is None:
        return None
    where = "/".join(str(p) for p in error.absolute_path) or "(top)"
    return f"{where}: {error.message}"


def header_problem(header: dict[str, Any]) -> str | None:
    """What is wrong with a file's fields other than its attempts, if anything."""
    return schema_problem({**header, "attempts": None})


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_amount(value: object) -> bool:
    """A number of points or seconds: not below 0, and finite ('1e400' reads as infinity, which
    passed here and then could not be written back: the app stopped)."""
    return _is_number(value) and math.isfinite(value) and not value < 0  # type: ignore[arg-type]


def _is_text(value: object, longest: int = MAX_TEXT) -> bool:
    return isinstance(value, str) and len(value) <= longest


def _answer_ok(answer: object) -> bool:
    if answer is None or _is_text(answer):
        return True
    if isinstance(answer, list):
        return len(answer) <= 100 and all(_is_text(a) for a in answer)
    if isinstance(answer, dict):
        return len(answer) <= 100 and all(_is_text(v) for v in answer.values())
    return False


def _is_moment(text: str) -> bool:
    """Whether a time that has the schema's shape is a real date and time the schedule can
    reach (the shape alone allows a 30 February or the year 0)."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return moment.year <= LATEST_YEAR


def _problem(record: dict[str, Any]) -> str | None:
    missing = [name for name in _REQUIRED if name not in record]
    if missing:
        return f"missing {', '.join(missing)}"
    extra = [str(name) for name in record if name not in _ALLOWED]
    if extra:
        return f"unknown field {', '.join(extra)}"
    checks = {
        "item": isinstance(record["item"], str) and 1 <= len(record["item"]) <= 200,
        "exercise": isinstance(record["exercise"], str) and 1 <= len(record["exercise"]) <= 500,
        "article": _is_text(record["article"], 100),
        "fingerprint": isinstance(record["fingerprint"], str)
        and _FINGERPRINT.search(record["fingerprint"]) is not None,
        "skill": isinstance(record["skill"], str) and record["skill"] in _SKILLS,
        "kind": isinstance(record["kind"], str) and record["kind"] in _KINDS,
        "answer": _answer_ok(record["answer"]),
        "outcome": isinstance(record["outcome"], str) and record["outcome"] in _OUTCOMES,
        "points": _is_amount(record["points"]),
        "max_points": _is_amount(record["max_points"]),
        "hint": isinstance(record["hint"], bool),
        "time": isinstance(record["time"], str)
        and _TIME.search(record["time"]) is not None
        and _is_moment(record["time"]),
    }
    if "seconds" in record:
        checks["seconds"] = _is_amount(record["seconds"])
    if "reason" in record:
        reason = record["reason"]
        checks["reason"] = (
            isinstance(reason, list) and len(reason) <= 20 and all(_is_text(r, 50) for r in reason)
        )
    bad = [name for name, ok in checks.items() if not ok]
    return f"bad {', '.join(bad)}" if bad else None


def attempt_problem(record: object) -> str | None:
    """What is wrong with one attempt mapping, or None; agrees with the schema's `attempt`."""
    if not isinstance(record, dict):
        return "an attempt must be a mapping"
    return _problem(record)
