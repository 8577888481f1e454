"""The report of a death: "Elle s'est éteinte « paisiblement, entourée des siens »".

The quoted words in it are those of whoever announced the death (the family, an agent, the
source named around it), never the dead person's, though the dead person is the subject of
the verb before them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.extract.speakers import SpeakerResolver
    from tutor.facts import Quote
    from tutor.nlp import Token

_DYING = frozenset({"mourir", "décéder", "succomber"})
_REFLEXIVE = frozenset({"se", "s'", "s’"})


def reports_death(verb: Token) -> bool:
    """ "est morte", "est décédé", "a succombé", "s'est éteinte", or their auxiliary."""
    if verb.pos_ == "AUX" and verb.head.i > verb.i:
        verb = verb.head
    if verb.lemma_ in _DYING or verb.lower_.startswith(("mort", "décéd")):
        return True
    reflexive = any(c.lower_ in _REFLEXIVE for c in verb.children)
    return verb.lemma_ == "éteindre" and reflexive


def announcer(quotes: Sequence[tuple[int, Quote]], sentence: int) -> Quote | None:
    """The quotation that announced the death, among those found so far (each with the number
    of its sentence): the last of this sentence or the one before ("est morte samedi, a
    annoncé sa fille, Hélène. Elle s'est éteinte « ... »": Hélène's)."""
    near = [quote for number, quote in quotes if sentence - 1 <= number <= sentence]
    return near[-1] if near else None


_CLAUSE_LINKS = frozenset({"conj", "advcl", "acl", "xcomp", "appos"})
_DEAD = frozenset({"mort", "morte", "morts", "mortes"})


def reported_dead(resolver: SpeakerResolver, before: int) -> set[str]:
    """The people the narration says are dead before offset `before`: the subject of a verb of
    dying ("Elle s'est éteinte"), or the person a participle of dying is set beside ("Née à
    Autun en 1879 et morte dans la misère en 1936, Alice Verdurin a longtemps été oubliée")."""
    dead = set()
    for tok in resolver.doc:
        if tok.idx >= before:
            break
        # "et morte dans la misère": a participle the tagger may read as a noun, with no
        # article ("la mort" is none)
        misread = tok.pos_ == "NOUN" and tok.dep_ in _CLAUSE_LINKS
        misread = misread and not any(c.dep_ == "det" for c in tok.children)
        if not (tok.pos_ in ("VERB", "ADJ", "AUX") or misread) or resolver.in_quote(tok.idx):
            continue
        if not reports_death(tok) or (tok.lower_.startswith("mort") and tok.lower_ not in _DEAD):
            continue  # "un accident mortel" tells of no one's death
        who = _dying_person(resolver, tok)
        if who is not None:
            dead.add(who)
    return dead


def _dying_person(resolver: SpeakerResolver, verb: Token) -> str | None:
    """The person named as the subject of a verb of dying, or of the clause its participle
    hangs on, or the name the participle is set beside ("Alice Verdurin, morte en 1936")."""
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if subjects:
            return _named_at(resolver, subjects[0].left_edge.idx, subjects[0].right_edge.idx)
        if node is not verb and (who := _named_at(resolver, node.idx, node.idx)) is not None:
            return who
        if node.dep_ not in _CLAUSE_LINKS or node.head.i == node.i:
            return None
        node = node.head
    return None


def _named_at(resolver: SpeakerResolver, first: int, last: int) -> str | None:
    """The person whose name covers a character between two offsets, if any."""
    for mention in resolver.people.mentions_in(max(0, first - 80), last + 1):
        if mention.end > first and mention.start <= last:
            return resolver.people.name_of(mention)
    return None
