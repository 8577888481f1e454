"""A number question never asks for a number another item of the lesson has just shown in the
same sentence: after « Cet accident a fait 228 morts le 1er juin 2007 » (vrai ou faux ?),
"avait fait ___ morts" is no question."""

from __future__ import annotations

import re

import pytest
from gold_facts import CONTENT, gold_article

from tutor.generate import generate_document


@pytest.mark.parametrize(
    "name", ["rio-paris-rapport-bea", "pologne-troupes-americaines", "psa-suppressions-emplois"]
)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_no_number_item_asks_what_another_item_shows(name: str, seed: int) -> None:
    article, facts = gold_article(name)
    items = generate_document(article, facts, seed=seed, content_dir=CONTENT)["items"]
    numbers = [i for i in items if str(i["id"]).startswith("nombre")]
    for number in numbers:
        answer = re.escape(str(number["answer"]))
        for other in items:
            if other is number or other.get("evidence") != number["evidence"]:
                continue
            shown = " ".join(str(other.get(k, "")) for k in ("prompt", "statement", "text"))
            assert not re.search(rf"(?<![\d\w]){answer}(?![\d\w])", shown), (number, other)
