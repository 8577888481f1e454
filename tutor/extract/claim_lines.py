"""Who speaks the quotations an article sets out as paragraphs of their own, one after another:
the claims a fact-check weighs.

"« Un million d'apprentis, c'est un million de jeunes qui ont un emploi. »" stands alone, then
"C'est en partie vrai." and an economist's words follow; the next claim, alone again after her
words, is still the minister's, not hers. When an article has several such lines, each with no
speaker of its own, they are one series: whoever says the first says them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.extract.quotes import Found, QuoteFinder
    from tutor.extract.sentences import QuotedSpan

SERIES_LEAST = 3
"""Fewer lone quotations are a speaker's words set apart for effect, not a list of claims."""


def lone_lines(body: str, outer: list[QuotedSpan]) -> list[QuotedSpan]:
    """The quotations that make a whole paragraph (line) each, their closing stop aside."""
    lines = []
    for span in outer:
        start = body.rfind("\n", 0, span.open) + 1
        end = body.find("\n", span.close)
        end = len(body) if end < 0 else end
        before, after = body[start : span.open], body[span.close + 1 : end]
        if not before.strip() and not after.strip(" .…!?\u00a0\u202f"):
            lines.append(span)
    return lines


def series_line_speaker(
    finder: QuoteFinder, span: QuotedSpan, found: list[Found]
) -> tuple[str | None, str] | None:
    """The speaker of the first lone line of a series, for a later line of it; None when the
    quotation is no line of a series or is its first."""
    lines = finder.lone_lines
    if len(lines) < SERIES_LEAST or span not in lines:
        return None
    for earlier in (f.quote for f in found):
        if any(line.start <= earlier.start < line.end for line in lines if line != span):
            return earlier.speaker, earlier.cue
    return None
