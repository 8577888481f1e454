"""A name that opens a sentence but that the parser cut from its verb.

The tokenizer splits a hyphenated surname at its hyphen ("Solberg", "-", "Haugen"); the parser
then often makes each piece a sentence of its own, and the verb after them ("Solberg-Haugen a
déclaré que ...") has no subject. A name set before a resumptive pronoun ("Solberg-Haugen, elle,
a reconnu que ..., tout en espérant qu'il ...") is lost the same way, hung as an adjunct of the
verb. The name is the speaker in both: it stands alone before the verb, at the sentence's start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.role_words import is_role_noun

if TYPE_CHECKING:
    from tutor.nlp import Doc, Token

_RESUMING = frozenset({"il", "elle", "lui", "eux", "ils", "elles"})
_SENTENCE_ENDS = frozenset({".", "!", "?", "»", "…"})


def opening_name(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The tokens of a capitalised name (hyphenated pieces glued) that open the sentence right
    before `verb` (auxiliaries and ", elle," aside), when the verb has no subject of its own."""
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ == "AUX":
        i -= 1
    if i >= 2 and doc[i].text == "," and doc[i - 1].lower_ in _RESUMING and doc[i - 2].text == ",":
        i -= 3  # "Solberg-Haugen, elle, a reconnu"
    elif i >= 0 and doc[i].text == ",":
        i = _before_apposition(doc, i)  # "La N-VA, premier parti du pays, a accusé"
    last = i
    while i >= 0 and _name_piece(doc, i):
        i -= 1
    if i >= 0 and doc[i].pos_ == "DET" and i < last:
        i -= 1
    first = i + 1
    if first > last or not doc[first].text[:1].isupper() or doc[last].text == "-":
        return None
    return (first, last) if _opens_sentence(doc, first) else None  # not "Pour Solberg-Haugen,"


def _before_apposition(doc: Doc, comma: int) -> int:
    """The token before an apposition without a determiner closed by `comma`, or -1."""
    i = comma - 1
    while i > 0 and doc[i].text != "," and doc[i].pos_ not in ("VERB", "AUX", "PUNCT"):
        i -= 1
    bare = i > 0 and doc[i].text == "," and doc[i + 1].pos_ in ("ADJ", "NOUN")
    return i - 1 if bare and not doc[i + 1].ent_type_ else -1


def _name_piece(doc: Doc, i: int) -> bool:
    """A capitalised proper word, or a hyphen glued between two of them."""
    tok = doc[i]
    if tok.text == "-":
        glued = i > 0 and not doc[i - 1].whitespace_ and not tok.whitespace_
        return glued and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
    if not (tok.text[:1].isupper() and tok.text.isalpha()):
        return False
    glued = (i + 1 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_) or (
        i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
    )
    return tok.pos_ == "PROPN" or glued  # "Dupont" of "Dupont-Aignan" may be tagged a verb


def beside_apposition(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """ "La N-VA, premier parti du pays avec 24 sièges, a accusé": a subject without a
    determiner set off by a comma is an apposition (the parser cut "N-VA" in three and took
    the apposition for the subject); the name that opens the sentence before it, or follows it
    up to the verb ("Premier parti du pays, la N-VA a accusé"), is who speaks."""
    if doc[first].pos_ not in ("ADJ", "NOUN", "VERB"):
        return None
    if doc[first].ent_type_ and not (doc[first].pos_ == "NOUN" and is_role_noun(doc[first].text)):
        return None  # "Hydrologue, X estime": a trade the model tags as a name is still a trade
    if first >= 2 and doc[first - 1].text == ",":
        start = first - 2
        while start > 0 and (_name_piece(doc, start - 1) or doc[start - 1].pos_ == "DET"):
            start -= 1
        if _opens_sentence(doc, start) and _a_name(doc, start, first - 2):
            return start, first - 2
    if last + 2 < len(doc) and doc[last + 1].text == "," and _opens_sentence(doc, first):
        for name in (last + 2, _person_after_appositions(doc, last + 2)):
            if name is None:
                continue
            end = name
            while end + 1 < len(doc) and (_name_piece(doc, end + 1) or doc[end].pos_ == "DET"):
                end += 1
            verb = end + 1
            while verb < len(doc) and doc[verb].pos_ == "AUX":
                verb += 1
            if verb < len(doc) and doc[verb].pos_ == "VERB" and _a_name(doc, name, end):
                return name, end
    return None


def _person_after_appositions(doc: Doc, start: int) -> int | None:
    """ "Hydrologue, directrice de recherche à l'Inrae, Marianne Lefebvre estime": where the
    person's name starts after more words set beside it, up to a comma, with no verb between."""
    for tok in doc[start : start + 40]:
        if tok.pos_ in ("VERB", "AUX") or tok.text in _SENTENCE_ENDS or "\n" in tok.text:
            return None
        if tok.ent_type_ == "PER" and tok.ent_iob_ == "B" and doc[tok.i - 1].text == ",":
            return tok.i
    return None


def _a_name(doc: Doc, first: int, last: int) -> bool:
    """A determiner at most, then capitalised pieces: "la N-VA", "Le PS", "Vooruit"."""
    if doc[first].pos_ == "DET" and first < last:
        first += 1
    return all(_name_piece(doc, i) for i in range(first, last + 1)) and doc[last].text != "-"


def _opens_sentence(doc: Doc, i: int) -> bool:
    before = doc[i - 1] if i > 0 else None
    return (
        before is None
        or before.text in _SENTENCE_ENDS
        or "\n" in before.text
        or "\n" in before.whitespace_
    )
