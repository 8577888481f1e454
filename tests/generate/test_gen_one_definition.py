"""A lesson shows a definition once: the earthquake lesson had the bank clozes « secouristes »
and « sauveteurs », one after the other, with the same hint ("Une personne qui aide les gens en
danger …", the glossary gives both words one definition). A learner reads the same clue for two
answers and learns one word, not two. Before the fix of session 13's repeated words, 64 such
pairs were in the 54 lessons of content/, review_* and unseen2; 1 was left."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from gold_facts import ROOT, generated_lessons

pytestmark = pytest.mark.slow


def _definitions(lesson: dict[str, object]) -> Counter[str]:
    shown: Counter[str] = Counter()
    for item in lesson["items"]:  # type: ignore[attr-defined]
        if item["skill"] != "vocabulary":
            continue
        if item["type"] == "terms":
            shown.update(p["definition"].rstrip(".").lower() for p in item["pairs"])
        elif item["type"] == "cloze" and item.get("hint"):
            hint = re.sub(r"\s*\(verbe à conjuguer.*\)$", "", str(item["hint"])).rstrip(".").lower()
            if not hint.startswith("le mot commence"):  # a spelling hint, no definition
                shown[hint] += 1
    return shown


@pytest.mark.parametrize("folder", ["content", "tests/generate/data/review_7"])
def test_no_definition_is_shown_for_two_words_of_a_lesson(folder: str) -> None:
    lessons = generated_lessons(ROOT / folder, seed=0)
    twice = {
        (article.path.name, text): n
        for article, _, lesson in lessons
        for text, n in _definitions(lesson).items()
        if n > 1
    }
    assert len(lessons) >= 8 and not twice, twice
