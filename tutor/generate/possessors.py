"""A possessive that opens a sentence ("Sa baguette a été choisie …") named by its possessor.

A statement or question read out of its paragraph cannot say "sa": whose? When the sentence
before has a named person as its subject, and that person is the only one it names, the
possessive is theirs ("Nolwenn Kerhervé, 31 ans, a remporté samedi le concours … Sa baguette a
été choisie …" -> "La baguette de Nolwenn Kerhervé a été choisie …").
"""

from __future__ import annotations

import re

from tutor.generate import clause_openers, clauses, french
from tutor.generate.context import Context

_POSSESSIVE = re.compile(r"^(?P<det>Sa|Son|Ses)\s+(?P<noun>[^\W\d_][\w'’-]*)(?P<rest>\s.*)$", re.S)


def with_possessor(ctx: Context, clause: str, evidence: str) -> str | None:
    """The clause with its opening possessive replaced by the person it stands for; the
    clause itself when it opens on no possessive; None when the possessor is not certain."""
    match = _POSSESSIVE.match(clause)
    if match is None:
        return clause
    own = clauses.split_subject(clause)
    if own is None or french.word_count(own[0]) != 2:
        return None  # "Sa baguette de tradition a été …": where would "de X" go?
    previous = ctx.previous_sentence(evidence)
    if previous is None:
        return None
    named = [p for p in ctx.people if any(n in previous for n in (p.name, *p.aliases))]
    parts = clauses.split_subject(clauses.without_apposition(clause_openers.strip_opener(previous)))
    if len(named) != 1 or parts is None:
        return None
    (person,) = named
    if french.fold(parts[0]) not in {french.fold(n) for n in (person.name, *person.aliases)}:
        return None
    noun = match["noun"]
    det = french.fold(match["det"])
    if det == "ses":
        article = "Les "
    elif det == "sa":
        article = "La "
    else:
        article = "L'" if french.starts_with_vowel(noun) else "Le "
    of = french.elide("de", person.name)
    return f"{article}{noun} {of}{person.name}{match['rest']}"
