"""A typed cloze says how many words its gap hides: "Complétez la phrase avec le mot du texte"
over « gouvernement de coalition » made a learner type "gouvernement" (walk in tmux, session
13). Checked over the shipped articles' lessons."""

from __future__ import annotations

import pytest
from gold_facts import ROOT, generated_lessons

pytestmark = pytest.mark.slow


def test_every_typed_cloze_prompt_counts_the_words_of_its_answer() -> None:
    typed = [
        item
        for _, _, lesson in generated_lessons(ROOT / "content", seed=0)
        for item in lesson["items"]
        if item["type"] == "cloze" and not item.get("bank")
    ]
    several = [i for i in typed if len(str(i["answer"]).split()) > 1]
    assert len(typed) >= 10 and len(several) >= 3, (len(typed), len(several))
    for item in typed:
        count = len(str(item["answer"]).split())
        if count == 1:
            assert item["prompt"] == "Complétez la phrase avec le mot du texte.", item
        else:
            assert item["prompt"] == (
                f"Complétez la phrase avec l'expression du texte ({count} mots)."
            ), item
