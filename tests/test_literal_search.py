"""tutor.literal_search finds exactly what the regular expressions it replaces find."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from tutor.exercise_rules import _gap_filled
from tutor.extract.people import _whole_words
from tutor.generate.banks import asked_before
from tutor.literal_search import (
    find_between,
    find_word,
    is_hyphen,
    is_word_char,
    is_word_or_hyphen,
)

# the characters where the boundaries differ: letters, accents, digits, underscore, hyphen,
# apostrophes, spaces of several kinds, punctuation
TRICKY = "ab1_-'’ \u00a0\n,.«»ÉéAM"
texts = st.text(alphabet=TRICKY, max_size=14)
needles = st.text(alphabet=TRICKY, max_size=3)


def _first(pattern: str, text: str, start: int) -> int:
    found = re.compile(pattern).search(text, start)
    return found.start() if found else -1


def test_word_characters_are_those_of_backslash_w_and_spaces_those_of_backslash_s() -> None:
    word, space = re.compile(r"\w"), re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code < 0xE000:
            continue
        char = chr(code)
        assert is_word_char(char) == bool(word.match(char)), hex(code)
        assert char.isspace() == bool(space.match(char)), hex(code)


@settings(max_examples=400)
@given(texts, needles, st.integers(0, 14))
def test_find_between_and_find_word_match_the_patterns(text: str, needle: str, start: int) -> None:
    start = min(start, len(text))
    escaped = re.escape(needle)
    assert find_between(text, needle, start) == _first(rf"(?<!\w){escaped}(?!\w)", text, start)
    assert find_between(text, needle, start, not_after=is_hyphen) == _first(
        rf"(?<!\w){escaped}(?!-)", text, start
    )
    assert find_between(
        text, needle, start, not_before=is_word_or_hyphen, not_after=is_word_or_hyphen
    ) == _first(rf"(?<![\w-]){escaped}(?![\w-])", text, start)
    assert find_word(text, needle, start) == _first(rf"\b{escaped}\b", text, start)


@settings(max_examples=400)
@given(texts, st.text(alphabet=TRICKY, min_size=1, max_size=3), st.booleans())
def test_bare_surnames_are_found_where_the_pattern_finds_them(
    body: str, form: str, alone: bool
) -> None:
    pattern = re.compile(re.escape(form) + r"(?![\w-])" + (r"(?!\s+[A-ZÀ-Ý])" if alone else ""))
    expected, pos = [], 0
    while (found := pattern.search(body, pos)) is not None:
        if re.compile(r"(?<![\w-])").match(body, found.start()) is None:
            pos = found.start() + 1
            continue
        pos = found.end()
        expected.append((found.start(), found.end()))
    assert list(_whole_words(body, form, alone)) == expected


@settings(max_examples=400)
@given(texts, needles, needles, needles)
def test_a_filled_gap_is_found_as_the_pattern_finds_it(
    body: str, before: str, word: str, after: str
) -> None:
    pattern = rf"{re.escape(before)}\s*{re.escape(word)}\s*{re.escape(after)}"
    assert _gap_filled(body, before, word, after) == (re.search(pattern, body) is not None)


@settings(max_examples=400)
@given(needles, st.sets(needles, max_size=3))
def test_a_word_asked_before_is_found_as_the_patterns_find_it(term: str, asked: set[str]) -> None:
    def whole(word: str, text: str) -> bool:
        return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None

    expected = any(
        word and (word == term or whole(word, term) or whole(term, word)) for word in asked
    )
    assert asked_before(term, asked) == expected
