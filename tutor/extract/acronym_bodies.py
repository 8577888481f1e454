"""One body named in full and by its initials is one speaker: "la Française des jeux (FDJ) a
annoncé …" then "Selon la FDJ, …".

The article gives the initials once, in brackets after the full name; after that it uses either.
Two speakers for one body would make a learner choose between a body and itself.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.facts import Quote

_ARTICLE = re.compile(r"^(?:les?|la|l['’])\s*", re.IGNORECASE)


def _bare(name: str) -> str:
    return _ARTICLE.sub("", name).strip()


def acronym_speakers(quotes: list[Quote], people: set[str], body: str) -> list[Quote]:
    """The quotations with a body's full name replaced by the initials the article gives it in
    brackets, when the initials also speak."""
    groups = {q.speaker for q in quotes if q.speaker not in people}
    # "FDJ", "Insee", "Urssaf": one word, as the brackets after the full name give it
    initials = {_bare(g): g for g in groups if _bare(g).isalpha() and _bare(g)[:1].isupper()}
    rename = {}
    for name in groups - set(initials.values()):
        full = _bare(name)
        for letters, speaker in initials.items():
            if full and re.search(rf"{re.escape(full)}\s*\({letters}\)", body):
                rename[name] = speaker
    return [replace(q, speaker=rename.get(q.speaker, q.speaker)) for q in quotes]
