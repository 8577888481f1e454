"""The fast attempt check agrees with the JSON Schema, and attempt lines read the same as YAML."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tutor.progress_check import attempt_problem, schema_problem
from tutor.progress_file import SafeLoader, attempt_line, parse_line

VALID: dict[str, Any] = {
    "item": "c1",
    "exercise": "poutine.yaml",
    "article": "sha256:78159cdc5d59b892",
    "fingerprint": "sha256:0123456789abcdef",
    "skill": "vocabulary",
    "kind": "cloze",
    "answer": "indéfectible",
    "outcome": "correct",
    "points": 1.0,
    "max_points": 1.0,
    "hint": False,
    "time": "2024-06-19T08:00:00.000Z",
}

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8),
    st.sampled_from(
        [
            "",
            "correct",
            "partial",
            "great",
            "dates",
            "cloze",
            "quiz",
            "sha256:0123456789abcdef",
            "sha256:XYZ",
            "2024-06-19T08:00:00Z",
            "2024-06-19T08:00:00.123456Z",
            "2024-06-19T08:00:00+02:00",
            "2024-06-19T08:00:00Z\n",
            "x" * 201,
        ]
    ),
)
VALUES = st.one_of(
    SCALARS,
    st.lists(SCALARS, max_size=3),
    st.dictionaries(st.text(max_size=3), SCALARS, max_size=3),
)


@st.composite
def records(draw: st.DrawFn) -> dict[str, Any]:
    record = dict(VALID)
    for name in draw(st.lists(st.sampled_from([*VALID, "seconds", "reason", "extra"]), max_size=3)):
        if draw(st.booleans()):
            record.pop(name, None)
        else:
            record[name] = draw(VALUES)
    return record


def _schema_ok(record: dict[str, Any]) -> bool:
    document = {"format": 1, "learner": "Zoé", "attempts": [record]}
    return schema_problem(document) is None


def _a_moment(time: object) -> bool:
    """What the fast check asks of a time beyond the schema's pattern: a real date and time
    (the pattern lets "2026-02-30", the year 0, or, in Python's reading of "$", a trailing
    newline through)."""
    if not isinstance(time, str):
        return True  # the schema itself refuses it
    try:
        datetime.fromisoformat(time.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


@settings(max_examples=600, deadline=None)
@given(records())
def test_fast_check_agrees_with_the_schema(record: dict[str, Any]) -> None:
    """The same answers, except that the fast check also refuses a time that is no moment
    (tutor/progress_check.py says why)."""
    expected = _schema_ok(record) and _a_moment(record.get("time"))
    assert (attempt_problem(record) is None) == expected, record


def test_the_valid_example_is_valid() -> None:
    assert attempt_problem(VALID) is None and _schema_ok(VALID)
    assert _schema_ok({**VALID, "seconds": 3.5, "reason": ["accent"]})
    assert "missing" in (attempt_problem({"item": "x"}) or "")


TEXT = st.text(max_size=40)
ANSWERS = st.one_of(
    st.none(), TEXT, st.lists(TEXT, max_size=4), st.dictionaries(TEXT, TEXT, max_size=4)
)


@settings(max_examples=400, deadline=None)
@given(ANSWERS, TEXT)
def test_an_attempt_line_is_one_yaml_line_that_reads_back_the_same(
    answer: object, item_id: str
) -> None:
    record = {**VALID, "item": item_id, "answer": answer}
    safe = json.loads(json.dumps(record, ensure_ascii=False).encode("utf-8", "replace"))
    line = attempt_line(safe)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    text = line.decode("utf-8")
    as_yaml = yaml.load(text, Loader=SafeLoader)[0]
    assert as_yaml == safe
    assert parse_line(text.rstrip("\n")) == safe
