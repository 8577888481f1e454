"""An epithet's age is no complement that could name someone else.

"la meneuse de 24 ans", "le Breton de 78 ans", "un père de famille de 41 ans": news copy puts the
age after the noun that stands for someone already named; "de 24 ans" does not make the noun a
new person the way "le maire de Lyon" might be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.nlp import Doc

_YEARS = frozenset({"an", "ans"})


def before_age(doc: Doc, first: int, last: int) -> int:
    """The last token of the noun phrase first..last without a closing "de NUM ans"; `last`
    itself when it has none."""
    if last - first < 3 or doc[last].lower_ not in _YEARS:
        return last
    number, of = doc[last - 1], doc[last - 2]
    if of.lower_ in ("de", "d'", "d’") and (number.like_num or number.pos_ == "NUM"):
        return last - 3
    return last
