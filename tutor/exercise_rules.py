"""Per-item rules of exercise files that a JSON Schema cannot express.

Each rule returns (path inside the item, message, severity); exercise_io adds file and position.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from tutor.literal_search import find_between, skip_spaces
from tutor.model import GAP, with_gap_marks
from tutor.sentence_mismatch import missing_sentence
from tutor.typed_dates import (
    parse_date,
    parse_duration,
    parse_iso_duration,
    parse_iso_value,
)
from tutor.value_names import option_advice

RuleProblem = tuple[tuple[str | int, ...], str, str]


def _same(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def _evidence(
    raw: dict[str, Any], body: str | None, norm: Callable[[str], str]
) -> Iterator[RuleProblem]:
    """The evidence, and each other sentence a vrai / faux lists as proof, must be the
    article's: a learner picks them among its sentences."""
    if body is None:
        return
    message = missing_sentence(raw["evidence"], body, norm)
    if message:
        yield ("evidence",), message, "error"
    for index, sentence in enumerate(raw.get("other_evidence") or ()):
        message = missing_sentence(sentence, body, norm)
        if message:
            yield ("other_evidence", index), message, "error"


def _choice(raw: dict[str, Any]) -> Iterator[RuleProblem]:
    if not any(_same(raw["answer"], o) for o in raw["options"]):
        advice = option_advice(raw["answer"], raw["options"])
        yield ("answer",), f"'{raw['answer']}' is not among the options{advice}", "error"


def _names(text: str, words: str) -> bool:
    """Whether `words` stand in `text` as whole words (both normalised): '7' is not in '17'."""
    return bool(words) and find_between(text, words) != -1


def _choice_evidence(
    raw: dict[str, Any], body: str | None, norm: Callable[[str], str]
) -> Iterator[RuleProblem]:
    """An answer the evidence does not name while it names other options: an answer changed
    to the wrong option, or evidence left from another question."""
    if body is None:
        return
    evidence = norm(raw["evidence"])
    answer = str(raw["answer"])
    if _names(evidence, norm(answer)) or not any(_same(answer, o) for o in raw["options"]):
        return  # an answer that is no option is an error of its own
    named = [
        o for o in map(str, raw["options"]) if not _same(o, answer) and _names(evidence, norm(o))
    ]
    if named:
        listed = ", ".join(f"'{o}'" for o in named)
        yield (
            ("answer",),
            f"the evidence names {listed} (another option), not the answer '{answer}'; check "
            "the answer, or give as evidence the sentence that proves it",
            "warning",
        )


def _cloze_gap(
    raw: dict[str, Any], body: str | None, norm: Callable[[str], str]
) -> Iterator[RuleProblem]:
    """A gap whose text is copied from the article, where the article has another word than
    the answer: a learner who writes the article's word would be marked wrong."""
    text = with_gap_marks(raw["text"])
    if body is None or text.count(GAP) != 1:
        return
    before, after = (norm(part) for part in text.split(GAP))
    if not before or not after or after not in body:  # then no search: 1.3 s on a long text
        return
    wanted = [norm(a) for a in (raw["answer"], *raw.get("accept", ()))]
    if any(_gap_filled(body, before, word, after) for word in wanted):
        return
    # the article's own word: at most four words, within one sentence
    gap = r"((?:[^\s.!?;:]+\s?){1,4}?)"
    found = re.search(rf"{re.escape(before)}\s*{gap}\s*{re.escape(after)}", body)
    if found is None:
        return
    word = found.group(1).strip()
    if word and word not in wanted:
        yield (
            ("answer",),
            f"the article has '{word}' in this gap, not the answer '{raw['answer']}': a "
            f"learner who writes the article's word is marked wrong; check the answer, or add "
            f"'{word}' to accept",
            "warning",
        )


def _gap_filled(body: str, before: str, word: str, after: str) -> bool:
    r"""Whether the body has `before`, `word` and `after` in a row, with or without spaces
    between them, as `before\s*word\s*after` would find them."""
    if not word or not after or word[0].isspace() or after[0].isspace():
        pattern = rf"{re.escape(before)}\s*{re.escape(word)}\s*{re.escape(after)}"
        return re.search(pattern, body) is not None
    # the next piece starts with no space, so each \s* takes every space there is
    at = body.find(before)
    while at != -1:
        gap = skip_spaces(body, at + len(before))
        if body.startswith(word, gap) and body.startswith(
            after, skip_spaces(body, gap + len(word))
        ):
            return True
        at = body.find(before, at + 1)
    return False


def _cloze(raw: dict[str, Any]) -> Iterator[RuleProblem]:
    if with_gap_marks(raw["text"]).count(GAP) != 1:
        yield ("text",), f"a cloze text has exactly one gap {GAP}", "error"
    bank = raw.get("bank")
    if bank and not any(_same(raw["answer"], w) for w in bank):
        yield ("bank",), f"the word bank must contain the answer '{raw['answer']}'", "error"


def _name_key(name: str) -> str:
    """A name as a learner reads it: case, accents' encoding and spacing (a no-break space, a
    double space) do not make two names."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _speakers(raw: dict[str, Any]) -> Iterator[RuleProblem]:
    quotes = [p["quote"].strip().casefold() for p in raw["pairs"]]
    for i, quote in enumerate(quotes):
        if quote in quotes[:i]:
            yield ("pairs", i, "quote"), "the same quote is listed twice", "error"
    speakers = {_name_key(p["speaker"]) for p in raw["pairs"]}
    seen: set[str] = set()
    for i, name in enumerate(raw.get("distractors", ())):
        key = _name_key(name)
        if key in speakers:
            yield (
                ("distractors", i),
                f"'{name}' said one of the quotes; it cannot be a distractor",
                "error",
            )
        elif key in seen:  # the learner would see two identical names to choose from
            yield (
                ("distractors", i),
                f"'{name}' is listed twice as a distractor; give another name or remove it",
                "error",
            )
        seen.add(key)


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
    yield from _chronology_order(raw["events"])


def _date_order(date: str) -> tuple[int, ...] | None:
    """(year, month, day) as far as an event's date gives them, from the year on; None for a
    date without a year ("en mars"), which cannot be placed."""
    parts = parse_date(date)
    if parts is None or parts.year is None:
        return None
    found = [parts.year]
    for part in (parts.month, parts.day):
        if part is None:
            break
        found.append(part)
    return tuple(found)


def _chronology_order(events: list[dict[str, Any]]) -> Iterator[RuleProblem]:
    """Events are listed oldest first and that order is the answer: two events swapped while
    editing make the learner's right order wrong; their dates tell."""
    latest: tuple[int, str, tuple[int, ...]] | None = None
    for i, event in enumerate(events):
        order = _date_order(str(event.get("date", "")))
        if order is None:
            continue
        if latest is not None:
            common = min(len(order), len(latest[2]))
            if order[:common] < latest[2][:common]:
                yield (
                    ("events", i, "date"),
                    f"this event ({event['date']}) is listed after event {latest[0] + 1} "
                    f"({latest[1]}), which is later; list the events from the oldest to the "
                    "most recent: that order is the answer",
                    "warning",
                )
                continue
        latest = (i, str(event["date"]), order)


def _hint_cost(raw: dict[str, Any], defaults: Mapping[str, Any]) -> Iterator[RuleProblem]:
    points = raw.get("points", defaults.get("points", 1))
    cost = raw.get("hint_cost", defaults.get("hint_cost", 0))
    if cost > points:
        # point at whichever of the two the item itself sets
        where = "hint_cost" if "hint_cost" in raw or "points" not in raw else "points"
        yield (
            (where,),
            f"a hint cannot cost more than the item's points (hint_cost {cost:g}, "
            f"points {points:g})",
            "error",
        )
    if "hint_cost" in raw and raw["hint_cost"] > 0 and "hint" not in raw:
        yield ("hint_cost",), "a hint cost is set but the item has no hint", "warning"


def _true_false(raw: dict[str, Any]) -> Iterator[RuleProblem]:
    if raw.get("justify") and raw["answer"] == "not_given":
        yield (
            ("justify",),
            "justify asks for the sentence that proves the answer, but an 'on ne sait pas' "
            "answer has none; remove 'justify: true'",
            "warning",
        )
    if raw.get("other_evidence") and raw["answer"] == "not_given":
        yield (
            ("other_evidence",),
            "other_evidence lists sentences that prove the answer, but an 'on ne sait pas' "
            "answer has none; remove other_evidence",
            "warning",
        )


def _open(raw: dict[str, Any]) -> Iterator[RuleProblem]:
    wanted = raw.get("min_keywords", 1)
    if wanted > len(raw["keywords"]):
        yield (
            ("min_keywords",),
            f"asks for {wanted} keywords but only {len(raw['keywords'])} are listed",
            "error",
        )


_ISO_PARTS = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _date(raw: dict[str, Any]) -> Iterator[RuleProblem]:
    """A `value` of the right shape that is no real date ("2026-13", "2026-02-30"), which
    scoring would silently ignore; and a `value` that says another date than the `answer` a
    learner is shown, so that the same date typed two ways gets two verdicts."""
    value = raw.get("value")
    if not isinstance(value, str):
        return
    parts = _ISO_PARTS.match(value.strip())
    if parts is not None and parse_iso_value(value) is None:
        year, month, day = parts.groups()
        if not 1 <= int(month) <= 12:
            why = f"there is no month {month} (months go from 01 to 12)"
        else:
            why = f"there is no day {day} in month {month} of {year}"
        yield ("value",), f"'{value}' is not a real date: {why}", "error"
        return
    wanted = parse_iso_value(value)
    shown = parse_date(raw["answer"])
    if wanted is not None and shown is not None:
        want, said_parts = wanted.fields(), shown.fields()
        common = [name for name in want if name in said_parts]
        differ = not common or any(want[name] != said_parts[name] for name in common)
    else:
        length, said = parse_iso_duration(value), parse_duration(raw["answer"])
        differ = length is not None and said is not None and length != said
    if differ:
        yield (
            ("value",),
            f"'{value}' is not the date of the answer '{raw['answer']}'; a learner who types "
            "the date another way is marked against the value: make them the same date",
            "warning",
        )


_RULES_BY_KIND = {
    "choice": _choice,
    "cloze": _cloze,
    "speakers": _speakers,
    "terms": _terms,
    "chronology": _chronology,
    "true_false": _true_false,
    "open": _open,
    "date": _date,
}


def item_rule_problems(
    raw: dict[str, Any],
    body: str | None,
    norm: Callable[[str], str],
    *,
    defaults: Mapping[str, Any] | None = None,
) -> Iterator[RuleProblem]:
    """Every rule problem of one schema-valid item; `body` is the normalised article, if any,
    and `defaults` the file's defaults (an item's points may come from there)."""
    yield from _evidence(raw, body, norm)
    yield from _hint_cost(raw, defaults or {})
    rule = _RULES_BY_KIND.get(raw["type"])
    if rule is not None:
        yield from rule(raw)
    if raw["type"] == "choice":
        yield from _choice_evidence(raw, body, norm)
    elif raw["type"] == "cloze":
        yield from _cloze_gap(raw, body, norm)


NOT_A_NUMBER = "must be a number, not .nan; write a number such as 1"


def not_a_number_paths(
    data: object, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[str | int, ...]]:
    """Where the file holds YAML's `.nan`: it passes every bound of the schema (NaN compares
    false with them all), then makes the learner's score NaN, which no record can store."""
    if isinstance(data, float) and math.isnan(data):
        yield path
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from not_a_number_paths(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from not_a_number_paths(value, (*path, index))
