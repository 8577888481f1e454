"""The report of a death: "Elle s'est éteinte « paisiblement, entourée des siens »".

The quoted words in it are those of whoever announced the death (the family, an agent, the
source named around it), never the dead person's, though the dead person is the subject of
the verb before them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.facts import Quote
    from tutor.nlp import Token

_DYING = frozenset({"mourir", "décéder", "succomber"})
_REFLEXIVE = frozenset({"se", "s'", "s’"})


def reports_death(verb: Token) -> bool:
    """ "est morte", "est décédé", "a succombé", "s'est éteinte", or their auxiliary."""
    if verb.pos_ == "AUX" and verb.head.i > verb.i:
        verb = verb.head
    if verb.lemma_ in _DYING or verb.lower_.startswith(("mort", "décéd")):
        return True
    reflexive = any(c.lower_ in _REFLEXIVE for c in verb.children)
    return verb.lemma_ == "éteindre" and reflexive


def announcer(quotes: Sequence[tuple[int, Quote]], sentence: int) -> Quote | None:
    """The quotation that announced the death, among those found so far (each with the number
    of its sentence): the last of this sentence or the one before ("est morte samedi, a
    annoncé sa fille, Hélène. Elle s'est éteinte « ... »": Hélène's)."""
    near = [quote for number, quote in quotes if sentence - 1 <= number <= sentence]
    return near[-1] if near else None
