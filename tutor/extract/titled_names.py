"""A surname several people of the article share, read with the title before it: "a reconnu
Mgr Delpeyrat" is the bishop introduced as "Mgr Laurent Delpeyrat", not his brother named last;
"Me Durand" the lawyer, "le Dr Martin" the doctor, "Mme Roux" the woman."""

from __future__ import annotations

import re
from collections.abc import Sequence

TITLES = frozenset({"M.", "Mme", "Mlle", "Me", "Mgr", "Dr", "Pr"})
_LAST_WORD = re.compile(r"(\S+)\s+$")


def title_before(body: str, at: int) -> str | None:
    """The title written right before offset `at` ("Mgr ", "la Pr "), if any."""
    m = _LAST_WORD.search(body, max(0, at - 8), at)
    return m.group(1) if m and m.group(1) in TITLES else None


def same_title(
    body: str, at: int, candidates: Sequence[int], earlier: Sequence[tuple[int, int]]
) -> list[int]:
    """Of the people a surname may be (`candidates`), those the article named with the title
    this mention carries; all of them when it carries none or no one was so named. `earlier`
    lists (offset, person) of the mentions found so far."""
    title = title_before(body, at)
    if title is None:
        return list(candidates)
    titled = [
        c
        for c in candidates
        if any(p == c and s < at and title_before(body, s) == title for s, p in earlier)
    ]
    return titled or list(candidates)
