"""Whom "celle-ci" stands for in a role: "… son sponsor, une entreprise bretonne de produits de
la mer. Le directeur général de celle-ci, X" is "directeur général de l'entreprise bretonne de
produits de la mer"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.role_words import is_role_noun

if TYPE_CHECKING:
    from tutor.nlp import Doc, Token

_DEMONSTRATIVES = {
    "celle-ci": ("Fem", "Sing"),
    "celle-là": ("Fem", "Sing"),
    "celui-ci": ("Masc", "Sing"),
    "celui-là": ("Masc", "Sing"),
    "celles-ci": ("Fem", "Plur"),
    "celles-là": ("Fem", "Plur"),
    "ceux-ci": ("Masc", "Plur"),
    "ceux-là": ("Masc", "Plur"),
}
_STOPS = frozenset({",", ";", ":", "(", ")", "«", "»", "qui", "que", "qu'", "qu’", "dont", "où"})
_LONGEST = 8
"""Words of the antecedent kept after its article: enough to say which thing, short enough for
an option of "Qui est …"."""


def demonstrative_owner(doc: Doc, name_start: int, role: str) -> str:
    """The role with its "de celle-ci" replaced by the thing it stands for: the last noun of
    the same gender and number in the sentence before (the head of a "de" chain, "une
    entreprise … de la mer" is the firm, not the sea); without one, the role alone. A learner
    asked "Qui est X ?" cannot answer "Le directeur général de celle-ci"."""
    words = role.split()
    if len(words) < 3 or words[-2].lower() != "de" or words[-1].lower() not in _DEMONSTRATIVES:
        return role
    bare = " ".join(words[:-2])
    gender, number = _DEMONSTRATIVES[words[-1].lower()]
    start = _sentence_start(doc, name_start)
    if start == 0:
        return bare
    before = _sentence_start(doc, start - 1)
    nouns = [t for t in doc[before:start] if _matches(t, gender, number)]
    if not nouns:
        return bare
    noun = nouns[-1]
    head = noun
    while head.dep_ == "nmod" and head.head.pos_ == "NOUN" and head.head.i < head.i:
        head = head.head
        if _matches(head, gender, number):
            noun = head
    return f"{bare} {_definite(doc, noun, start)}"


def _matches(tok: Token, gender: str, number: str) -> bool:
    return (
        tok.pos_ == "NOUN"
        and tok.text.islower()
        and gender in tok.morph.get("Gender")
        and number in tok.morph.get("Number")
        and not is_role_noun(tok.text)
    )


def _definite(doc: Doc, noun: Token, end: int) -> str:
    """ "de l'entreprise bretonne de produits de la mer": the noun, its adjectives and its
    complement, up to a comma or a relative, after "de" and a definite article."""
    first = noun.i
    while first > 0 and doc[first - 1].pos_ == "ADJ":
        first -= 1
    last = noun.i
    right = max(t.i for t in noun.subtree)
    while last + 1 <= min(right, end - 1) and doc[last + 1].lower_ not in _STOPS:
        if doc[last + 1].pos_ in ("VERB", "AUX", "PUNCT") or last + 1 - first >= _LONGEST:
            break
        last += 1
    while last > noun.i and doc[last].pos_ in ("ADP", "DET"):
        last -= 1  # "… de produits de la": a cut complement keeps no dangling article
    words = doc[first : last + 1].text
    plural = "Plur" in noun.morph.get("Number")
    if plural:
        return f"des {words}"
    if words[:1].lower() in "aâeéèêiîoôuûh":
        return f"de l'{words}"
    return f"de la {words}" if "Fem" in noun.morph.get("Gender") else f"du {words}"


def _sentence_start(doc: Doc, at: int) -> int:
    while at > 0 and doc[at - 1].text not in (".", "!", "?") and "\n" not in doc[at - 1].text:
        at -= 1
    return at
