"""The grammatical gender of the people an article names, read from the words before a name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.role_words import is_role_noun

if TYPE_CHECKING:
    from tutor.extract.people import PeopleIndex
    from tutor.nlp import Doc

_TITLES = {"Mme": "Fem", "Mlle": "Fem", "Madame": "Fem", "M.": "Masc", "Monsieur": "Masc"}
_ARTICLES = {"la": "Fem", "une": "Fem", "cette": "Fem", "le": "Masc", "un": "Masc", "ce": "Masc"}


def people_genders(doc: Doc, people: PeopleIndex) -> dict[str, str]:
    """ "Masc" or "Fem" for each person a title or the article of a role gives away ("Mme
    Vidal", "la ministre Claire Dubois", "le président russe Vladimir Poutine"); people with
    no such clue, or with contradicting ones, are left out. First names are not trusted: the
    tagger reads "Nathalie" as masculine."""
    found: dict[str, set[str]] = {}
    for mention in people.mentions_in(0, len(doc.text)):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        gender = _gender_before(doc, span.start)
        if gender:
            found.setdefault(people.name_of(mention), set()).add(gender)
    return {name: genders.pop() for name, genders in found.items() if len(genders) == 1}


def _gender_before(doc: Doc, i: int) -> str:
    """A title right before the name ("Mme"), or the article of a role right before it, past
    its adjectives ("le président russe"); not "le ministre de la Défense": "la" is the
    Défense's."""
    j = i - 1
    if j >= 0 and doc[j].text in _TITLES:
        return _TITLES[doc[j].text]
    while j >= 0 and doc[j].pos_ == "ADJ":
        j -= 1
    if j < 1 or not is_role_noun(doc[j].text):
        return ""
    return _ARTICLES.get(doc[j - 1].lower_, "")
