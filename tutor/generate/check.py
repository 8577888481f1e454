"""The last check before a generated file is written: every item follows the exercise format.

A fast reading of the exercise schema's rules for the shapes generation produces (keys allowed and
required per type, non-blank texts, list sizes, unique entries, patterns, enums), plus the rules
`tutor validate` adds (evidence in the article, answer among the options, one gap). The tests
validate every generated file with the full JSON Schema as well; this check keeps a file valid
for articles the tests never saw, at a fraction of the schema validator's cost.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from tutor.exercise_io import exercise_schema, normalise_for_search
from tutor.exercise_rules import item_rule_problems


@cache
def _rules() -> dict[str, Any]:
    schema = exercise_schema()
    defs = schema["$defs"]
    common = defs["common"]
    kinds = common["properties"]["type"]["enum"]
    return {
        "defs": defs,
        "common": common,
        "kinds": {k: defs[k] for k in kinds},
        "id": re.compile(common["properties"]["id"]["pattern"]),
        "skills": set(common["properties"]["skill"]["enum"]),
    }


def _blank(value: object) -> bool:
    return not isinstance(value, str) or not value.strip()


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        return {**_rules()["defs"][ref.removeprefix("#/$defs/")], **node}
    return node


def _value_problem(name: str, value: object, spec: dict[str, Any]) -> str | None:
    """What is wrong with one field's value for its schema entry, if anything."""
    spec = _resolve(spec)
    if "enum" in spec and value not in spec["enum"]:
        return f"{name}: {value!r} is not allowed"
    kind = spec.get("type")
    if kind == "string" or spec.get("minLength"):
        if not isinstance(value, str) or (spec.get("minLength") and _blank(value)):
            return f"{name}: needs a text"
        if "pattern" in spec and not re.search(spec["pattern"], value):
            return f"{name}: {value!r} does not match {spec['pattern']}"
    if kind == "boolean" and not isinstance(value, bool):
        return f"{name}: must be true or false"
    if kind in ("number", "integer") and (
        isinstance(value, bool) or not isinstance(value, int | float)
    ):
        return f"{name}: must be a number"
    if kind == "array":
        return _list_problem(name, value, spec)
    return None


def _list_problem(name: str, value: object, spec: dict[str, Any]) -> str | None:
    if not isinstance(value, list):
        return f"{name}: must be a list"
    if len(value) < spec.get("minItems", 0) or len(value) > spec.get("maxItems", len(value)):
        return f"{name}: has {len(value)} entries"
    if spec.get("uniqueItems") and len({repr(v) for v in value}) < len(value):
        return f"{name}: has the same entry twice"
    entry = _resolve(spec.get("items", {}))
    for i, element in enumerate(value):
        if entry.get("type") == "object" or "oneOf" in entry:
            if isinstance(element, str) and "oneOf" in entry:
                if _blank(element):
                    return f"{name}[{i}]: needs a text"
                continue
            shape = entry if entry.get("type") == "object" else _resolve(entry["oneOf"][1])
            problem = _object_problem(f"{name}[{i}]", element, shape)
        else:
            problem = _value_problem(f"{name}[{i}]", element, entry)
        if problem:
            return problem
    return None


def _object_problem(name: str, value: object, shape: dict[str, Any]) -> str | None:
    if not isinstance(value, dict):
        return f"{name}: must be a mapping"
    properties = shape.get("properties", {})
    for key in shape.get("required", ()):
        if key not in value:
            return f"{name}: misses {key}"
    for key, element in value.items():
        if key not in properties:
            return f"{name}: unknown field {key}"
        problem = _value_problem(f"{name}.{key}", element, properties[key])
        if problem:
            return problem
    return None


def item_problems(item: dict[str, Any], body: str) -> list[str]:
    """Why an item would make its file invalid (empty when it is fine); `body` is the article
    body as `normalise_for_search` gives it."""
    rules = _rules()
    kind = item.get("type")
    if kind not in rules["kinds"]:
        return [f"unknown item type {kind!r}"]
    if not rules["id"].match(str(item.get("id", ""))):
        return [f"id {item.get('id')!r} is not a valid id"]
    spec = rules["kinds"][kind]
    shape = {
        "properties": {**rules["common"]["properties"], **spec["properties"]},
        "required": [*rules["common"]["required"], *spec.get("required", ())],
    }
    problem = _object_problem(str(item.get("id")), item, shape)
    if problem:
        return [problem]
    return [
        message
        for _, message, severity in item_rule_problems(item, body, normalise_for_search)
        if severity == "error"
    ]
