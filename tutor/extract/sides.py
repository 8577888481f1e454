"""The side a sentence opens on, which "on" then speaks for: "Côté direction, on se veut
rassurant", "Du côté de la mairie, on assure ...", "Chez Renault, on se dit « confiant »", "À la
préfecture, on indique que ..."."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.lexicon import INSTITUTIONS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from tutor.extract.speakers import SpeakerResolver
    from tutor.nlp import Token

_FEMININE_ENDINGS = ("tion", "sion", "xion", "té", "ure", "ence", "ance", "ie", "esse")
"""Endings of feminine nouns, for a bare noun the tagger leaves without gender (it often reads
"direction" or "mairie" after "Côté" as a name)."""
_VOWELS = frozenset("aeiouyhéèêàâîôû")


def side_speaking(resolver: SpeakerResolver, on: Token) -> str | None:
    """Who "on" means when the sentence opens on a side and a comma right before it."""
    return _side_before(resolver, on.sent.start, on.i)


def _side_before(resolver: SpeakerResolver, start: int, at: int) -> str | None:
    """The side the sentence opening at `start` names before a comma right before `at`."""
    doc = resolver.doc
    if at < start + 3 or doc[at - 1].text != ",":
        return None
    words = [t.lower_ for t in doc[start : start + 3]]
    if words[:2] == ["du", "côté"]:
        first = start + 2 + (words[2] in ("de", "d'", "d’"))
    elif words[0] in ("côté", "chez"):
        first = start + 1
    elif words[0] in ("à", "au") and _a_body(doc[start + 1 : at - 1]):
        first = start + 1  # "À la mairie, on assure ...", not "À Lyon, on ..."
    else:
        return None
    return side_named(resolver, first, at - 2)


_ONE_OF_A_SIDE = frozenset(
    {"porte-parole", "responsable", "représentant", "représentante", "dirigeant", "dirigeante"}
)


def of_the_side(resolver: SpeakerResolver, label: str, first: int) -> str:
    """ "Du côté de l'armée, un porte-parole a indiqué ...": "un porte-parole de l'armée", not
    "un porte-parole", which out of its sentence could be anyone's (the UN's spokeswoman is
    quoted two paragraphs before). Other labels are returned as they are."""
    words = label.split()
    if len(words) != 2 or words[0] not in ("un", "une") or words[1] not in _ONE_OF_A_SIDE:
        return label
    side = _side_before(resolver, resolver.doc[first].sent.start, first)
    if side is None:
        return label
    head, _, rest = side.partition(" ")
    contracted = {"le": "du", "les": "des"}.get(head.lower())
    if contracted and rest:
        return f"{label} {contracted} {rest}"
    return f"{label} d'{side}" if side[:1].lower() in _VOWELS - {"h"} else f"{label} de {side}"


def _a_body(words: Sequence[Token]) -> bool:
    """Whether the place a sentence opens on is a body that speaks: "la mairie", "le ministère
    de l'Intérieur"; not a town or a time ("À Lyon", "À ce stade")."""
    noun = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), None)
    return noun is not None and noun.lemma_.lower() in INSTITUTIONS


def side_named(resolver: SpeakerResolver, first: int, last: int) -> str | None:
    """The side as a reader names it: "Côté direction" is "la direction", "Côté syndicats" "les
    syndicats"; a name ("Chez Renault") or a noun with its article stays as written."""
    described = resolver.describe(first, last)
    word = resolver.doc[first]
    if described is None or not described.startswith(word.text):
        return described
    if word.text[:1].isupper():
        # "Côté Élysée, on ...": a seat of power the press writes with its article
        return (
            f"{article}{described}" if (article := _article_of_name(resolver, word)) else described
        )
    if not word.text.islower():
        return described
    if word.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return described
    return f"{_article(word)}{described}"


def _article(noun: Token) -> str:
    """The definite article of a bare noun: from its number and gender as tagged, else from its
    ending."""
    text = noun.text.lower()
    if "Plur" in noun.morph.get("Number") or text.endswith(("s", "x")):
        return "les "
    if text[0] in _VOWELS:
        return "l'"
    gender = noun.morph.get("Gender")
    feminine = gender == ["Fem"] or (not gender and text.endswith(_FEMININE_ENDINGS))
    return "la " if feminine else "le "


_NAMES_WITH_ARTICLES = {
    "élysée": "l'",
    "kremlin": "le ",
    "pentagone": "le ",
    "vatican": "le ",
    "sénat": "le ",
    "quai": "le ",
    "medef": "le ",
}
"""Names of bodies the press writes with their article ("l'Élysée", "le Kremlin"), as against
"Matignon", "Bercy" or "Renault"."""
_ARTICLES_BEFORE = {"le": "le ", "la": "la ", "les": "les ", "l'": "l'", "l’": "l'", "du": "le "}
_ARTICLES_BEFORE |= {"au": "le ", "aux": "les ", "des": "les "}


def _article_of_name(resolver: SpeakerResolver, word: Token) -> str:
    """The article the article itself writes before a name elsewhere ("à l'Élysée"), else the
    one the press writes before a known seat of power; "" for a name that takes none."""
    for tok in resolver.doc:
        if tok.text == word.text and tok.i != word.i and tok.i > 0:
            before = resolver.doc[tok.i - 1].lower_
            if before in _ARTICLES_BEFORE:
                return _ARTICLES_BEFORE[before]
    return _NAMES_WITH_ARTICLES.get(word.lower_, "")
