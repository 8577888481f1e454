"""Names in quotation marks: "son plan « France 2030 »", "son film « Les Oubliés »",
"l'opération « Ville propre »". The marks set off the name of the thing the noun before them
is; nobody is quoted, whatever speech verb comes before ("a présenté", "a annoncé").

Words in marks that qualify the noun ("un projet « porteur d'avenir »", "une vente « dans le dos
des supporters »") begin in lower case and stay quotations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.speech import word_count

if TYPE_CHECKING:
    from tutor.extract.sentences import QuotedSpan
    from tutor.nlp import Doc

_MOST_WORDS = 6


def names_its_noun(doc: Doc, body: str, span: QuotedSpan) -> bool:
    """Whether the marks right after a noun hold its name: a capital first letter, a few
    words, no sentence inside."""
    text = body[span.start : span.end].strip()
    if not text[:1].isupper() or word_count(text) > _MOST_WORDS:
        return False
    if any(p in text for p in ".!?:;"):
        return False
    before = doc.char_span(span.open - 2, span.open, alignment_mode="expand")
    if before is None or len(before) == 0:
        return False
    noun = before[-1] if before[-1].text not in '«“"' else None
    if noun is None:
        return False
    return (
        noun.pos_ == "NOUN" and noun.text[:1].islower() and noun.idx + len(noun.text) <= span.open
    )
