"""Properties of the open answer's near misses and copies, over generated words: the longest
copied run is the one a plain search finds, and a keyword phrase with its inner small word
changed is a near miss, never an absence; typed exactly, it is never one."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tutor.model import Keyword, OpenQuestion, Skill
from tutor.scoring import Outcome, Reason, grade
from tutor.scoring_copy import longest_copied_run
from tutor.scoring_small_words import SMALL_WORDS

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TOKENS = st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=25)
CONTENT = st.text(alphabet="bcfghjkmqrtvwxz", min_size=4, max_size=9)
"""Made-up content words: no French word, no small word, no negation among them."""
SMALL = st.sampled_from(sorted(SMALL_WORDS - {"a", "d", "l"}))


def _plain_longest(text: list[str], source: list[str]) -> int:
    return max(
        (
            k
            for i in range(len(text))
            for j in range(len(source))
            for k in range(1, min(len(text) - i, len(source) - j) + 1)
            if text[i : i + k] == source[j : j + k]
        ),
        default=0,
    )


@SETTINGS
@given(TOKENS, TOKENS)
def test_the_longest_copied_run_is_the_plain_search_s(text: list[str], source: list[str]) -> None:
    assert longest_copied_run(text, source) == _plain_longest(text, source)


@SETTINGS
@given(CONTENT, SMALL, CONTENT, SMALL)
def test_an_inner_small_word_changed_is_a_near_miss(
    first: str, small: str, last: str, other: str
) -> None:
    phrase = f"{first} {small} {last}"
    item = OpenQuestion(
        id="x",
        skill=Skill.COMPREHENSION,
        prompt="?",
        evidence="…",
        points=2.0,
        keywords=(Keyword(phrase),),
        min_keywords=1,
        model_answer=f"Il parle de {phrase}.",
    )
    exact = grade(item, f"Il parle de {phrase}.")
    assert (exact.outcome, exact.points) == (Outcome.CORRECT, 2.0)
    assert Reason.KEYWORD_SMALL_WORD not in exact.reason
    left_out = grade(item, f"Il parle de {first} {last}.")
    assert (left_out.outcome, left_out.points) == (Outcome.ALMOST, 1.0)
    if other != small:
        changed = grade(item, f"Il parle de {first} {other} {last}.")
        assert (changed.outcome, changed.points) == (Outcome.ALMOST, 1.0)
