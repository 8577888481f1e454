"""Who speaks the quotations an article sets out as paragraphs of their own, one after another:
the claims a fact-check weighs, and the letters of a readers' page signed on the line below.

"« Un million d'apprentis, c'est un million de jeunes qui ont un emploi. »" stands alone, then
"C'est en partie vrai." and an economist's words follow; the next claim, alone again after her
words, is still the minister's, not hers. When an article has several such lines, each with no
speaker of its own, they are one series: whoever says the first says them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.given_names import given_names
from tutor.normalize import strip_accents

if TYPE_CHECKING:
    from tutor.extract.quotes import Found, QuoteFinder
    from tutor.extract.sentences import QuotedSpan

SERIES_LEAST = 3
"""Fewer lone quotations are a speaker's words set apart for effect, not a list of claims."""

SIGNATURE_WORDS = 12
"""A signature line is short: a name, an age, a trade, a town ("Gérard M., commerçant, Angers.")."""


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


def _signature(line: str) -> str | None:
    """The name a signature line opens with ("Élise" of "Élise, 34 ans, infirmière, Angers.",
    "Gérard M." of "Gérard M., commerçant, Angers."): a given name of our list, then capitalised
    words or initials only, up to the first comma. A sentence ("Sandrine Roux a répondu.") is no
    signature."""
    if not line or "«" in line or len(line.split()) > SIGNATURE_WORDS:
        return None
    name = line.split(",", 1)[0].strip()
    name = name[:-1] if name.endswith(".") and len(name.split()[-1]) > 2 else name
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    return name if strip_accents(words[0].casefold()) in given_names() else None


def signed_line_speaker(finder: QuoteFinder, span: QuotedSpan) -> tuple[str | None, str] | None:
    """Who signs a quotation that makes a line of its own, on the line right below it: a
    readers' letter. None when the quotation is no lone line or the next line signs nothing; a
    series of such lines is then each its signer's, not the first one's."""
    if span not in finder.lone_lines:
        return None
    end = finder.body.find("\n", span.close)
    if end < 0:
        return None
    start = len(finder.body) - len(finder.body[end:].lstrip())
    line = finder.body[start:].split("\n", 1)[0].strip()
    name = _signature(line)
    if name is None:
        return None
    mention = finder.people.mention_in(start, start + len(name))
    return (finder.people.name_of(mention) if mention is not None else name), ""
