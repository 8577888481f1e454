"""The pairs to fix are listed with French spacing: a no-break space before each ";", as
before each ":". Before, a learner who swapped the two PSA speakers read "… : Arnaud
Montebourg; « nous avons une sécurité financière impo… » : Philippe Varin." (the screen adds
no space a text lacks), now "… Arnaud Montebourg ; « nous … »"."""

from __future__ import annotations

from frozen_lessons import frozen_lesson

from tutor.model import SpeakerMatch, TermMatch
from tutor.scoring import Outcome, grade

NBSP = "\u00a0"


def test_the_pairs_to_fix_are_separated_the_french_way() -> None:
    lesson = frozen_lesson("psa-suppressions-emplois")
    item = lesson.item("speakers-arnaud-montebourg-philippe-varin")
    assert isinstance(item, SpeakerMatch)
    first, second = item.pairs[:2]
    verdict = grade(item, {first.quote: second.speaker, second.quote: first.speaker})
    assert verdict.outcome is Outcome.INCORRECT
    assert f"{first.speaker}{NBSP}; " in verdict.explanation
    assert "; " not in verdict.explanation.replace(f"{NBSP}; ", "")
    assert f"{NBSP}; " in verdict.expected


def test_a_term_item_lists_its_fixes_the_same_way() -> None:
    lesson = frozen_lesson("rio-paris-rapport-bea")
    item = next(i for i in lesson.items if isinstance(i, TermMatch) and len(i.pairs) >= 2)
    verdict = grade(item, {})
    assert verdict.explanation.count(f"{NBSP}; ") == len(item.pairs) - 1
