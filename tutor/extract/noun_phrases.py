"""The words of a noun phrase around its head, as a speaker's description needs them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tutor.extract.press_colleagues import title_participle
from tutor.extract.role_phrase import TITLE_WORDS

if TYPE_CHECKING:
    from tutor.nlp import Doc, Token

NP_STOP = frozenset({",", ";", ":", ".", "!", "?", "«", "»", "“", "”", '"', "(", ")", "qui", "que"})


def noun_phrase_range(doc: Doc, head: Token, in_quote: Callable[[int], bool]) -> tuple[int, int]:
    """Token range of the noun phrase of `head`, cut before commas, relative clauses and verbs,
    but keeping a name in apposition ("Le vice-ministre ..., Alexeï Mechkov")."""
    first = head.left_edge.i
    # "Dans un rapport ..., publié ..., une équipe de chercheurs rappelait": a circumstance
    # the parser hung on the subject; not "Le rapport du BEA, le Bureau ..." (an apposition)
    for comma in range(head.i - 1, first - 1, -1) if doc[first].pos_ == "ADP" else ():
        if doc[comma].text == "," and not in_quote(doc[comma].idx):
            first = comma + 1
            break
    while first < head.i and doc[first].text in NP_STOP:
        first += 1
    first = _glued_name_start(doc, first)
    while first > 0 and doc[first].text == "-" and not doc[first - 1].whitespace_:
        first -= 1  # "Météo-France rappelle": a name split at its hyphen, "Météo" hung elsewhere
    last = head.i
    i = head.i + 1
    while i <= head.right_edge.i and i < len(doc):
        tok = doc[i]
        nxt = doc[i + 1 : i + 3]
        named = len(nxt) > 0 and (
            nxt[0].ent_type_ == "PER" or (nxt[0].text in TITLE_WORDS and len(nxt) > 1)
        )
        if tok.text == "," and named:
            i += 1
            continue
        verb = tok.pos_ in ("VERB", "AUX") and not title_participle(doc, i)
        if tok.lower_ in NP_STOP or verb or "\n" in tok.text:
            break
        last = i
        i += 1
    return first, last


def _glued_name_start(doc: Doc, first: int) -> int:
    """ "UFC-Que Choisir demande": capitalised words the parser cut from the part of the name
    before its hyphen start at that hyphen (then the loop above takes the part in)."""
    if not doc[first].text[:1].isupper():
        return first
    j = first
    while (
        j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha and doc[j - 1].whitespace_
    ):
        j -= 1
    glued = j > 1 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_
    return j - 1 if glued and not doc[j - 2].whitespace_ else first
