"""Who "le prévenu" or "l'accusé" is in a trial report: the person the article puts on trial,
not the victim named since.

"Kevin M. comparaissait mardi ... La victime, Julien R., avait été frappée ... « ... », a
déclaré le prévenu": the victim is the last man named, and the subject of his sentence, yet a
reader knows the defendant is the one who appears before the court, is tried, accused or
prosecuted, or whose trial it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from tutor.extract.name_heads import name_head

if TYPE_CHECKING:
    from tutor.nlp import Doc, Token

DEFENDANTS = frozenset({"prévenu", "prévenue", "accusé", "accusée"})
_TRIAL_VERBS_WORDS = """
    comparaître juger rejuger accuser poursuivre inculper condamner relaxer acquitter
"""
_TRIAL_VERBS = frozenset(_TRIAL_VERBS_WORDS.split())
_TRIAL_NOUNS = frozenset({"procès", "comparution", "condamnation", "audition"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_OF = frozenset({"de", "d'", "d’", "du", "des"})
Named = TypeVar("Named")


def is_defendant(role: str) -> bool:
    """ "prévenu", "l'accusée": a description of the one on trial."""
    words = role.lower().replace("’", "'").removeprefix("l'").split()
    return bool(words) and words[0] in DEFENDANTS


def defendant(doc: Doc, named: Sequence[tuple[Named, int, int]]) -> Named | None:
    """The last of the people named (who, start, end offsets) whom the article puts on trial:
    the subject of "comparaître", "être jugé", "être accusé" (or of a sentence a "Jugé pour
    ..." opens), the object of "juger", or the one whose "procès" it is."""
    tried = [who for who, start, end in named if _on_trial(doc, start, end)]
    return tried[-1] if tried else None


def _on_trial(doc: Doc, start: int, end: int) -> bool:
    token = name_head(doc, start, end)
    if token is None:
        return False
    head = token.head
    if any(c.dep_.startswith("acl") and c.lemma_ in _TRIAL_VERBS for c in token.children):
        return True  # "Rudy P., 41 ans, comparaissait" with the verb hung on the name
    if token.dep_ in _SUBJECTS:
        return head.lemma_ in _TRIAL_VERBS or any(_trial_clause(c) for c in head.children)
    if token.dep_ == "obj":
        return head.lemma_ in _TRIAL_VERBS
    if token.dep_ == "appos" and head.dep_.startswith("obl"):
        # "Sur le banc des prévenus, Mickaël D., 34 ans, comparaissait": the parser hangs the
        # name on the place; the trial verb it leaves without a subject is the name's
        verb = head.head
        subjectless = not any(c.dep_ in _SUBJECTS for c in verb.children)
        return verb.lemma_ in _TRIAL_VERBS and subjectless
    if token.dep_ == "appos" and head.lemma_ in _TRIAL_NOUNS:
        # "Le procès du négociant bordelais Jean-Marc Dufour-Lacoste": the parser hangs the
        # name on the trial, beside the noun that says who is tried
        return any(
            c.dep_ == "nmod" and head.i < c.i < token.i and doc[c.i - 1].lower_ in _OF
            for c in head.children
        )
    return token.dep_ == "nmod" and head.lemma_ in _TRIAL_NOUNS and _after_de(doc, token)


def _trial_clause(clause: Token) -> bool:
    """ "Jugé pour le meurtre de X, Y a gardé le silence": a participle clause of the verb."""
    return clause.dep_ in ("advcl", "acl") and clause.lemma_ in _TRIAL_VERBS


def _after_de(doc: Doc, token: Token) -> bool:
    return token.i > 0 and doc[token.i - 1].lower_ in ("de", "d'", "d’")
