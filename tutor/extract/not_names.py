"""Capitalised words the model tags as people that name something else: a thing after the
word for its kind ("le lycée Victor-Hugo", "la maladie de Lyme"), a title that fills quotation
marks, an origin before a full name ("le Breton Loïc Le Bihan")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.role_phrase import TITLE_WORDS
from tutor.extract.role_words import is_role_noun, names_things

if TYPE_CHECKING:
    from tutor.nlp import Doc, Span


def names_a_thing(doc: Doc, start: int, end: int) -> bool:
    """ "le groupe Yves Rocher", "l'entreprise familiale Furic Marée", "le quotidien sportif
    Marca", "le club de natation Vernon Nautique": a name right after a company, a club, a
    school, a ship, a storm or a work (past the adjectives or the "de" complement between)
    names that thing, not a person."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if _kind_set_after(doc, span) or _kind_set_before(doc, span):
        return True
    if span.start == 0:
        return False
    if len(span) == 1 and doc[span.start - 1].lower_ in ("un", "une"):
        return True  # "un Breton de 40 ans": where someone is from; no one is "un Martin"
    if _after_contracted_article(doc, span):
        return True
    i = span.start - 1
    if i > 1 and doc[i].text[:1].isupper() and is_role_noun(doc[i].text):
        i -= 1  # "le bateau Roi Gradlon": a title inside the thing's name
    while i > 0 and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i -= 1
    acronyms = 0
    while i > 0 and acronyms < 3 and doc[i].text.isupper() and len(doc[i].text) > 1:
        if names_things(doc[i].text):
            return True  # "le CHU Dupuytren de Limoges": a hospital named after a surgeon
        i -= 1  # "le porte-conteneurs CMA CGM Jacques Saadé": the owner's initials, then its name
        acronyms += 1
    if doc[i].lower_ in ("de", "d'", "d’") and i > 0 and doc[i - 1].lower_ in _EPONYMS:
        return True  # "la maladie de Lyme", "le syndrome de Gilles de la Tourette"
    if i > 1 and doc[i].pos_ == "NOUN" and doc[i - 1].lower_ in ("de", "d'", "d’"):
        i -= 2  # "le club de natation Vernon Nautique": what the thing is for, then its name
    if doc[i].lower_ in _PROJECTS and i > 0 and doc[i - 1].lower_ in _THE_PROJECT:
        return True  # "la cheffe du projet Claira", not "la cheffe de projet Anne Roux"
    return doc[i].text.islower() and names_things(doc[i].text)


_PROJECTS = frozenset({"projet", "mission"})
_THE_PROJECT = frozenset({"le", "la", "l'", "l’", "du", "au", "ce", "cette", "son", "sa", "leur"})
"""A project or a mission named after "the": "du projet Claira", "la mission Artemis"; bare,
"chef de projet" and "cheffe de mission" are roles, and a name after them is their holder's."""


def _kind_set_after(doc: Doc, span: Span) -> bool:
    """ "Hydrolia, une entreprise toulousaine qui ...": a name set off by what kind of thing it
    is, with an indefinite article, is that thing's."""
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("un", "une"):
        return False
    if span.start > 0 and doc[span.start - 1].text == ",":
        return False  # "a valu à son réalisateur, Paul Roux, un prix": the name is the aside
    i += 2
    while i < len(doc) - 1 and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i += 1  # "une petite entreprise"
    return doc[i].text.islower() and names_things(doc[i].text) and not is_role_noun(doc[i].text)


def _kind_set_before(doc: Doc, span: Span) -> bool:
    """ "Une association de Marseille, Kaz Solidarité, dit …": a name set off after what kind
    of thing it is (its noun phrase, with a complement) is that thing's; "Le président de
    l'association, Jean Roux," is the president's, whose noun comes first."""
    i = span.start - 1
    if i < 2 or doc[i].text != "," or doc[span.end : span.end + 1].text not in (",", ""):
        return False
    first = i - 1
    while first > 0 and doc[first - 1].pos_ in _PHRASE_POS and doc[first - 1].text not in ",;:":
        first -= 1
    if doc[first].pos_ != "DET":
        return False
    head = first + 1
    while head < i and doc[head].pos_ == "ADJ":
        head += 1  # "une petite association"
    word = doc[head].text
    return word.islower() and names_things(word) and not is_role_noun(word)


_PHRASE_POS = frozenset({"DET", "NOUN", "ADJ", "ADP", "PROPN", "NUM"})


def _after_contracted_article(doc: Doc, span: Span) -> bool:
    """ "la confrérie du Couteau de Thiers", "le trophée des Deux Rives": "du", "au", "des" and
    "aux" bring in a common noun with its article; a person's full name takes "de" or "à" alone
    ("l'avocat de Paul Roux"), so a name of two words or more right after them is a thing's.
    A rank or title that opens the name ("du Général de Gaulle") is the exception."""
    before = doc[span.start - 1].lower_
    if before not in ("du", "au", "aux", "des") or len(span) < 2:
        return False
    return not is_role_noun(span[0].text) and span[0].text not in TITLE_WORDS


_EPONYMS = frozenset({"maladie", "syndrome", "théorème", "principe", "complexe", "loi"})
"""What is named after someone with "de": "la maladie de Charcot", "la loi de Moore"."""


def fills_quotes(body: str, start: int, end: int, quoted: list[tuple[int, int]]) -> bool:
    """ "« La Joconde »", "« Rue Juliette »": a name that fills a pair of quotation marks is the
    title of a work."""
    return any(body[o + 1 : c].strip() == body[start:end] for o, c in quoted if o < start < c)


def describes_next(doc: Doc, span: tuple[int, int, str], raw: list[tuple[int, int, str]]) -> bool:
    """ "le Breton Loïc Le Bihan", "l'Ivoirien Didier X": one capitalised word after an article,
    right before a full name, says where the person is from; it is nobody's name."""
    start, end, name = span
    if " " in name:
        return False
    follows = any(s == end + 1 and " " in n for s, _, n in raw)
    token = doc.char_span(start, end, alignment_mode="expand")
    article = token is not None and token.start > 0 and doc[token.start - 1].lower_ in _DEFINITE
    return follows and article


_DEFINITE = frozenset({"le", "la", "l'", "l’", "les"})
