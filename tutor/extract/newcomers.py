"""Someone unnamed brought into the story after the last person named: "La receveuse, une
enseignante de 31 ans, a reçu l'organe de sa mère. « ... », a confié la jeune femme".

A reader takes a later epithet of that gender for the newcomer, not for the surgeon named two
sentences before: the indefinite article is how news copy brings in a person it will not name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from tutor.extract.role_kin import role_gender
from tutor.extract.role_words import is_role_noun

if TYPE_CHECKING:
    from tutor.nlp import Doc, Token

_INDEFINITES = {"un": "Masc", "une": "Fem"}
_PLAIN_WORDS = frozenset({"femme", "homme", "jeune", "garçon", "fille", "dame", "fillette"})
_PERSON_WORDS = _PLAIN_WORDS | {"patiente", "patient", "habitante", "habitant"}
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def newcomer_between(doc: Doc, start: int, end: int, gender: str) -> bool:
    """Whether the narration between two offsets brings in an unnamed person of this gender
    as a sentence's subject or beside it ("Une patiente a témoigné", "La receveuse, une
    enseignante de 31 ans, a reçu"), with no name set beside them."""
    for tok in doc:
        if tok.idx < start:
            continue
        if tok.idx >= end:
            break
        if tok.lower_ not in _INDEFINITES or tok.pos_ != "DET" or tok.dep_ != "det":
            continue
        noun = tok.head
        if not _person_noun(noun) or _INDEFINITES[tok.lower_] != gender:
            continue
        if noun.dep_ in ("appos", "conj") and noun.head.i < noun.i:
            noun = noun.head  # the parser takes the aside for a second subject now and then
        if noun.dep_ not in _SUBJECTS or _named_beside(doc, noun):
            continue
        if (role_gender(noun.text) or gender) == gender:
            return True
    return False


def plain_person(noun: Token) -> bool:
    """ "la jeune femme", "l'homme", "la quadragénaire": an epithet that says only what kind of
    person, which fits a newcomer as well as anyone; a trade ("la magistrate") points to whoever
    holds it."""
    w = noun.lower_
    return w in _PLAIN_WORDS or w.endswith(("génaire", "adolescent", "adolescente"))


def _person_noun(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and (is_role_noun(noun.text) or noun.lower_ in _PERSON_WORDS)


def _named_beside(doc: Doc, noun: Token) -> bool:
    """ "un cariste, Alain Morel": a name hung on the noun makes them someone named."""
    return any(t.ent_type_ == "PER" for t in noun.subtree)


def same_noun_since(body: str, noun: str, start: int, end: int) -> bool:
    """Whether the narration between two offsets brings in someone unnamed by the same noun
    ("Une autre retraitée attendait"), so that "la retraitée" or "cette retraitée" after it is
    that one, not the person named before. An apposition to that name ("X, une retraitée de 67
    ans,") is the person named."""
    since = body[start:end]
    pattern = rf"\b(?i:un|une)\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}\b"
    return any(since[: m.start()].strip(" ,") for m in re.finditer(pattern, since))


_ANOTHER_ONE = re.compile(r"\b(?P<wording>(?i:un|une)\s+autre\s+(?P<noun>[\w-]+))\b")
"""Someone brought in as one more of a kind ("Un autre alpiniste, un Savoyard, …")."""
_THE_ONE = re.compile(r"^(?:le|la|l['’])\s*(?P<noun>[\w-]+)$", re.IGNORECASE)


def another_of_kind(body: str, description: str, end: int) -> str | None:
    """ "un autre alpiniste" for "l'alpiniste" said of someone unnamed the article brought in
    before `end` as "Un autre alpiniste": the article has at least two of that kind, so "l'X"
    alone may be taken for the other one (a climber named before); the wording that brought
    him in says he is not. None when no one was brought in so, or a name is set beside him."""
    the_one = _THE_ONE.match(description)
    if the_one is None:
        return None
    noun = the_one["noun"].lower()
    found = [m for m in _introductions(body) if m.start() < end and m["noun"].lower() == noun]
    if not found or _NAME_BESIDE.match(body, found[-1].end()):
        return None
    wording = found[-1]["wording"]
    return wording[0].lower() + wording[1:]


_NAME_BESIDE = re.compile(r",\s+(?:M\.|Mme\s)?[A-ZÀ-Ý][\w-]+\s+[A-ZÀ-Ý]")
"""A name in apposition ("Un autre alpiniste, Jean Morel,"): someone named, left to the names."""


@lru_cache(maxsize=4)
def _introductions(body: str) -> list[re.Match[str]]:
    """Every "un autre X" of an article, searched once per article (asked once per quotation)."""
    return list(_ANOTHER_ONE.finditer(body))
