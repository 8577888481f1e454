"""A who-said-what pair may be reported speech (`reported: true`): files without the field keep
loading as before, and the correction does not put the article's words in « »."""

from __future__ import annotations

import jsonschema
import pytest

from tutor.exercise_io import exercise_schema, item_from_dict
from tutor.model import QuotePair, Skill, SpeakerMatch
from tutor.scoring import Outcome, grade

REPORTED = "que la Corée du Nord aurait fourni des munitions à la Russie"


def _raw(**pair_fields: object) -> dict[str, object]:
    return {
        "id": "qui-a-dit",
        "type": "speakers",
        "skill": "speakers",
        "prompt": "Qui a dit quoi ?",
        "evidence": "…",
        "feedback": "…",
        "pairs": [
            {"quote": "soutien indéfectible", "speaker": "Vladimir Poutine"},
            {"quote": REPORTED, "speaker": "Le ministre sud-coréen de la Défense", **pair_fields},
        ],
    }


def _schema_errors(item: dict[str, object]) -> list[str]:
    schema = exercise_schema()
    validator = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/item"})
    return [e.message for e in validator.iter_errors(item)]


def test_a_pair_without_the_field_is_a_quotation_as_before() -> None:
    item = item_from_dict(_raw())
    assert isinstance(item, SpeakerMatch)
    assert [p.reported for p in item.pairs] == [False, False]
    assert not _schema_errors(_raw())


def test_a_reported_pair_loads_and_validates() -> None:
    item = item_from_dict(_raw(reported=True))
    assert isinstance(item, SpeakerMatch)
    assert item.pairs[1] == QuotePair(REPORTED, "Le ministre sud-coréen de la Défense", True)
    assert not _schema_errors(_raw(reported=True))


@pytest.mark.parametrize("value", ["oui", 1, None])
def test_reported_takes_true_or_false_only(value: object) -> None:
    assert _schema_errors(_raw(reported=value))


def test_the_correction_quotes_only_what_was_said() -> None:
    item = SpeakerMatch(
        id="s",
        skill=Skill.SPEAKERS,
        prompt="Qui a dit quoi ?",
        evidence="…",
        pairs=(
            QuotePair("soutien indéfectible", "Vladimir Poutine"),
            QuotePair(REPORTED, "Le ministre sud-coréen de la Défense", reported=True),
        ),
    )
    wrong = {
        "soutien indéfectible": "Le ministre sud-coréen de la Défense",
        REPORTED: "Vladimir Poutine",
    }
    verdict = grade(item, wrong)
    assert verdict.outcome is Outcome.INCORRECT
    explanation = verdict.explanation.replace("\u00a0", " ")
    assert "« soutien indéfectible » : Vladimir Poutine" in explanation
    assert "; que la Corée du Nord aurait fourni des… : Le ministre" in explanation
    assert "« que" not in explanation
