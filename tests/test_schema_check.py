"""The fast schema check says yes only where jsonschema says the same (see tutor/schema_check.py).

A wrong yes would let a broken exercise file into the library without its message, so every
exercise file the project has, and many broken variants of the shipped ones, are read both
ways. The variants are the mistakes teachers make: a field left out, a wrong kind of value, an
unknown field, a list too short or too long, a pattern not followed.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tutor.exercise_io import check_exercise_file, exercise_schema
from tutor.progress_check import progress_schema
from tutor.schema_check import conforms
from tutor.yaml_source import YamlProblem, read_yaml_file

ROOT = Path(__file__).resolve().parents[1]
EXERCISE_FILES = sorted(
    [*(ROOT / "exercises").glob("*.yaml"), *(ROOT / "tests" / "data" / "broken").glob("*.yaml")]
)
ODD_VALUES: list[Any] = [None, True, 0, 1.5, -2, "", " ", "x", [], ["a"], {"a": 1}]


def _documents() -> list[tuple[str, Any]]:
    found = []
    for path in EXERCISE_FILES:
        try:
            found.append((path.name, read_yaml_file(path).data))
        except YamlProblem:
            continue
    return found


def _jsonschema_says(document: Any, schema: dict[str, Any]) -> bool:
    return jsonschema.Draft202012Validator(schema).is_valid(document)


def _one_item_per_type() -> dict[str, Any]:
    """A shipped file cut down to one item of each type found in the shipped files."""
    documents = [read_yaml_file(p).data for p in sorted((ROOT / "exercises").glob("*.yaml"))]
    items: dict[str, Any] = {}
    for document in documents:
        for item in document["items"]:
            items.setdefault(item["type"], item)
    return {**documents[0], "items": list(items.values())}


def _variants(document: dict[str, Any]) -> Iterator[Any]:
    """Broken (and a few still valid) copies of a valid document, one change each."""
    for key in list(document):
        changed = copy.deepcopy(document)
        del changed[key]
        yield changed
        for odd in ODD_VALUES:
            changed = copy.deepcopy(document)
            changed[key] = odd
            yield changed
    yield {**copy.deepcopy(document), "unknown": 1}
    for index, item in enumerate(document["items"]):
        for key in list(item):
            changed = copy.deepcopy(document)
            del changed["items"][index][key]
            yield changed
            for odd in [*ODD_VALUES, "A b", "x" * 70, ["a", "a", "b"], ["a", "b", "c", "d", "e"]]:
                changed = copy.deepcopy(document)
                changed["items"][index][key] = odd
                yield changed
        changed = copy.deepcopy(document)
        changed["items"][index]["optoins"] = ["a", "b", "c"]
        yield changed


@pytest.mark.parametrize(("name", "document"), _documents(), ids=[n for n, _ in _documents()])
def test_every_exercise_file_gets_the_verdict_of_jsonschema(name: str, document: Any) -> None:
    assert conforms(document, exercise_schema()) == _jsonschema_says(document, exercise_schema())


def test_broken_variants_of_the_shipped_files_get_the_verdict_of_jsonschema() -> None:
    schema = exercise_schema()
    validator = jsonschema.Draft202012Validator(schema)
    checked = disagreements = 0
    for variant in _variants(_one_item_per_type()):
        fast, slow = conforms(variant, schema), validator.is_valid(variant)
        assert not (fast and not slow), f"the fast check passed an invalid file: {variant}"
        disagreements += fast != slow
        checked += 1
    assert checked > 1000
    # the fast check may leave a valid file to jsonschema (a float for an integer), rarely
    assert disagreements <= checked // 100


def test_progress_headers_get_the_verdict_of_jsonschema() -> None:
    schema = progress_schema()
    header = {"format": 1, "learner": "Awa", "created": "2026-01-05T10:00:00Z", "attempts": None}
    variants = [header, {**header, "attempts": []}, {**header, "extra": 1}]
    variants += [{**header, key: odd} for key in header for odd in ODD_VALUES]
    variants += [{k: v for k, v in header.items() if k != key} for key in header]
    for variant in variants:
        assert conforms(variant, schema) == _jsonschema_says(variant, schema), variant


def test_the_library_reads_valid_files_without_importing_jsonschema() -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from tutor.exercise_io import check_exercise_file\n"
        "files = Path('exercises').glob('*.yaml')\n"
        "results = [check_exercise_file(p, Path('content')) for p in files]\n"
        "assert results and all(r.ok for r in results)\n"
        "print('jsonschema' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "False"


def test_a_broken_file_still_gets_its_message() -> None:
    broken = ROOT / "tests/data/broken/choice-five-options.yaml"
    expected = broken.read_text("utf-8").splitlines()[0].removeprefix("# expect: ")
    result = check_exercise_file(broken, broken.parent / "content")
    assert not result.ok
    assert str(result.problems[0]).endswith(expected)
