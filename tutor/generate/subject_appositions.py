"""A subject reduced to the person's name: the title before it and the phrase set off after it
left out ("Le directeur sortant de la CIA, John Brennan, a déclaré" -> "John Brennan a déclaré")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from tutor.generate.french import DETERMINERS, fold, wordset
from tutor.generate.verb_forms import AUXILIARIES, is_participle

_ARTICLES = r"(?:le|la|les|l['’]|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs)"


def subject_without_apposition(
    clause: str, names: Sequence[str] = (), roles: Sequence[str] = ()
) -> str:
    """The clause with its subject reduced to the person's name, or with an apposition between
    commas after the subject removed.

    "Le directeur sortant de la CIA, John Brennan, a déclaré" -> "John Brennan a déclaré";
    "Le président sortant américain Barack Obama a autorisé" -> "Barack Obama a autorisé";
    "Le rapport final du BEA, le Bureau d'enquêtes …, conclut" -> "Le rapport final du BEA conclut".
    """
    folded_roles = [fold(r) for r in roles if r]
    for name in names:
        if name not in clause:
            continue
        titled, apposed, opened = _name_patterns(name)
        # role, Name[,] verb …  /  role Name verb …
        match = titled.match(clause)
        if match and _role_phrase(match):
            rest = clause[match.end() :]
            if not _starts_predicate(rest) and (described := _LEADING_APPOSITION.match(rest)):
                # "Le premier, Thomas Wauters, un Belge de 42 ans, a appelé": a second phrase
                # set off after the name describes him too
                rest = rest[described.end() :]
            elif clause[: match.end()].rstrip().endswith(",") and not _opens_on_auxiliary(rest):
                # "L'oncologue Sophie Marchal-Duret, investigatrice principale pour la France,
                # fait le point": so does one with no article, when a verb follows it
                described = _SET_OFF.match(rest)
                if described and _starts_predicate(rest[described.end() :]):
                    rest = rest[described.end() :]
            if _starts_predicate(rest):
                return f"{name} {rest}"
        # Name, apposition, verb …
        match = apposed.match(clause)
        if match and _starts_predicate(clause[match.end() :]):
            apposition = fold(match.group(1))
            if re.match(_ARTICLES, apposition) or any(
                apposition.startswith(r) for r in folded_roles
            ):
                return f"{name} {clause[match.end() :]}"
        # Name, role verb … (the closing comma forgotten by the writer)
        for role in folded_roles:
            match = opened.match(clause)
            if match and fold(clause[match.end() :]).startswith(role):
                after = clause[match.end() + len(role) :]
                if after.startswith(" ") and _starts_predicate(after.lstrip()):
                    return f"{name} {after.lstrip()}"
    match = _APPOSITION.match(clause)
    if match and _starts_predicate(clause[match.end() :]):
        return f"{match.group(1)} {clause[match.end() :]}"
    return clause


_SET_OFF = re.compile(r"[^,]{1,90},\s+")


def _opens_on_auxiliary(text: str) -> bool:
    """Whether a text opens on an auxiliary or a reflexive ("a déclaré, lundi, que …"): a verb
    beyond doubt, not a description set off before it."""
    first = fold(text.split(" ", 1)[0]) if text else ""
    return first in AUXILIARIES or re.match(r"(?:s|n)'", first) is not None


_APPOSITION = re.compile(rf"((?i:{_ARTICLES})\b[^,]{{1,60}}),\s+(?i:{_ARTICLES})\b[^,]{{1,90}},\s+")
_LEADING_APPOSITION = re.compile(rf"(?i:{_ARTICLES})\b[^,]{{1,90}},\s+")


@lru_cache(maxsize=512)
def _name_patterns(name: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Where a name stands in a subject: after its title, before an apposition, before a role."""
    escaped = re.escape(name)
    return (
        re.compile(rf"((?i:{_ARTICLES})\b[^,]{{0,80}}?)(,\s*|\s){escaped}(?:\s*,)?\s+"),
        re.compile(rf"{escaped},\s+([^,]{{2,100}}?),\s+"),
        re.compile(rf"{escaped},\s+(?:(?i:{_ARTICLES})\s*)?"),
    )


def _role_phrase(match: re.Match[str]) -> bool:
    """Whether the words before a name are a title for it ("Le président sortant américain"),
    not a phrase the name completes ("La visite de") or a clause ("Le chef a rencontré")."""
    words = [fold(w) for w in match.group(1).split()]
    if any(w in AUXILIARIES or is_participle(w) for w in words[1:]):
        return False
    return match.group(2).startswith(",") or words[-1] not in _LINKS


_LINKS = wordset("de d' du des à au aux par pour avec contre sur selon chez entre et ou que")


def _starts_predicate(text: str) -> bool:
    """Whether a text opens with a verb: an auxiliary, a reflexive, or a lower-case word that is
    no determiner, preposition or pronoun ("conclut que", "a déclaré", "s'est")."""
    first = fold(text.split(" ", 1)[0]) if text else ""
    if not first or not text[0].islower():
        return False
    if first in AUXILIARIES or re.match(r"(?:s|n)'", first):
        return True
    not_verbs = DETERMINERS | wordset(
        """à au aux de des du en dans par pour sur avec sans sous chez vers et ou mais qui que
        qu' dont où il elle ils elles on y ne se lui leur"""
    )
    verb_like = first.endswith(("e", "t", "d", "a")) and not first.endswith("ment")
    return verb_like and first not in not_verbs and first.isalpha()
