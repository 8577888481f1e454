"""Whether an article's text can be analysed at all: not empty, not too long, French.

These checks are cheap (no model), so every path runs them first: `tutor extract` and `tutor
generate` refuse at once, and the library marks such an article unavailable with the reason
instead of offering a generation that would fail after a wait.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.model import Article

MAX_CHARS = 200_000
"""Longer bodies are refused rather than cut: a long feature is ~30,000 characters, and parsing
200,000 takes the model about ten seconds and a few hundred MB; split such a text into articles."""

_FUNCTION_WORDS = """
    le la les de des du un une et est que qui dans pour pas sur au aux il elle ce cette son sa
    ses ont sont par plus avec ne se nous vous leur été être d' l' qu' n' s' c' mais ou où
"""
_FRENCH_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())
_WORD = re.compile(r"[a-zà-öø-ÿœæ]+'?")
MIN_WORDS_TO_JUDGE = 12
"""Fewer words than this say too little about the language to refuse a text."""
MIN_FRENCH_SHARE = 0.1
"""French prose has about a third of function words; English prose has almost none of ours."""


def text_problem(article: Article) -> str | None:
    """Why the article's text cannot be analysed, in one line naming the file; None if it can."""
    body = article.body
    if not body.strip():
        return f"{article.path}: the article has no text"
    if len(body) > MAX_CHARS:
        return (
            f"{article.path}: {len(body):,} characters is too long to analyse "
            f"(limit {MAX_CHARS:,}); split it into several articles"
        )
    words = _WORD.findall(body.lower().replace("’", "'"))
    if not words and any(c.isalpha() for c in body):
        # words, but none in the Latin alphabet (Arabic, Hebrew, Russian…): not "no words"
        return (
            f"{article.path}: the text does not look like French; "
            "tutor makes exercises from French articles only"
        )
    if not words:
        return f"{article.path}: the article has no words to analyse"
    french = sum(1 for w in words if w in _FRENCH_FUNCTION_WORDS)
    if len(words) >= MIN_WORDS_TO_JUDGE and french / len(words) < MIN_FRENCH_SHARE:
        return (
            f"{article.path}: the text does not look like French; "
            "tutor makes exercises from French articles only"
        )
    return None
