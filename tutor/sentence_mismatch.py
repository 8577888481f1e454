"""Where a sentence a teacher copied from an article stops matching it, told in the teacher's
own words: the place to look at in a long evidence sentence."""

from __future__ import annotations

from collections.abc import Callable

MIN_MATCH = 12
"""Fewer matching characters say nothing about where a copy went wrong."""


def _matched_prefix(needle: str, haystack: str) -> int:
    """Length of the longest start of `needle` found in `haystack` (found starts only grow)."""
    low, high = 0, len(needle)
    while low < high:
        mid = (low + high + 1) // 2
        if needle[:mid] in haystack:
            low = mid
        else:
            high = mid - 1
    return low


def _matched_suffix(needle: str, haystack: str) -> int:
    """Length of the longest end of `needle` found in `haystack`."""
    low, high = 0, len(needle)
    while low < high:
        mid = (low + high + 1) // 2
        if needle[len(needle) - mid :] in haystack:
            low = mid
        else:
            high = mid - 1
    return low


def _original_end(text: str, norm: Callable[[str], str], length: int) -> int:
    """The end, in `text`, of its start that normalises to `length` characters."""
    low, high = 0, len(text)
    while low < high:
        mid = (low + high) // 2
        if len(norm(text[:mid])) >= length:
            high = mid
        else:
            low = mid + 1
    return low


def _original_start(text: str, norm: Callable[[str], str], length: int) -> int:
    """The start, in `text`, of its end that normalises to `length` characters."""
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if len(norm(text[mid:])) >= length:
            low = mid
        else:
            high = mid - 1
    return low


def missing_sentence(sentence: str, body: str, norm: Callable[[str], str]) -> str:
    """What is wrong with a sentence said to be the article's (`body` normalised by `norm`),
    or "" when the article has it."""
    evidence = norm(sentence)
    if evidence in body:
        return ""
    text = " ".join(sentence.split())  # quote the teacher's own text, not its normalised form
    matched = _matched_prefix(evidence, body)
    if matched >= MIN_MATCH:
        # report from the start of the word that differs
        end = _original_end(text, norm, matched)
        end = max(text.rfind(" ", 0, end), 0) if end < len(text) else end
        start = text.rfind(" ", 0, max(end - 25, 0)) + 1
        cut = "..." if start > 0 else ""
        return (
            f"this sentence is not in the article: it matches up to '{cut}{text[start:end]}', "
            f"then differs at '{text[end:].strip()[:20]}...'; copy it exactly from the text"
        )
    matched = _matched_suffix(evidence, body)
    if matched >= MIN_MATCH:
        # a typo in the first words, or a sentence too many before: the rest is the article's;
        # the word the match starts inside is part of what differs
        start = _original_start(text, norm, matched)
        if start < len(text) and not text[start].isspace():
            after = text.find(" ", start)
            start = after if after != -1 else len(text)
        differs, rest = text[:start].strip(), text[start:].strip()
        shown = differs if len(differs) <= 40 else "..." + differs[-37:]
        following = rest if len(rest) <= 25 else rest[: rest.rfind(" ", 0, 25)] + "..."
        return (
            f"this sentence is not in the article: it differs at its start, '{shown}', then "
            f"matches from '{following}'; copy it exactly from the text"
        )
    return "this sentence is not in the article; copy it exactly from the text"
