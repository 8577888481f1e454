"""A role several people share, written once in the plural before their names: "les candidats
Nicolas Sarkozy et François Hollande", "les anciens ministres X, Y et Z": each is "candidat",
"ancien ministre"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.genders import first_name_genders
from tutor.extract.role_words import ROLE_NOUNS

if TYPE_CHECKING:
    from tutor.nlp import Doc

_PLURAL_DETERMINERS = frozenset(
    {"les", "des", "ses", "leurs", "nos", "vos", "ces", "deux", "trois", "quatre"}
)
_PARTICLES = frozenset({"le", "la", "de", "du", "van", "von", "da", "di", "del"})
_OF_PARTICLES = frozenset({"de", "du"})


def shared_role(doc: Doc, first: int) -> str | None:
    """The plural role before a list of names, made singular, for the name starting at token
    `first`; None when the names are not led by one."""
    i = first - 1
    while i > 0 and (
        _capitalised_name(doc, i) or doc[i].text in (",", "et") or doc[i].text in _TITLES
    ):
        i -= 1  # back over the names listed before this one
    complement = ""
    if doc[i + 1].text == "," and doc[i].text.islower():
        noun_at = _noun_before_complement(doc, i)
        if noun_at is not None:  # "Les avocats de la défense, Me X et Me Y"
            complement = " " + doc[noun_at + 1 : i + 1].text
            i = noun_at
    after: list[str] = []
    while i > 0 and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        after.insert(0, _singular(doc[i].lower_))  # "les journalistes français X et Y"
        i -= 1
    noun = doc[i]
    if noun.pos_ != "NOUN" or "Plur" not in noun.morph.get("Number"):
        return None
    singular = _singular(noun.lower_)
    if singular not in ROLE_NOUNS:
        return None
    words = [singular, *after]
    j = i - 1
    while j >= 0 and doc[j].pos_ == "ADJ" and doc[j].text.islower():
        words.insert(0, _singular(doc[j].lower_))
        j -= 1
    if j < 0 or doc[j].lower_ not in _PLURAL_DETERMINERS:
        return None
    if first_name_genders().get(doc[first].text) == "Fem":
        words = [_feminine(w) for w in words]
    return " ".join(words) + complement


_TITLES = frozenset({"M.", "Mme", "Me", "Dr", "Pr"})
_OF_WORDS = frozenset({"de", "du", "des", "d'", "d’"})


def _noun_before_complement(doc: Doc, last: int) -> int | None:
    """The plural role noun whose complement ends at token `last` ("avocats" of "Les avocats
    de la défense"), a few words back."""
    k = last
    while k > 0 and last - k < 6 and doc[k].pos_ in ("NOUN", "DET", "ADP", "ADJ", "PROPN"):
        noun = doc[k - 1]
        plural = noun.pos_ == "NOUN" and "Plur" in noun.morph.get("Number")
        if doc[k].lower_ in _OF_WORDS and plural:
            return k - 1 if _singular(noun.lower_) in ROLE_NOUNS else None
        k -= 1
    return None


def _capitalised_name(doc: Doc, i: int) -> bool:
    """A word of a name: capitalised, or a particle inside one ("Le Pen", "de Villepin"). A
    "de" after a lower-case word is that word's complement: "les joueurs de Frédéric Lamarque"
    are his players, and he is not one of them (he is their coach)."""
    if doc[i].lower_ in _OF_PARTICLES and (i == 0 or not doc[i - 1].text[:1].isupper()):
        return False
    if doc[i].lower_ in _PARTICLES and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
        return doc[i].ent_type_ == "PER" or doc[i + 1].ent_type_ == "PER"
    return doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()


def _singular(word: str) -> str:
    if word.endswith("aux") and len(word) > 4:
        return word[:-3] + "al"  # "généraux"
    if word.endswith(("ais", "ois", "us", "os")):
        return word  # "français", "gros": the same in the singular
    return word[:-1] if word.endswith(("s", "x")) else word


def _feminine(word: str) -> str:
    """ "candidat" -> "candidate", "ancien" -> "ancienne", when the role list or the usual
    endings know the form; else the word as it is ("ministre")."""
    if word in ROLE_NOUNS:
        for form in (word + "e", word[:-1] + "rice", word[:-2] + "rice", word[:-1] + "se"):
            if form != word and form in ROLE_NOUNS:
                return form
        return word
    if word.endswith("ien"):
        return word + "ne"
    return word if word.endswith("e") else word + "e"
