"""Sentences of a paragraph by rule, without spaCy: the learner's screens split text at once.

A sentence ends after . ! ? … before a capital, a digit or an opening quote, except:
- after an abbreviation or an initial ("M. Samaras", "J.-C.", "12 sept. 2024", "J. Dupont"),
  where the full stop ends a word, not a sentence;
- inside a quotation: extraction keeps a speaker's several sentences as one piece of evidence
  (« Je suis un homme du peuple. Je viens d'une famille de paysans. »), and a learner asked which
  sentence proves a statement must be able to pick that piece whole.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from tutor.french_calendar import MONTH_ABBREVIATIONS

_CANDIDATE_END = re.compile(r"[.!?…]+(?P<closing>[\s»”\"]*?[»”\"])?\s+(?=[A-ZÀ-ÖØ-Þ«“\"0-9])")
"""A possible sentence end: the punctuation, closing quotes, then the space before the next
sentence's first character."""

_TITLE_WORDS = "M MM Mme Mmes Mlle Mlles Dr Drs Pr Me Mgr St Ste Sts Cie Gal Col Lt"
_TITLES = frozenset(_TITLE_WORDS.split())
"""Abbreviated titles, written with a capital before a name."""
_ABBREVIATION_WORDS = """
    av apr art cf env ex p pp vol chap fig no n° tél hab min max éd coll op cit resp bd boul
    approx réf suiv sq ann vs dép
"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split()) | frozenset(MONTH_ABBREVIATIONS)
"""Abbreviations that a number or a capital often follows ("art. 49.3", "av. J.-C.")."""
_INITIALS = re.compile(r"(?:[A-ZÀ-ÖØ-Þ]\.-?)*[A-ZÀ-ÖØ-Þ]")
"""One or more initials: "J", "J.-C", "J.-M", "A.B"."""
_OPENING = "«“"
_CLOSING = "»”"


def sentence_bounds(
    paragraph: str,
    keep_whole: tuple[int, int] | None = None,
    *,
    also_whole: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """Start and end of each sentence of a paragraph. `keep_whole` is a span (an exercise's
    evidence) that must come out as one sentence, whatever the rules would cut inside it;
    `also_whole` are more such spans (the other sentences a vrai / faux lists as proof)."""
    depth = _quotation_depth(paragraph)
    whole = [span for span in (keep_whole, *also_whole) if span is not None]
    out, begin = [], 0
    for match in _CANDIDATE_END.finditer(paragraph):
        end = (
            match.end("closing")
            if match.group("closing")
            else match.start() + len(match.group(0).split()[0])
        )
        if depth[match.end()] > 0 or _abbreviation_before(paragraph, match):
            continue
        if any(start < end < stop for start, stop in whole):
            continue
        out.append((begin, end))
        begin = match.end()
    out.append((begin, len(paragraph.rstrip())))
    return [(a, b) for a, b in out if paragraph[a:b].strip()]


def split_sentences(
    paragraph: str,
    keep_whole: tuple[int, int] | None = None,
    *,
    also_whole: Sequence[tuple[int, int]] = (),
) -> list[str]:
    """The sentences of a paragraph (see sentence_bounds)."""
    bounds = sentence_bounds(paragraph, keep_whole, also_whole=also_whole)
    return [paragraph[a:b].strip() for a, b in bounds]


def sentence_around(paragraph: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence of `paragraph` that holds [start, end), and the span's offsets inside it."""
    for a, b in sentence_bounds(paragraph):
        if a <= start < b or (start >= a and end <= b):
            return paragraph[a:b], start - a, end - a
    return paragraph, start, end


def excerpt_around(paragraph: str, start: int, end: int, extra: int = 1) -> tuple[str, int, int]:
    """The sentences holding [start, end) with `extra` sentences on each side, "…" marking what
    was left out; and where [start, end) is in the excerpt. Keeps a long paragraph's proof on a
    small screen without losing its context."""
    bounds = sentence_bounds(paragraph, (start, end))
    touching = [i for i, (a, b) in enumerate(bounds) if a < end and b > start]
    if not touching:
        return paragraph, start, end
    first = max(0, touching[0] - extra)
    last = min(len(bounds) - 1, touching[-1] + extra)
    cut_from, cut_to = bounds[first][0], bounds[last][1]
    before = "… " if first > 0 else ""
    after = " …" if last < len(bounds) - 1 else ""
    text = before + paragraph[cut_from:cut_to] + after
    shift = len(before) - cut_from
    return text, start + shift, end + shift


def _abbreviation_before(paragraph: str, match: re.Match[str]) -> bool:
    """Whether the full stop that starts `match` ends an abbreviation or an initial."""
    if paragraph[match.start()] != "." or match.group(0).startswith(".."):
        return False
    before = paragraph[max(0, match.start() - 30) : match.start()].split()
    word = before[-1] if before else ""
    word = re.split(r"['’]", word.lstrip('(«“"'))[-1]  # "l'art." is "art."
    if not word:
        return False
    return (
        word in _TITLES or word.lower() in _ABBREVIATIONS or _INITIALS.fullmatch(word) is not None
    )


def _quotation_depth(paragraph: str) -> list[int]:
    """For each position of the paragraph, how many quotations are open there. A quotation that
    never closes counts for nothing: one stray « must not glue the rest of the paragraph into
    one sentence."""
    opens: list[int] = []
    # each quotation adds one from the position after its opening mark to its closing mark:
    # marked where it starts and after where it ends, then summed along the paragraph (adding
    # one at every position of every quotation was most of the time of `sentence_bounds`)
    changes = [0] * (len(paragraph) + 2)
    straight: int | None = None
    for mark in _QUOTE_MARK.finditer(paragraph):
        i, char = mark.start(), mark.group()
        if char in _OPENING:
            opens.append(i)
        elif char in _CLOSING:
            if opens:
                changes[opens.pop() + 1] += 1
                changes[i + 1] -= 1
        elif straight is None:
            straight = i
        else:
            changes[straight + 1] += 1
            changes[i + 1] -= 1
            straight = None
    return list(itertools.accumulate(changes[:-1]))


_QUOTE_MARK = re.compile(f'[{_OPENING}{_CLOSING}"]')
