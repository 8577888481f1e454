"""The pairs to fix are listed with French spacing: a no-break space before each ";", as
before each ":". Before, a learner who swapped the two PSA speakers read "… : Arnaud
Montebourg; « nous avons une sécurité financière impo… » : Philippe Varin." (the screen adds
no space a text lacks), now "… Arnaud Montebourg ; « nous … »"."""

from __future__ import annotations

from pathlib import Path

from tutor.exercise_io import load_exercise_set
from tutor.model import SpeakerMatch, TermMatch
from tutor.scoring import Outcome, grade

ROOT = Path(__file__).resolve().parent.parent
NBSP = "\u00a0"


def test_the_pairs_to_fix_are_separated_the_french_way() -> None:
    lesson = load_exercise_set(ROOT / "exercises/psa-suppressions-emplois.yaml", ROOT / "content")
    item = lesson.item("speakers-arnaud-montebourg-philippe-varin")
    assert isinstance(item, SpeakerMatch)
    first, second = item.pairs[:2]
    verdict = grade(item, {first.quote: second.speaker, second.quote: first.speaker})
    assert verdict.outcome is Outcome.INCORRECT
    assert f"{first.speaker}{NBSP}; " in verdict.explanation
    assert "; " not in verdict.explanation.replace(f"{NBSP}; ", "")
    assert f"{NBSP}; " in verdict.expected


def test_a_term_item_lists_its_fixes_the_same_way() -> None:
    lesson = load_exercise_set(ROOT / "exercises/rio-paris-rapport-bea.yaml", ROOT / "content")
    item = next(i for i in lesson.items if isinstance(i, TermMatch) and len(i.pairs) >= 2)
    verdict = grade(item, {})
    assert verdict.explanation.count(f"{NBSP}; ") == len(item.pairs) - 1
