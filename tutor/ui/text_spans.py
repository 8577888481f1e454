"""Finding sentences and terms inside article text, tolerant of typography, with exact offsets.

Exercise files quote the article with straight or curly quotes and varying spaces; the reader
and the feedback screen still need the exact characters of the original to highlight them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from tutor.plain_sentences import split_sentences

_TYPOGRAPHY = str.maketrans(
    {"’": "'", "‘": "'", "«": '"', "»": '"', "“": '"', "”": '"', "\u00a0": " ", "\u202f": " "}
)
_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class TermSpan:
    """One occurrence of a key term in a paragraph; `term` is the term as listed, not as written."""

    paragraph: int
    start: int
    end: int
    term: str


def paragraphs(body: str) -> list[str]:
    """The paragraphs of an article body: its non-blank lines."""
    return [line.strip() for line in body.split("\n") if line.strip()]


def _normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Casefolded text with typography unified and spaces collapsed, and for each of its
    characters the index of the original character it comes from."""
    out: list[str] = []
    where: list[int] = []
    text = unicodedata.normalize("NFC", text)
    for index, char in enumerate(text):
        char = char.translate(_TYPOGRAPHY)
        if char.isspace():
            if out and out[-1] == " ":
                continue
            char = " "
        for folded in char.casefold():
            out.append(folded)
            where.append(index)
    return "".join(out), where


def _normalise(text: str) -> str:
    return _normalise_with_map(text)[0].strip()


def find_sentence(text: str, sentence: str) -> tuple[int, int] | None:
    """Start and end offsets of `sentence` in `text`, or None when it is not there."""
    needle = _normalise(sentence)
    if not needle:
        return None
    haystack, where = _normalise_with_map(text)
    found = haystack.find(needle)
    if found < 0:
        return None
    return where[found], where[found + len(needle) - 1] + 1


@dataclass(frozen=True)
class EvidenceContext:
    """The paragraph that holds an evidence sentence, and where the sentence is in it."""

    paragraph: str
    span: tuple[int, int] | None


def evidence_context(body: str, sentence: str) -> EvidenceContext | None:
    """The paragraph of the article where the evidence sentence is, or None when no paragraph
    holds it (a sentence edited after the file was written)."""
    for paragraph in paragraphs(body):
        span = find_sentence(paragraph, sentence)
        if span is not None:
            return EvidenceContext(paragraph, span)
    return None


def sentence_holding(body: str, words: str) -> str | None:
    """The first sentence of the article that holds `words` (a quotation), or None."""
    for paragraph in paragraphs(body):
        if find_sentence(paragraph, words) is None:
            continue
        for sentence in split_sentences(paragraph):
            if find_sentence(sentence, words) is not None:
                return sentence
    return None


def _is_word_boundary(text: str, index: int) -> bool:
    return index < 0 or index >= len(text) or not _WORD_CHAR.match(text[index])


def find_terms(texts: list[str], terms: list[str]) -> list[TermSpan]:
    """Every whole-word occurrence of the terms in the paragraphs, in reading order.

    Longer terms win where they overlap ("sanctions internationales" over "sanctions"), and case
    and typography are ignored.
    """
    by_length = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
    found: list[TermSpan] = []
    for number, text in enumerate(texts):
        haystack, where = _normalise_with_map(text)
        taken: list[tuple[int, int]] = []
        for term in by_length:
            needle = _normalise(term)
            start = haystack.find(needle)
            while start >= 0:
                first, last = where[start], where[start + len(needle) - 1] + 1
                free = all(last <= a or first >= b for a, b in taken)
                bounded = _is_word_boundary(text, first - 1) and _is_word_boundary(text, last)
                if free and bounded:
                    taken.append((first, last))
                    found.append(TermSpan(number, first, last, term))
                start = haystack.find(needle, start + 1)
    return sorted(found, key=lambda s: (s.paragraph, s.start))
