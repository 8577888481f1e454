"""Whom "le premier", "la seconde" mean after two people were named together ("Léa Martin et
Paul Girard ont publié ... « ... », reconnaît la première. Le second juge que ...")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.extract.speakers import SpeakerResolver
    from tutor.nlp import Token

_ORDINALS = {
    "premier": 0,
    "première": 0,
    "second": 1,
    "seconde": 1,
    "deuxième": 1,
}
_REACH = 400
"""How far back (in characters) the pair may have been named."""
_AND = re.compile(r"^\s*(?:,\s*)?et\s+$")


def pair_member(resolver: SpeakerResolver, tokens: Sequence[Token]) -> str | None:
    """The first or second of the last two people named side by side ("X et Y") before
    `tokens`, when they are exactly "le premier", "la seconde"...; else None."""
    if len(tokens) != 2 or tokens[0].lower_ not in ("le", "la"):
        return None
    rank = _ORDINALS.get(tokens[1].lower_)
    if rank is None:
        return None
    at = tokens[0].idx
    mentions = [
        m
        for m in resolver.people.mentions_in(max(0, at - _REACH), at)
        if not resolver.in_quote(m.start)
    ]
    for first, second in reversed(list(itertools.pairwise(mentions))):
        if _AND.match(resolver.body[first.end : second.start]):
            return resolver.people.name_of((first, second)[rank])
    return None
