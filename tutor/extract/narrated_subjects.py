"""Who a sentence of the narration is about, where the parse hides it: the agent of a
verbless sentence, a subject the parser hung on the aside after it, and the nouns that speak
again of someone just named ("la jeune femme"). The speaker resolver puts that person in focus
for the next "il" or "elle"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.subjects import SUBJECT_DEPS

if TYPE_CHECKING:
    from tutor.nlp import Token


def agent_of_verbless(tok: Token) -> bool:
    """ "Un argument balayé par la présidente : « ... »": in a sentence with no verb of its own,
    the agent of its participle is who acts."""
    if tok.dep_ != "obl:agent":
        return False  # asked of every narrated token: its head only when it may tell
    head = tok.head
    return head.dep_ == "acl" and head.head.dep_ == "ROOT"


def subject_before_aside(tok: Token) -> bool:
    """ "L'entraîneur, arrivé en cours de saison ..., assume sa part": the parser makes the
    noun the subject of the participle set off after it; the main verb has no other subject."""
    if tok.dep_ != "nsubj":
        return False  # asked of every narrated token: its heads only when they may tell
    aside, main = tok.head, tok.head.head
    return (
        aside.dep_ == "advcl"
        and aside.i > tok.i
        and main.dep_ == "ROOT"
        and not any(c.dep_ in SUBJECT_DEPS for c in main.children)
    )


EPITHET_NOUNS = frozenset(
    {"femme", "homme", "fille", "garçon", "adolescent", "adolescente", "quadragénaire"}
    | {"trentenaire", "quinquagénaire", "sexagénaire", "septuagénaire", "octogénaire"}
    | {"vingtenaire", "jeune", "intéressé", "intéressée", "victime"}
)
"""Nouns the press uses to speak again of someone just named ("la jeune femme")."""


def agent_of_passive(tok: Token) -> bool:
    """ "Le chantier est dirigé par X, architecte ... « ... », explique-t-elle": the agent of a
    passive main clause (or a name set beside that agent, "par un agriculteur de Saverdun, X")
    is who the sentence is about, when its subject is a thing."""
    if tok.i > 1 and tok.doc[tok.i - 1].text == "," and tok.dep_ != "obl:agent":
        tok = tok.doc[tok.i - 2]  # the parser hangs the name set beside it anywhere
        while tok.dep_ not in ("obl:agent", "ROOT") and tok.head.i != tok.i:
            tok = tok.head
    return tok.dep_ == "obl:agent" and tok.head.dep_ == "ROOT"
