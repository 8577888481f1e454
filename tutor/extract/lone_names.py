"""Witnesses news stories name by their first name only: "Aurélie, mère d'un bébé de deux
mois", "soupire Léa, étudiante infirmière"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.extract.genders import first_name_genders
from tutor.extract.role_words import is_role_noun

if TYPE_CHECKING:
    from tutor.nlp import Doc

_LONE = re.compile(
    r"(?<![\w’'-])(?P<name>[A-ZÀ-Ý][\w’'-]+), (?:(?:le|la|l'|l’|un|une)\s?)?(?P<role>[\w-]+)"
)
_AFTER_OWN_ROLE = re.compile(
    r"\b(?:[Ss]on|[Ss]a|[Ll]eur|[Ss]es|[Ll]eurs)\s+(?P<role>[\w-]+),\s+"
    r"(?P<name>[A-ZÀ-Ý][\w’'-]+)(?=,)"
)
"""The first name set off after a possessive role: "Son épouse, Lucienne, a été ..."."""
_BEFORE_AGE = re.compile(r"(?<![\w’'-])(?P<name>[A-ZÀ-Ý][\w’'-]+), (?P<age>\d{1,3}) ans\b")
"""The first name set off before an age: "Il est 3 h 30 quand Léa, 17 ans, enfile ..."."""


def lone_first_names(
    doc: Doc, body: str, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A known first name alone, set off by a comma before a role or an age: the model tags it as
    nothing or as a thing, and without it the witness's quotes go to someone else. A first name
    right after another capitalised word is part of a longer name."""
    extra = []
    things = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("LOC", "ORG")]
    lone = [*_LONE.finditer(body), *_AFTER_OWN_ROLE.finditer(body), *_BEFORE_AGE.finditer(body)]
    for m in lone:
        start, end = m.span("name")
        aged = "age" in m.groupdict()
        if m["name"] not in first_name_genders() or not (aged or is_role_noun(m["role"])):
            continue
        if any(s < end and start < e for s, e, _ in found):
            continue
        if any(s < end and start < e for s, e in things):
            continue
        before = body[:start].rstrip().rsplit(maxsplit=1)[-1:] or [""]
        if before[0][:1].isupper() and before[0][-1:].isalpha():
            continue  # "Jean Aurélie, ...": the end of someone's full name
        extra.append((start, end, m["name"]))
    return extra
