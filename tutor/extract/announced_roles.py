"""Roles that announce a person: "... a mis fin au contrat de son entraîneur principal. Olivier X,
arrivé en 2023, quitte le club", "a perdu mardi sa ministre de la Justice. X a démissionné"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.genders import first_name_genders
from tutor.extract.role_phrase import role_end
from tutor.extract.role_words import is_role_noun
from tutor.facts import Person

if TYPE_CHECKING:
    from tutor.extract.people import Mention
    from tutor.nlp import Doc


def _inside(m: Mention, quoted: list[tuple[int, int]]) -> bool:
    return any(s <= m.start and m.end <= e for s, e in quoted)


def announced_before(
    doc: Doc, people: list[Person], mentions: list[Mention], quoted: list[tuple[int, int]]
) -> list[Person]:
    """ "... a mis fin au contrat de son entraîneur principal. Olivier X, arrivé en 2023,
    quitte le club": a role that closes a sentence, right before the sentence that opens on a
    person named for the first time, is that person's, when they have no other."""
    taken = {p.role.lower() for p in people if p.role}
    roles: dict[int, str] = {}
    seen: set[int] = set()
    for m in mentions:
        if m.person in seen:
            continue
        seen.add(m.person)
        if people[m.person].role is not None or _inside(m, quoted):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start < 3 or doc[span.start - 1].text != ".":
            continue
        noun = _closing_role(doc, span.start - 2)
        if noun is None:
            continue
        known = first_name_genders().get(span[0].text)
        gender = _POSSESSIVE_GENDERS.get(doc[noun - 1].lower_) or doc[noun].morph.get("Gender")
        if known and gender and known != gender[0]:
            continue  # "de son entraîneur. Marie X, ...": someone else
        role = doc[noun : span.start - 1].text
        if role.lower() not in taken:
            roles[m.person] = role
            taken.add(role.lower())
    return [Person(p.name, p.aliases, roles[i]) if i in roles else p for i, p in enumerate(people)]


_POSSESSIVE_GENDERS = {"sa": ["Fem"], "la": ["Fem"], "le": ["Masc"]}
"""The gender the word before a role noun says ("sa ministre"), which the tagger may miss."""


def _closing_role(doc: Doc, last: int) -> int | None:
    """The role noun that, with its adjectives, ends a sentence at token `last`, after a
    possessive or a definite article ("de son entraîneur principal.")."""
    i = last
    while i > 0 and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i -= 1
    if not is_role_noun(doc[i].text):
        # "a perdu mardi sa ministre de la Justice.": the role noun with its complement
        heads = [j for j in range(i - 1, max(i - 6, 0), -1) if is_role_noun(doc[j].text)]
        of = heads and doc[heads[0] + 1].lower_ in ("de", "du", "des", "d'", "d’")
        if of and role_end(doc, heads[0]) == last:
            i = heads[0]
    noun = doc[i]
    if noun.pos_ != "NOUN" or not is_role_noun(noun.text) or i == 0:
        return None
    det = doc[i - 1]
    if "Yes" in det.morph.get("Poss"):
        return i
    # "à la réalisatrice.", not "», a lancé le gendarme.": a speaker is not announced
    governed = i > 1 and doc[i - 2].pos_ == "ADP"
    return i if det.lower_ in ("le", "la", "l'", "l’") and governed else None
