"""Every exercise file shipped in exercises/ is valid, so a teacher's mistake fails CI with its
file and line; and the seed lesson stays the complete reference example it is meant to be."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tutor.exercise_io import check_exercise_file, exercise_files
from tutor.exercise_writer import SCHEMA_COMMENT
from tutor.model import Cloze, Skill, TrueFalse, Truth
from tutor.yaml_source import parse_yaml

REPO = Path(__file__).resolve().parents[1]
CONTENT = REPO / "content"
EXERCISES = REPO / "exercises"
SEED = EXERCISES / "poutine-coree-du-nord.yaml"


@pytest.mark.parametrize("path", exercise_files(EXERCISES), ids=lambda p: p.name)
def test_shipped_exercise_file_is_valid(path: Path) -> None:
    result = check_exercise_file(path, CONTENT)
    problems = "\n".join(str(p) for p in result.problems)
    assert result.ok, f"\n{problems}"
    assert not result.problems, f"\n{problems}"


@pytest.fixture(scope="module")
def seed():
    result = check_exercise_file(SEED, CONTENT)
    assert result.ok and result.exercise_set is not None
    return result.exercise_set


def test_seed_has_every_item_type_at_least_twice(seed) -> None:
    kinds = Counter(item.kind for item in seed.items)
    assert set(kinds) == {
        "choice",
        "true_false",
        "speakers",
        "chronology",
        "date",
        "cloze",
        "terms",
        "open",
    }
    assert min(kinds.values()) >= 2
    assert 18 <= len(seed.items) <= 26


def test_seed_shows_every_variant_of_the_format(seed) -> None:
    true_false = [i for i in seed.items if isinstance(i, TrueFalse)]
    assert any(i.justify for i in true_false)
    assert {i.answer for i in true_false} == set(Truth)
    clozes = [i for i in seed.items if isinstance(i, Cloze)]
    assert any(i.bank for i in clozes) and any(not i.bank for i in clozes)
    assert {i.skill for i in seed.items} == set(Skill)
    assert all(i.feedback for i in seed.items)
    assert sum(1 for i in seed.items if i.hint) > len(seed.items) / 2
    assert all(i.hint_cost <= i.points for i in seed.items)


def test_seed_file_declares_its_schema_and_defaults() -> None:
    text = SEED.read_text("utf-8")
    assert text.startswith(SCHEMA_COMMENT + "\n")
    schema = (SEED.parent / SCHEMA_COMMENT.split("$schema=")[1]).resolve()
    assert schema == REPO / "tutor" / "schema" / "exercise.schema.json"
    data = parse_yaml(text).data
    assert data["defaults"] == {"accents": "warn", "typos": True, "points": 1}
    overrides = {key for item in data["items"] for key in ("accents", "typos") if key in item}
    assert overrides == {"accents", "typos"}


def test_seed_dates_are_iso_with_alternatives(seed) -> None:
    dates = [i for i in seed.items if i.kind == "date"]
    assert all(i.value and i.accept for i in dates)


@pytest.mark.parametrize("path", exercise_files(EXERCISES), ids=lambda p: p.name)
def test_shipped_file_points_its_editor_to_the_shipped_schema(path: Path) -> None:
    """A lesson regenerated from another checkout once named that checkout's schema
    ("../../../tmp/…/exercise.schema.json"): a teacher's editor would check nothing."""
    assert path.read_text("utf-8").startswith(SCHEMA_COMMENT + "\n"), path.name
