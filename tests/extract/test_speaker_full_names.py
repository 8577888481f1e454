"""A body a speech verb names short ("le Conseil") is given the full name the article gives it
before, even when the article gives it once more with a nationality ("Le Conseil
constitutionnel français a implicitement reconnu ..."). Real shipped article, real model."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import extract_facts

pytestmark = pytest.mark.slow

FACIES = Path(__file__).resolve().parents[2] / "content" / "controles-au-facies.txt"


def test_the_council_is_named_in_full_beside_its_longer_form(nlp) -> None:  # type: ignore[no-untyped-def]
    """The faciès lesson's « Qui a dit quoi ? » matched « la recherche des auteurs d'infractions
    … » with 'Le Conseil' (9783ac5: "Conseil constitutionnel" and "Conseil constitutionnel
    français" were two names, so neither was chosen); it was and is 'Le Conseil
    constitutionnel'."""
    facts = extract_facts(load_article(FACIES), nlp)
    speakers = {q.speaker for q in facts.quotes if "infractions" in q.text or "sauraient" in q.text}
    assert speakers == {"le Conseil constitutionnel"}
