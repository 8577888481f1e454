"""Who a plain epithet ("l'homme", "la quadragénaire") re-names when the sentence before gave
someone's age: "le président, Marc Oberlin, a interrogé le principal prévenu, Thierry V., 54
ans, ancien militaire. Vêtu d'une chemise blanche, l'homme a reconnu …" is the defendant.

News copy gives an age to the person it is about to follow; a reader takes the epithet that says
only what kind of person for that one, not for the subject who questioned him.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.extract.speakers import SpeakerResolver
    from tutor.nlp import Doc, Token

_DECADES = {
    "vingtenaire": 20,
    "trentenaire": 30,
    "quadragénaire": 40,
    "quinquagénaire": 50,
    "sexagénaire": 60,
    "septuagénaire": 70,
    "octogénaire": 80,
    "nonagénaire": 90,
}
"""The decade each age noun says ("le quadragénaire" is 40 to 49)."""


def aged_before(resolver: SpeakerResolver, head: Token, gender: str) -> list[str]:
    """The people of the epithet's gender (or of no known gender) whose age the sentence before
    the epithet's gives beside their name ("Thierry V., 54 ans,"), outside quotations, in
    order; for an age noun, only those of its decade. One is who the epithet re-names; two
    leave the reader unsure."""
    doc = resolver.doc
    sent = head.sent
    if sent.start == 0:
        return []
    before = doc[sent.start - 1].sent
    decade = _DECADES.get(head.lower_.removesuffix("s"))
    found: list[str] = []
    for mention in resolver.people.mentions_in(before.start_char, before.end_char):
        if resolver.in_quote(mention.start):
            continue
        name = resolver.people.name_of(mention)
        if resolver.genders.get(name, gender) != gender or name in found:
            continue
        age = _age_after(doc, mention.end)
        if age is None or (decade is not None and not decade <= age < decade + 10):
            continue
        found.append(name)
    return found


def _age_after(doc: Doc, end: int) -> int | None:
    """The age set beside a name ending at `end`: ", 54 ans", else None."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None or span.end + 2 >= len(doc):
        return None
    comma, number, years = doc[span.end], doc[span.end + 1], doc[span.end + 2]
    if comma.text != "," or years.lower_ not in ("an", "ans") or not number.text.isdigit():
        return None
    return int(number.text)
