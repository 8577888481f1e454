"""The token that stands for a name in the parse: a name of several words hangs on its first
word ("flat:name"), and the rules that ask what a person does in a sentence ask it of that word."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.nlp import Doc, Token


def name_head(doc: Doc, start: int, end: int) -> Token | None:
    """The head word of the name between two character offsets, or None when they cut a
    token in a way the doc cannot map."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    while token.dep_ in ("flat:name", "flat") and token.head.i != token.i:
        token = token.head
    return token
