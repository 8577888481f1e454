"""Roles given in turn to people named in turn: "X et Y, respectivement ministre de la Santé et
ministre du Travail"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.extract.role_phrase import role_end, role_text, word_at
from tutor.extract.role_words import is_role_noun
from tutor.extract.tokens import table_of
from tutor.facts import Person

if TYPE_CHECKING:
    from tutor.extract.people import Mention
    from tutor.nlp import Doc

_PARTS = re.compile(r",\s+|\s+et\s+")


def respective_roles(
    doc: Doc, body: str, people: list[Person], mentions: list[Mention]
) -> list[Person]:
    """The roles after ", respectivement" go, in order, to the people the sentence named before
    it, when there are as many roles as people and each opens with a role noun; a person given a
    role some other way keeps it."""
    roles: dict[int, str] = {}
    lower = table_of(doc).lower  # a Token only for the rare "respectivement"
    for i in (i for i, word in enumerate(lower) if word == "respectivement"):
        tok = doc[i]
        if tok.i < 2 or doc[tok.i - 1].text != ",":
            continue
        first = tok.i + 1
        if first >= len(doc) or not is_role_noun(word_at(doc, first)):
            continue
        text = role_text(doc, body, first, role_end(doc, first))
        parts = _PARTS.split(text) if text else []
        if not all(p and is_role_noun(p.split()[0]) for p in parts):
            continue
        opening = tok.sent.start_char
        named: list[int] = []
        for m in mentions:
            if opening <= m.start < doc[tok.i - 1].idx and m.person not in named:
                named.append(m.person)
        if len(named) == len(parts) >= 2:
            roles.update(zip(named, parts, strict=True))
    return [
        Person(p.name, p.aliases, roles[i]) if i in roles and p.role is None else p
        for i, p in enumerate(people)
    ]
