"""The grammatical gender of the people an article names, read from the words before a name."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from tutor.extract.role_kin import role_gender
from tutor.extract.role_words import is_role_noun
from tutor.extract.tokens import text_of

if TYPE_CHECKING:
    from tutor.extract.people import PeopleIndex
    from tutor.nlp import Doc, Token

_TITLES = {"Mme": "Fem", "Mlle": "Fem", "Madame": "Fem", "M.": "Masc", "Monsieur": "Masc"}
_ARTICLES = {"la": "Fem", "une": "Fem", "cette": "Fem", "le": "Masc", "un": "Masc", "ce": "Masc"}
_FIRST_NAME_GENDERS = {"f": "Fem", "m": "Masc"}


class _GivenNames(dict[str, str]):
    """Given names, found with or without their accents: a list with "Kevin" knows "Kévin",
    one with "Hélène" knows "Helene"."""

    def __missing__(self, name: str) -> str:
        plain = _without_accents(name)
        if plain == name or plain not in self:
            raise KeyError(name)
        return self[plain]

    def __contains__(self, name: object) -> bool:
        if dict.__contains__(self, name):
            return True
        return isinstance(name, str) and dict.__contains__(self, _without_accents(name))

    def get(self, name: str, default: str | None = None) -> str | None:  # type: ignore[override]
        try:
            return self[name]
        except KeyError:
            return default


@lru_cache(maxsize=8192)
def _without_accents(name: str) -> str:
    """Kept per word: every capitalised word of an article is asked about, some 500 times an
    article, most of them several times."""
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """Given name -> "Masc" or "Fem", from tutor/data/first_names.yaml (names borne by women
    and men alike are not in it)."""
    text = resources.files("tutor.data").joinpath("first_names.yaml").read_text("utf-8")
    # libyaml's safe loader when present: the pure-Python one takes 0.1 s on these 900 lines
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    names = _GivenNames({str(k): _FIRST_NAME_GENDERS[v] for k, v in data.items()})
    for name, gender in list(names.items()):
        names.setdefault(_without_accents(name), gender)
    return names


def people_genders(doc: Doc, people: PeopleIndex) -> dict[str, str]:
    """ "Masc" or "Fem" for each person a title or the article of a role gives away ("Mme
    Vidal", "la ministre Claire Dubois", "le président russe Vladimir Poutine"); else the role
    the article gives, when feminine ("Nathalie B., adjointe au maire"); else the first name,
    from our own list (the tagger reads "Nathalie" as masculine). People with no such clue, or
    with contradicting clues of one strength, are left out."""
    found: dict[str, set[str]] = {}
    for mention in people.mentions_in(0, len(text_of(doc))):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        gender = _gender_before(doc, span.start)
        if gender:
            found.setdefault(people.name_of(mention), set()).add(gender)
    genders = {name: genders.pop() for name, genders in found.items() if len(genders) == 1}
    for person in people.people:
        if person.name in found:
            continue
        # a feminine role tells ("adjointe"); a masculine one may name a woman ("avocat")
        gender = role_gender(person.role.split()[0]) if person.role else ""
        gender = "" if gender == "Masc" else gender
        words = person.name.split()
        if not gender:  # "Nathalie Bertin", and "Léa" named by her first name alone
            gender = first_name_genders().get(words[0], "")
        if gender:
            genders[person.name] = gender
    return genders


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
    gender = _ARTICLES.get(doc[j - 1].lower_, "")
    if gender == "Masc" and doc[j].lower_ in _EPICENE_TITLES:
        # "le professeur Marina Cavazzana": the title keeps its masculine; the first name tells
        return first_name_genders().get(doc[i].text) or gender
    return gender


_EPICENE_WORDS = """professeur docteur ministre juge maire médecin chef procureur préfet recteur
    proviseur ambassadeur commissaire secrétaire chirurgien magistrat général colonel capitaine
    commandant lieutenant sénateur député premier"""
_EPICENE_TITLES = frozenset(_EPICENE_WORDS.split())
"""Titles news French still writes masculine before a woman's name ("le professeur", "le
ministre", "le juge")."""


ONE_PERSON = {"un": "Masc", "une": "Fem", "le": "Masc", "la": "Fem"}


def noun_gender(noun: Token) -> str:
    """ "Masc", "Fem" or "" (unknown), from an article that shows it ("la ministre": the tagger
    calls the noun masculine), else from the noun, else from any article ("la SNCF")."""
    articles = [c for c in noun.children if c.pos_ == "DET" and c.i < noun.i]
    shown = next((ONE_PERSON[a.lower_] for a in articles if a.lower_ in ONE_PERSON), "")
    gender = [shown] if shown else noun.morph.get("Gender")
    for child in articles if not gender else ():
        gender = child.morph.get("Gender")
        break
    return gender[0] if gender else ""
