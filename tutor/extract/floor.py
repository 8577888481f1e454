"""Who has the floor after a sentence hands it over: in "L'avocat a donné la parole à son
client, le prévenu. « ... », a-t-il dit", "il" is the defendant, the last person named whom the
pronoun agrees with, not the lawyer who was the subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.genders import noun_gender
from tutor.extract.role_kin import role_gender

if TYPE_CHECKING:
    from collections.abc import Sequence

    from tutor.extract.speakers import SpeakerResolver
    from tutor.nlp import Token

_HANDING = frozenset(
    {"donner", "redonner", "passer", "repasser", "céder", "laisser", "rendre", "tendre"}
)
"""Verbs that hand over the floor with "la parole à X" or "le micro à X"."""
_FLOOR = frozenset({"parole", "micro"})
_TO = frozenset({"à", "au", "aux"})
_END = frozenset({".", ";", ":", "!", "?", "«", "»", "(", ")"})

Speaker = tuple[str, str]
"""A speaker and the gender "il" or "elle" must have to mean them ("" when unknown, "Plur" for
a group)."""


def floor_handed(resolver: SpeakerResolver, narrated: Sequence[Token]) -> list[Speaker]:
    """The one who hands over the floor and the one who gets it, in that order, when the
    sentence says so ("a donné la parole à X", "passe la parole au rapporteur"); else []."""
    for tok in narrated:
        if tok.lower_ not in _FLOOR:
            continue
        verb = tok.head
        if verb.lemma_ not in _HANDING or verb.pos_ != "VERB":
            continue
        # "a donné la parole à X", "La parole est ensuite donnée au prévenu", "a donné la
        # parole une dernière fois au prévenu"
        after = [t for t in narrated if t.i > max(tok.i, verb.i)][:6]
        to = next((t for t in after if t.lower_ in _TO), None)
        between = [t for t in after if to is not None and t.i < to.i]
        if to is None or any(t.text in _END for t in between):
            continue
        if len(between) > 2 and not all(_said_when(t) for t in between):
            continue
        receiver = _receiver(resolver, [t for t in narrated if t.i > to.i])
        if receiver is None:
            return []
        giver = _giver(resolver, verb) if tok.dep_ == "obj" else None
        return [giver, receiver] if giver is not None else [receiver]
    return []


def _said_when(tok: Token) -> bool:
    """A word of "une dernière fois", "pour la première fois", "ensuite": when the floor is
    handed, not to whom."""
    return tok.pos_ in ("DET", "ADJ", "ADV") or tok.lemma_ in ("fois", "pour")


def _receiver(resolver: SpeakerResolver, after: Sequence[Token]) -> Speaker | None:
    """The words after "à": a person named there or in an apposition ("à son adjoint, Karim
    Haddad"), else the last description ("à son client, le prévenu": the defendant)."""
    words = []
    for tok in after:
        if tok.text in _END:
            break
        words.append(tok)
    groups: list[list[Token]] = [[]]
    for tok in words:
        if tok.text == ",":
            groups.append([])
        else:
            groups[-1].append(tok)
    groups = [g for g in groups[:2] if g]  # the receiver and one apposition at most
    for group in groups:
        mention = resolver.people.mention_in(group[0].idx, group[-1].idx + len(group[-1].text))
        if mention is not None:
            name = resolver.people.name_of(mention)
            return name, resolver.genders.get(name, "")
    for group in reversed(groups):
        nouns = [t for t in group if t.pos_ in ("NOUN", "PROPN")]
        if not nouns:
            continue
        described = resolver.describe(group[0].i, nouns[0].i)
        if described is None:
            continue
        if "Plur" in nouns[0].morph.get("Number") or described.startswith(("les ", "des ")):
            return described, "Plur"  # "aux habitants": no "il" or "elle"
        return described, role_gender(nouns[0].text) or noun_gender(nouns[0])
    return None


def _giver(resolver: SpeakerResolver, verb: Token) -> Speaker | None:
    """The subject of the verb that hands over the floor, with its gender."""
    who = resolver.subject_of(verb)
    if who is None:
        return None
    if who in resolver.genders:
        return who, resolver.genders[who]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return who, ""
    return who, role_gender(subject.text) or noun_gender(subject)


def last_agreeing(floor: Sequence[Speaker], gender: str) -> str | None:
    """Whom "il" or "elle" means right after the floor was handed over: the last of the two
    the pronoun agrees with."""
    agreeing = [who for who, g in floor if g == gender]
    return agreeing[-1] if agreeing else None
