"""Dates a sentence gives to something it names rather than to its verb, which no "Quand … ?"
of that verb may ask."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.generate.dated import DatedSentence

_COMPARED = re.compile(
    r"(?<![\w'’])contre\s+\d[\d\s\u00a0\u202f,.]*(?:\s*[^\s,;:]+){0,3}\s+$", re.IGNORECASE
)
_NOUN_COMPLEMENT_AFTER = re.compile(r"^\s*,\s*(?:d['’]|de\s|du\s|des\s)", re.IGNORECASE)
_NOUN_BEFORE = re.compile(
    r"(?:(?<![\w'’])(?:le|la|les|un|une|son|sa|ses|leur|leurs|ce|cette|ces)\s+|(?<![\w'’])l['’])"
    r"[^\W\d]+\s*,\s*$",
    re.IGNORECASE,
)
_AFTER_PHRASE = re.compile(
    r"^(?:après|avant)\s+(?:le|la|l['’]|les|son|sa|ses|leur|leurs|un|une|des)\b", re.IGNORECASE
)


def dates_something_else(dated: DatedSentence) -> bool:
    """A date that belongs to a thing the sentence names, not to its verb: the figure compared
    ("40 litres par an, contre 100 litres en 1980": 1980 is the hundred litres'), the noun it
    interrupts ("a annoncé l'ouverture, le 1er décembre, d'un guichet": the opening, not the
    announcement), the "après/avant le …" phrase it closes ("perd sa troisième étoile, après
    le départ de son chef, Marc Aubry, en septembre": the chef left in September). Review 17
    asked "Quand … ?" of the main verb for each."""
    before = dated.sentence[: dated.phrase_start]
    if _COMPARED.search(before):
        return True
    after = dated.sentence[dated.end :]
    if _NOUN_BEFORE.search(before) and _NOUN_COMPLEMENT_AFTER.match(after):
        return True  # not "prévoit d'y produire, à partir de 2027, du carton": a verb's object
    if after.strip(" .…") or not before.rstrip().endswith(","):
        return False
    chunks = [c.strip() for c in before.rstrip().rstrip(",").split(",")]
    return any(_AFTER_PHRASE.match(c) for c in chunks[1:][-2:])  # not the main clause
