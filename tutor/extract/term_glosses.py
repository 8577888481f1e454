"""Terms the article explains: "la réouverture de lits d'aval, c'est-à-dire de places
d'hospitalisation", "le feu était « fixé », c'est-à-dire qu'il ne progressait plus", "ce qu'on
appelle la saturation visuelle". A journalist explains a word when readers may not know it: the
strongest sign there is that a learner needs it too, and its sentence makes a good item."""

from __future__ import annotations

import re
from bisect import bisect_left

from tutor.extract.candidates import Candidate

GLOSS_BOOST = 1.4
"""What an explained term is worth more: about as much as a term a dictionary lists. On the six
readable key-term corpora (600 gold terms) it gains one ("lit d'aval"); 1.4 to 1.8 do the same."""

_AFTER = re.compile(r"[\s»”\")]*,?\s*\(?(?:c['’]est-à-dire|autrement dit)\b", re.IGNORECASE)
"""An explanation that follows the term: ", c'est-à-dire", "» (c'est-à-dire", ", autrement dit"."""
_BEFORE = re.compile(
    r"\bce\s+(?:qu['’]on|que\s+l['’]on|que\s+les\s+\w+|qu['’]ils|qu['’]elles)\s+"
    r"(?:appelle(?:nt)?|nomme(?:nt)?|désigne(?:nt)?\s+comme)\s+(?:«\s*|“|\")?"
    r"(?:les?\s+|la\s+|l['’]|des?\s+|d['’]|une?\s+)?",
    re.IGNORECASE,
)
"""A name given before the term: "ce qu'on appelle la", "ce que les spécialistes nomment"."""


def explained_ends(body: str) -> list[int]:
    """Where an explanation begins after a term, as the offset the term's span ends at (before
    any closing quotation mark), sorted."""
    ends = []
    for match in re.finditer(r"c['’]est-à-dire|autrement dit", body, re.IGNORECASE):
        window_start = max(0, match.start() - 6)
        lead = _trailing(body, window_start, match.start())
        if lead is not None:
            ends.append(lead)
    return sorted(ends)


def _trailing(body: str, lo: int, cue: int) -> int | None:
    """The end of the word right before the cue, if only punctuation and quotes stand between."""
    end = cue
    while end > lo and body[end - 1] in ' \t\n,(»”"':
        end -= 1
    if end == cue or not body[end - 1 : end].isalnum():
        return None
    return end if _AFTER.match(body, end) else None


def named_starts(body: str) -> list[int]:
    """Where a term named by "ce qu'on appelle …" begins, sorted."""
    return sorted(m.end() for m in _BEFORE.finditer(body))


def explained(cand: Candidate, ends: list[int], starts: list[int]) -> bool:
    """The article explains this term in one of its occurrences: the explanation follows its
    last word, or a naming phrase comes right before its first."""
    for start, end in cand.spans:
        i = bisect_left(ends, end)
        if i < len(ends) and ends[i] == end:
            return True
        j = bisect_left(starts, start)
        if j < len(starts) and starts[j] == start:
            return True
    return False
