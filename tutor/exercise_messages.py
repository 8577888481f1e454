"""Teacher-readable messages for JSON Schema errors in exercise files.

jsonschema speaks of regexes and `additionalProperties`; a teacher needs the field, what is wrong
with it and what to write instead. Each finding is (path, message, point at the key?).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator
from typing import Any

import jsonschema

from tutor.french_field_names import english_field
from tutor.iso_values import iso_form
from tutor.model import GAP
from tutor.value_names import meant_value, option_by_position
from tutor.yaml_source import PathKey

Finding = tuple[PathKey, str, bool]

_TYPE_NAMES = {
    "object": "a block of 'key: value' lines",
    "array": "a list (one '- ' line per entry, or [a, b, c])",
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
}

_ENUM_NAMES = {
    "type": "an item type",
    "skill": "a skill",
    "accents": "an accent policy",
    "answer_pos": "a part of speech",
}


def show(value: object, limit: int = 40) -> str:
    """A short, JSON-like rendering of a value from the file, safe for any value."""
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, dict):
        text = "a block of 'key: value' lines"
    elif isinstance(value, list):
        text = "a list"
    else:
        text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 4] + '..."'


def _entries(count: int) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"


def _value_at(data: Any, path: PathKey) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _item_kind(error: jsonschema.ValidationError, data: Any) -> str | None:
    holder = _value_at(data, tuple(error.absolute_path))
    kind = holder.get("type") if isinstance(holder, dict) else None
    return kind if isinstance(kind, str) else None


def _allowed_fields(
    error: jsonschema.ValidationError, data: Any, schema: dict[str, Any]
) -> list[str]:
    """The field names the object holding an unknown field may have."""
    if error.validator == "additionalProperties":
        return sorted(error.schema.get("properties", {}))
    defs = schema["$defs"]
    kind = _item_kind(error, data)
    names = list(defs["common_keys"]["enum"])
    if kind in defs:
        names += [n for n in defs[kind]["properties"] if n not in names]
    return names


def _owners(name: str, schema: dict[str, Any]) -> list[str]:
    """The item types that do have this field."""
    defs = schema["$defs"]
    kinds = defs["common"]["properties"]["type"]["enum"]
    return [kind for kind in kinds if name in defs[kind]["properties"]]


def _unknown_field(
    name: object, allowed: list[str], kind: str | None = None, owners: list[str] | None = None
) -> str:
    text = str(name)
    if kind and owners:
        return f"'{text}' is not a field of {kind} items (only {', '.join(owners)} items have it)"
    english = english_field(text, allowed)
    if english:
        return f"unknown field '{text}'; field names are English: did you mean '{english}'?"
    close = difflib.get_close_matches(text, allowed, n=1, cutoff=0.6)
    if close:
        return f"unknown field '{text}'; did you mean '{close[0]}'?"
    return f"unknown field '{text}'; the fields here are: {', '.join(allowed)}"


def _enum_message(error: jsonschema.ValidationError, path: PathKey) -> str:
    allowed = list(error.validator_value)
    name = path[-1] if path else ""
    if name == "answer" and True in allowed:
        return (
            f"{show(error.instance)} is not a true/false answer; write true for vrai, "
            "false for faux, not_given for on ne sait pas (these words stay in English)"
        )
    what = _ENUM_NAMES.get(str(name), "allowed here")
    listed = ", ".join(str(v) for v in allowed)
    message = f"{show(error.instance)} is not {what}; use one of: {listed}"
    if isinstance(error.instance, str):
        values = [str(v) for v in allowed]
        french = meant_value(error.instance)
        close = (
            [french]
            if french in values
            else difflib.get_close_matches(error.instance.lower(), values, n=1)
        )
        if close:
            message = f"{show(error.instance)} is not {what}; did you mean '{close[0]}'?"
    return message


def _pattern_message(error: jsonschema.ValidationError, path: PathKey) -> str:
    name = path[-1] if path else ""
    pattern = error.validator_value
    if pattern == GAP:
        return f"a cloze text needs the gap marker {GAP} where the answer goes"
    if pattern == r"\S":
        return "must not be empty"
    if name == "id":
        return (
            f"{show(error.instance)} is not a valid id: use lower-case letters, digits, "
            "'-' and '_', starting with a letter or digit (e.g. date-visite-2000)"
        )
    if name == "value":
        meant = iso_form(error.instance) if isinstance(error.instance, str) else None
        if meant is not None:
            return (
                f"{show(error.instance)} is not an ISO date: write it {meant} "
                "(year-month-day, hours as T15:30); put other spellings in 'accept'"
            )
        return (
            f"{show(error.instance)} is not an ISO date: write 2024-06-19, 2000-07 or 2012 "
            "(or a duration such as P2D, P24Y, or a time of day such as T15:30); put other "
            "spellings in 'accept'"
        )
    if name == "path" and path[:1] == ("article",):
        instance = str(error.instance)
        if instance.startswith(("/", "\\")):
            return (
                f"{show(instance)} is an absolute path; give the article's file name inside "
                "content/, e.g. poutine-coree-du-nord.md"
            )
        return f"{show(instance)} is not an article file; articles end in .txt or .md"
    if name == "hash":
        return (
            f"{show(error.instance)} is not an article hash (sha256: and 16 hex digits, "
            "as tutor validate shows)"
        )
    return f"{show(error.instance)} does not have the expected form"


def _option_written(number: object, item: Any) -> str | None:
    """The option or bank word a number answer stands for, as the item writes it ("22 000"
    for 22000), so that quoting the number is not followed by 'not among the options'."""
    if not isinstance(item, dict) or isinstance(number, bool):
        return None
    listed = [*(item.get("options") or ()), *(item.get("bank") or ())]
    digits = str(number).replace(".", ",")
    for option in listed:
        if isinstance(option, str) and re.sub(r"[\s\u00a0\u202f]", "", option) == digits:
            return option if option != str(number) else None
    return None


def _type_message(error: jsonschema.ValidationError, path: PathKey, data: Any = None) -> str:
    wanted = error.validator_value
    wanted_names = [wanted] if isinstance(wanted, str) else list(wanted)
    expected = " or ".join(_TYPE_NAMES.get(w, w) for w in wanted_names)
    instance = error.instance
    if not path:
        found = "a list" if isinstance(instance, list) else show(instance)
        return f"the file must be 'key: value' lines (format:, article:, items:), not {found}"
    if instance is None:
        mark = "-" if isinstance(path[-1], int) else ":"  # a list entry has no ':' to write after
        return f"is empty; write {expected} after the '{mark}'"
    if isinstance(instance, str) and wanted_names[0] in ("number", "integer"):
        if re.fullmatch(r"\s*[-+]?\d+,\d+\s*", instance):
            point = instance.strip().replace(",", ".")
            return f"must be {expected}, not {show(instance)}: write {point}, with a point"
        try:
            float(instance)
        except ValueError:
            pass
        else:
            return f"must be {expected}, not the text {show(instance)}: remove the quotes"
    if isinstance(instance, str) and wanted_names[0] == "boolean":
        return f"must be true or false, not {show(instance)}"
    if wanted_names == ["string"] and isinstance(instance, int | float | bool):
        # a date answer '2012' or an option 'true' is read as a number or a truth value
        item = _value_at(data, path[:-1])
        meant = item.get("type") == "choice" if isinstance(item, dict) else False
        position = option_by_position(instance, item.get("options")) if meant else None
        option = _option_written(instance, item)
        if position is not None and option is None:
            advice = "write the option itself, not its letter or number"
            return f"must be text, not {show(instance)}: {advice} ({position})"
        if option is not None:
            return f'must be text, not {show(instance)}: write it as the option, "{option}"'
        return f'must be text, not {show(instance)}: put it in quotes ("{show(instance)}")'
    if wanted_names == ["string"] and isinstance(instance, list) and path[-1] == "answer":
        return f"must be text, not a list: {_one_answer_advice(_value_at(data, path[:-1]))}"
    return f"must be {expected}, not {show(instance)}"


def _one_answer_advice(item: Any) -> str:
    """Where the other answers go, for a teacher who listed every right answer."""
    kind = item.get("type") if isinstance(item, dict) else None
    if kind in ("cloze", "date"):
        return (
            "write the answer here, and the other answers a learner may give under 'accept' "
            '(accept: ["…", "…"])'
        )
    if kind == "choice":
        return "a choice item has one right answer, written like one of its options"
    return "write one answer"


def _one_of(
    error: jsonschema.ValidationError, data: Any, schema: dict[str, Any]
) -> Iterator[Finding]:
    """`keywords` entries: a word, or a block; explain the branch the teacher meant."""
    branch = 1 if isinstance(error.instance, dict) else 0
    inner = [c for c in error.context or () if c.relative_schema_path[0] == branch]
    if isinstance(error.instance, dict | str) and inner:
        for sub in inner:
            yield from _translate(sub, data, schema)
        return
    path = tuple(error.absolute_path)
    yield path, "a keyword is a word, or a block with 'word:' (and 'accept:' for variants)", False


_ENTRY_NAMES = {"options": "option", "bank": "word", "other_evidence": "sentence"}


def _repeated_entry(path: PathKey, entries: list[Any]) -> Finding:
    """The second copy of a repeated entry, named, at its own line: 'has the same entry twice'
    at the list's first line left the teacher to find which of four options it was."""
    for later, entry in enumerate(entries):
        first = next((i for i in range(later) if entries[i] == entry), None)
        if first is not None:
            name = str(path[-1]) if path else "list"
            kind = _ENTRY_NAMES.get(name, "entry")
            message = (
                f"{show(entry)} is listed twice (also {name}[{first}]); "
                f"remove the copy or write another {kind}"
            )
            return (*path, later), message, False
    return path, "has the same entry twice", False


def _translate(
    error: jsonschema.ValidationError, data: Any, schema: dict[str, Any]
) -> Iterator[Finding]:
    path: PathKey = tuple(error.absolute_path)
    validator = error.validator
    value = error.validator_value
    if validator == "oneOf":
        yield from _one_of(error, data, schema)
    elif validator == "additionalProperties":
        allowed = _allowed_fields(error, data, schema)
        for name in error.instance:
            if name not in allowed:
                yield (*path, name), _unknown_field(name, allowed), True
    elif "propertyNames" in error.relative_schema_path:
        allowed = _allowed_fields(error, data, schema)
        kind = _item_kind(error, data)
        owners = _owners(str(error.instance), schema)
        message = _unknown_field(error.instance, allowed, kind, owners)
        yield (*path, error.instance), message, True
    elif validator == "required":
        for name in value:
            if isinstance(error.instance, dict) and name not in error.instance:
                yield path, f"missing required field '{name}'", False
    elif validator == "enum":
        yield path, _enum_message(error, path), False
    elif validator == "const":
        yield path, f"must be {json.dumps(value)}, not {show(error.instance)}", False
    elif validator == "pattern":
        yield path, _pattern_message(error, path), False
    elif validator == "minLength":
        yield path, "must not be empty", False
    elif validator == "minItems":
        yield path, f"needs at least {_entries(value)}, not {len(error.instance)}", False
    elif validator == "maxItems":
        yield path, f"takes at most {_entries(value)}, not {len(error.instance)}", False
    elif validator == "uniqueItems":
        yield _repeated_entry(path, error.instance)
    elif validator == "type":
        yield path, _type_message(error, path, data), False
    elif validator == "exclusiveMinimum":
        yield path, f"must be more than {value}, not {show(error.instance)}", False
    elif validator == "minimum":
        yield path, f"must be at least {value}, not {show(error.instance)}", False
    elif validator == "maximum":
        yield path, f"must be at most {value}, not {show(error.instance)}", False
    else:
        yield path, error.message[:200], False


def schema_findings(data: Any, schema: dict[str, Any]) -> list[Finding]:
    """Every schema problem of a document, explained, once each.

    A misspelt field shows up twice in jsonschema's view (unknown 'optoins', missing 'options');
    the teacher only needs the first, with its suggestion.
    """
    validator = jsonschema.Draft202012Validator(schema)
    findings: list[Finding] = []
    for error in validator.iter_errors(data):
        if error.validator in ("if", "allOf"):
            continue
        findings.extend(_translate(error, data, schema))
    suggested = {
        (path[:-1], message.split("did you mean '")[1].rstrip("'?"))
        for path, message, _ in findings
        if "did you mean '" in message and message.startswith("unknown field")
    }
    unique: dict[tuple[PathKey, str], Finding] = {}
    missing: dict[PathKey, list[str]] = {}
    for path, message, at_key in findings:
        if message.startswith("missing required field '"):
            name = message.split("'")[1]
            if (path, name) not in suggested and name not in missing.setdefault(path, []):
                missing[path].append(name)
            continue
        unique.setdefault((path, message), (path, message, at_key))
    # one line per block that lacks fields, naming them all
    for path, names in missing.items():
        if len(names) == 1:
            unique[(path, "")] = (path, f"missing required field '{names[0]}'", False)
        elif names:
            listed = ", ".join(f"'{n}'" for n in names)
            unique[(path, "")] = (path, f"missing required fields {listed}", False)
    return list(unique.values())
