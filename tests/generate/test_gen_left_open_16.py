"""Generation faults left open at the end of session 15, each checked on the lesson of the
review article where it was found (tests/generate/data/review_12 and review_13)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.generate import generate_document

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"


@cache
def _items(review: str, stem: str) -> tuple[dict[str, Any], ...]:
    folder = DATA / review
    article = load_article(folder / f"{stem}.txt")
    (facts,) = extract_many([article])
    return tuple(generate_document(article, facts, seed=0, content_dir=folder)["items"])


def test_a_verbless_sentence_s_gap_refuses_words_of_the_answer_s_field() -> None:
    """Enquête Ehpad: "Des lettres aux directeurs, des ___ à l'agence régionale de santé (ARS),
    des messages …" offered "alertes" beside "plaintes" (0.54 apart, below the near-synonym
    bar): with no verb to choose, "des alertes à l'agence" fits as well."""
    banks = [
        item["bank"]
        for item in _items("review_12", "enquete-ehpad-groupe-solvea")
        if "bank" in item and "à l'agence régionale" in str(item["text"])
    ]
    assert not [bank for bank in banks if "alertes" in bank], banks
