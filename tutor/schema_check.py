"""A fast yes to "does this document follow its JSON Schema?", so jsonschema runs only for a no.

Importing jsonschema takes longer than reading all the exercise files of a library, and its
validator takes several milliseconds per file; yet almost every file is valid, and then its
findings are not needed. `conforms` reads the schema keywords the shipped schemas use, with
jsonschema's meaning (Draft 2020-12): it says True only when the document surely conforms. When
it does not, or when the schema or the document holds something this reading leaves to
jsonschema (a keyword it does not know, a float where an integer is expected, lists compared
for equality, a non-text key), it says False and the caller asks jsonschema, whose findings
make the messages. So a False costs time, never a wrong answer; the tests hold the two to the
same verdict on every file they have.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

_ANNOTATIONS = frozenset(
    {"$schema", "$id", "$defs", "$comment", "title", "description", "examples", "default"}
)
"""Keywords that never make a document invalid."""

_KNOWN = _ANNOTATIONS | {
    "$ref",
    "type",
    "const",
    "enum",
    "required",
    "properties",
    "additionalProperties",
    "propertyNames",
    "minProperties",
    "maxProperties",
    "items",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "if",
    "then",
    "else",
}


_READINGS: dict[int, _Reading] = {}


class _Unsure(Exception):
    """Something this reading leaves to jsonschema."""


def conforms(document: Any, schema: dict[str, Any]) -> bool:
    """True when `document` surely follows `schema`; False when it does not or may not."""
    reading = _READINGS.get(id(schema))
    if reading is None or reading.root is not schema:
        reading = _READINGS[id(schema)] = _Reading(schema)
    try:
        return reading.valid(document, schema)
    except (_Unsure, RecursionError):
        return False


@cache
def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(source)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _has_type(value: object, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "object":
        return isinstance(value, dict)
    if kind == "array":
        return isinstance(value, list)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "null":
        return value is None
    if kind == "number":
        return _is_number(value)
    if kind == "integer":
        if isinstance(value, float):
            raise _Unsure  # 1.0 is an integer to jsonschema
        return isinstance(value, int) and not isinstance(value, bool)
    raise _Unsure


def _equal(value: object, expected: object) -> bool:
    """jsonschema's equality for plain values: true is not 1, 1 is 1.0."""
    if isinstance(value, list | dict) or isinstance(expected, list | dict):
        raise _Unsure
    if isinstance(value, str) or isinstance(expected, str):
        return value == expected
    if isinstance(value, bool) or isinstance(expected, bool):
        return value is expected
    return value == expected


class _Reading:
    """Documents read against one root schema (the target of `#/$defs/...` references).

    Kept per schema, with the schemas already seen to use only known keywords: schemas are
    read from the package once and never changed.
    """

    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root
        self.known: set[int] = set()

    def _resolve(self, ref: object) -> Any:
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise _Unsure
        node: Any = self.root
        for part in ref[1:].split("/")[1:]:
            if not isinstance(node, dict) or part not in node or "~" in part or "%" in part:
                raise _Unsure
            node = node[part]
        return node

    def valid(self, value: Any, schema: Any) -> bool:
        if schema is True:
            return True
        if schema is False:
            return False
        if id(schema) not in self.known:
            if not isinstance(schema, dict) or not _KNOWN.issuperset(schema):
                raise _Unsure
            self.known.add(id(schema))
        get = schema.get
        if "$ref" in schema and not self.valid(value, self._resolve(schema["$ref"])):
            return False
        kinds = get("type")
        if kinds is not None:
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if not any(_has_type(value, kind) for kind in kinds):
                return False
        if "const" in schema and not _equal(value, schema["const"]):
            return False
        if "enum" in schema and not any(_equal(value, e) for e in schema["enum"]):
            return False
        if isinstance(value, dict) and not self._object_valid(value, schema):
            return False
        if isinstance(value, list) and not self._array_valid(value, schema):
            return False
        if isinstance(value, str) and not _text_valid(value, schema):
            return False
        if _is_number(value) and not _number_valid(value, schema):
            return False
        return self._combinations_valid(value, schema)

    def _object_valid(self, value: dict[Any, Any], schema: dict[str, Any]) -> bool:
        if not all(isinstance(key, str) for key in value):
            raise _Unsure
        if any(key not in value for key in schema.get("required", ())):
            return False
        if len(value) < schema.get("minProperties", 0):
            return False
        if "maxProperties" in schema and len(value) > schema["maxProperties"]:
            return False
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        names = schema.get("propertyNames", True)
        if extra is True and names is True:  # only the named properties are read
            return all(
                self.valid(value[key], sub) for key, sub in properties.items() if key in value
            )
        for key, element in value.items():
            if names is not True and not self.valid(key, names):
                return False
            if key in properties:
                if not self.valid(element, properties[key]):
                    return False
            elif extra is not True and not self.valid(element, extra):
                return False
        return True

    def _array_valid(self, value: list[Any], schema: dict[str, Any]) -> bool:
        if len(value) < schema.get("minItems", 0):
            return False
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            return False
        if schema.get("uniqueItems"):
            if not all(isinstance(v, str) for v in value):
                raise _Unsure
            if len(set(value)) < len(value):
                return False
        entry = schema.get("items", True)
        return entry is True or all(self.valid(v, entry) for v in value)

    def _combinations_valid(self, value: Any, schema: dict[str, Any]) -> bool:
        if "allOf" in schema and not all(self.valid(value, s) for s in schema["allOf"]):
            return False
        if "anyOf" in schema and not any(self.valid(value, s) for s in schema["anyOf"]):
            return False
        if "oneOf" in schema and sum(self.valid(value, s) for s in schema["oneOf"]) != 1:
            return False
        if "not" in schema and self.valid(value, schema["not"]):
            return False
        if "if" in schema:
            branch = "then" if self.valid(value, schema["if"]) else "else"
            if branch in schema and not self.valid(value, schema[branch]):
                return False
        return True


def _text_valid(value: str, schema: dict[str, Any]) -> bool:
    if len(value) < schema.get("minLength", 0):
        return False
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        return False
    return "pattern" not in schema or _pattern(schema["pattern"]).search(value) is not None


def _number_valid(value: float, schema: dict[str, Any]) -> bool:
    # written as jsonschema's failure tests, so that NaN passes here as it passes there
    if "minimum" in schema and value < schema["minimum"]:
        return False
    if "maximum" in schema and value > schema["maximum"]:
        return False
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        return False
    return not ("exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"])
