"""Which texts no lesson can come from, said before the model loads, in words that fit."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.article_checks import text_problem
from tutor.content import parse_article


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (
            "عنوان\nقال الرئيس « مرحبا » يوم الاثنين. هذا نص باللغة العربية.",
            "does not look like French",
        ),
        ("שלום עולם. זהו מאמר בעברית על העיר.", "does not look like French"),
        ("« » « » « » — … !", "no words to analyse"),
        ("12 345 678 — 2026 / 2027", "no words to analyse"),
        ("Le maire a présenté le budget de la ville mardi soir.", None),
    ],
    ids=["arabic", "hebrew", "only-quotes", "only-numbers", "french"],
)
def test_a_text_without_french_words_is_named_for_what_it_is(
    body: str, problem: str | None
) -> None:
    """Arabic or Hebrew text was 'the article has no words to analyse'."""
    article = parse_article(f"Titre\n\n{body}\n", Path("content/a.txt"))
    found = text_problem(article)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found and found.startswith("content/a.txt: ")
