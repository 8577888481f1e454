"""An epithet's age is no complement that could name someone else.

"la meneuse de 24 ans", "le Breton de 78 ans", "un père de famille de 41 ans": news copy puts the
age after the noun that stands for someone already named; "de 24 ans" does not make the noun a
new person the way "le maire de Lyon" might be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.extract.speakers import SpeakerResolver
    from tutor.nlp import Doc

_YEARS = frozenset({"an", "ans"})


def before_age(doc: Doc, first: int, last: int) -> int:
    """The last token of the noun phrase first..last before a "de NUM ans" after its noun
    ("la meneuse de 24 ans au micro de la chaîne" -> "la meneuse"); `last` itself when it has
    none."""
    for of in range(first + 2, last - 1):
        number, years = doc[of + 1], doc[of + 2]
        if doc[of].lower_ not in ("de", "d'", "d’") or years.lower_ not in _YEARS:
            continue
        if number.like_num or number.pos_ == "NUM":
            return of - 1
    return last


def aged_in_focus(resolver: SpeakerResolver, holder: str, first: int, gender: str) -> str | None:
    """The person the paragraph is about, whom "l'attaquant de 24 ans" re-names, rather than
    the holder of that role named in another paragraph: "Bouzidi a surgi au second poteau …
    « Ce but, je le dédie à mon grand-père », a confié l'attaquant de 24 ans", with Nantes's
    "attaquant Mathis Guérin" three paragraphs before. The person in focus, named in the
    paragraph; None when the holder is named there too, or the genders differ."""
    at = resolver.doc[first].idx
    start = resolver.body.rfind("\n", 0, at) + 1
    here = [
        resolver.people.name_of(m)
        for m in resolver.people.mentions_in(start, at)
        if not resolver.in_quote(m.start)
    ]
    focus = resolver.salient
    if focus is None or focus not in here or holder in here:
        return None
    if gender and resolver.genders.get(focus, gender) != gender:
        return None
    return focus
