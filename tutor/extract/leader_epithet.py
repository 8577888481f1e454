"""Whom "la future dirigeante", "le patron" mean: a word for whoever heads an organisation
points back to the person named before who heads one (a managing director, a chairman), not to
the mayor or the union delegate named last."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.extract.speakers import SpeakerResolver

LEADER_WORDS = frozenset({"dirigeant", "dirigeante", "patron", "patronne"})
_HEADS = (
    "directeur",
    "directrice",
    "président",
    "présidente",
    "pdg",
    "patron",
    "patronne",
    "dirigeant",
    "dirigeante",
    "gérant",
    "gérante",
    "administrateur",
    "administratrice",
)


def heads_something(role: str | None) -> bool:
    """Whether a role heads an organisation ("directrice générale", "PDG du groupe")."""
    words = (role or "").lower().replace("-", " ").split()
    return bool(words) and words[0] in _HEADS


def leader_named_before(resolver: SpeakerResolver, who: str, gender: str, at: int) -> str | None:
    """`who` if their role heads an organisation or is not known; else the last person named
    before `at` (outside quotations) whose gender agrees and whose role heads one, or None."""
    role = resolver.people.role_of(who)
    if role is None or heads_something(role):
        return who
    for mention in reversed(resolver.people.mentions_in(0, at)):
        name = resolver.people.name_of(mention)
        if resolver.in_quote(mention.start) or resolver.genders.get(name) != gender:
            continue
        if heads_something(resolver.people.role_of(name)):
            return name
    return None
