"""Which other speakers a false "X dit : « … »" may name: one whose gender and number agree
with what the words say of their speaker ("je suis ravie" is no man's words)."""

from __future__ import annotations

import re

from tutor.generate import french
from tutor.generate.context import Context, first_name_gender

_BE = (
    r"(?:suis|étais|serai|serais|sommes|étions|serons|serions|me sens|me sentais|nous sentons|"
    r"reste|restons|suis restée?|me suis|nous sommes|devenue?s?)"
)
_ADVERBS = (
    r"(?:\s+(?:très|si|tellement|vraiment|bien|pas|juste|assez|trop|plus|tous|toutes|tout|"
    r"toute|encore|aussi|déjà|simplement|particulièrement))*"
)
_NEGATION = r"(?:ne\s+|n['’])?"
_SELF = re.compile(
    rf"(?<![\w'’-])(?:je|j['’]|nous)\s*{_NEGATION}{_BE}{_ADVERBS}\s+[^\W\d_]{{3,}}",
    re.IGNORECASE,
)
"""A speaker saying what they are ("je suis ravie", "nous sommes déçus", "je me suis sentie
trahie"): the word after agrees with the speaker."""
_THIRD = re.compile(
    rf"(?<![\w'’-])(?:il|elle|ils|elles)\s+{_NEGATION}(?:est|était|sera|serait|sont|étaient|"
    rf"seront|se dit|se disait|se sent|se sentait|reste|restait|a été|avait été){_ADVERBS}"
    r"\s+[^\W\d_]{3,}",
    re.IGNORECASE,
)
"""The same in reported words: "Selon X, elle est ravie …"."""


def speaker_gender(ctx: Context, who: str) -> str | None:
    """ "f" or "m" when the article tells: a person by first name or role ("Beata Szydło", "la
    présidente du club"), a label by its article ("la ministre", "le capitaine")."""
    folded = french.fold(who)
    if folded in ctx.feminine_names:
        return "f"
    if folded in ctx.masculine_names:
        return "m"
    first = folded.split(" ", 1)[0]
    if first in ("la", "une"):
        return "f"
    if first in ("le", "un"):
        return "m"
    return first_name_gender(who)


def agreeing(
    ctx: Context, speaker: str, words: str, others: list[str], reported: bool = False
) -> list[str]:
    """The speakers of `others` the words may be given to. When the words say what their
    speaker is ("je suis ravie"; "elle est ravie" in reported words), only those of the
    speaker's gender and number, and none when the speaker's gender is unknown: "Bruno
    Esquirol dit : « Je suis ravie »" would be false by its grammar, not by the text."""
    if (_THIRD if reported else _SELF).search(words) is None:
        return others
    mine = speaker_gender(ctx, speaker)
    if mine is None:
        return []
    plural = french.is_plural(speaker)
    return [o for o in others if speaker_gender(ctx, o) == mine and french.is_plural(o) == plural]
