"""Roles given by a verb or a phrase rather than a noun in apposition: "le conseil a élu X maire
de Y", "X est la nouvelle directrice de ...", "X, à la tête de la fédération", and two people
described in turn ("X et Y ... Le patron de A et la directrice de B ...")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.extract.genders import first_name_genders
from tutor.extract.owner_names import of_name
from tutor.extract.role_phrase import role_end, role_from, role_text, word_at
from tutor.extract.role_words import is_role_noun
from tutor.extract.tokens import table_of

if TYPE_CHECKING:
    from tutor.nlp import Doc

_WHEN_WORDS = """
    lundi mardi mercredi jeudi vendredi samedi dimanche soir matin hier aujourd'hui dernier
    dernière
"""
_WHEN = frozenset(_WHEN_WORDS.split())
_SINCE = frozenset({"depuis", "pendant", "durant"})
_APPOINTING_WORDS = """
    nommé nommée désigné désignée élu élue réélu réélue choisi choisie nommant désignant
    choisissant nomme nomment désigne
"""
_APPOINTING = frozenset(_APPOINTING_WORDS.split())
_BEING_WORDS = "est était devient redevient reste demeure"
_BEING = frozenset(_BEING_WORDS.split())
_OF_WORDS = frozenset({"de", "du", "des", "d'", "d’"})
_BECOME = frozenset({"devenu", "devenue", "resté", "restée"})
_FEMININE_TITLES = {
    "président": "présidente",
    "directeur": "directrice",
    "dirigeant": "dirigeante",
    "commandant": "commandante",
    "représentant": "représentante",
    "coordinateur": "coordinatrice",
    "entraîneur": "entraîneuse",
    "gérant": "gérante",
    "animateur": "animatrice",
}


def past_when(doc: Doc, i: int) -> int:
    """The first token after a day or a span of time ("élue dimanche présidente", "qui est
    depuis trois ans le directeur"): when the role was given, not what it is."""
    while i < len(doc):
        if doc[i].lower_ in _WHEN:
            i += 1
        elif doc[i].lower_ == "en" and i + 1 < len(doc) and doc[i + 1].like_num:
            i += 2  # "devenu en 2019 président"
        elif doc[i].lower_ in _SINCE:
            j = i + 1
            while j < min(i + 4, len(doc)) and doc[j].pos_ in ("NUM", "NOUN"):
                if is_role_noun(doc[j].text):
                    return i
                j += 1
            if j == i + 1:
                return i
            i = j
        else:
            return i
    return i


def appointed_before(doc: Doc, body: str, first: int, after: int) -> str | None:
    """ "Le conseil a élu mardi soir X maire de Y", "a désigné X médiateur", "a choisi X comme
    directrice": the role the verb before the name gives, written right after the name."""
    i = first - 1
    while i >= 0 and doc[i].lower_ in _WHEN:
        i -= 1
    if i < 0 or doc[i].lower_ not in _APPOINTING or after >= len(doc):
        return None
    if doc[after].lower_ == "comme" and after + 1 < len(doc):
        after += 1  # "a choisi X comme directrice générale"
    words = [t.lower_ for t in doc[after : after + 3]]
    if words[:2] == ["au", "poste"] and words[2:] in (["de"], ["d'"], ["d’"]):
        after += 3  # "a nommé X au poste de directrice générale"
    if not is_role_noun(doc[after].text):
        return at_head(doc, body, after)
    return role_from(doc, body, after, after)


def at_head(doc: Doc, body: str, i: int) -> str | None:
    """ "X, à la tête de la Fédération française de judo depuis 2020" -> "à la tête de la
    Fédération française de judo"."""
    words = [t.lower_ for t in doc[i : i + 4]]
    if words[:3] != ["à", "la", "tête"] or len(words) < 4 or words[3] not in _OF_WORDS:
        return None
    end = role_end(doc, i + 3)
    if end == i + 3 or role_text(doc, body, i + 3, end) is None:
        return None
    return body[doc[i].idx : doc[end].idx + len(doc[end].text)]


_WORKS_WORDS = "travaille travaillait exerce exerçait officie officiait"
_WORKS = frozenset(_WORKS_WORDS.split())


def attribute_role(doc: Doc, body: str, after: int) -> str | None:
    """ "X est la nouvelle présidente de l'université", "X devient membre du comité": the role
    the sentence says the person has (not "X est la première à ...")."""
    if after + 2 < len(doc) and doc[after].lower_ in _WORKS and doc[after + 1].lower_ == "comme":
        after += 1  # "X travaille comme sage-femme à la maternité": as "X est sage-femme"
    elif after >= len(doc) or doc[after].lower_ not in _BEING:
        return None
    i = past_when(doc, after + 1)
    if i < len(doc) and doc[i].lower_ in _BECOME:
        i = past_when(doc, i + 1)  # "X est devenue la première présidente du club"
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    if i < len(doc) and at_head(doc, body, i):
        return at_head(doc, body, i)  # "X est à la tête de l'entreprise"
    first = i
    words = [t.lower_ for t in doc[i : i + 3]]
    if words[:1] in (["l'"], ["l’"]) and words[1:] in (["un", "des"], ["une", "des"]):
        plural = doc[i + 3].lower_ if i + 3 < len(doc) else ""
        singular = plural[:-1] if plural[-1:] in "sx" else plural
        # "X est l'un des fondateurs du festival", as "X, l'un des fondateurs ..."
        return role_from(doc, body, first, i + 3) if is_role_noun(singular) else None
    if i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    while i < len(doc) and doc[i].pos_ == "ADJ" and not is_role_noun(doc[i].text):
        i += 1
    if i >= len(doc) or not is_role_noun(word_at(doc, i)):
        return None  # "sage-femme", "aide-soignante": split at the hyphen by the tokenizer
    noun = i + 1 if doc[i].lower_ in ("premier", "première") and i + 1 < len(doc) else i
    if doc[noun].lower_ == "à" or not_a_role(doc, noun):
        return None  # "X est la première à ...", "X est la première femme à ..."
    return role_from(doc, body, first, i)


def not_a_role(doc: Doc, i: int) -> bool:
    """ "la jeune femme", "le premier homme à ...": "femme" and "homme" are roles only as
    someone's ("sa femme", "la femme de X"); "milieu" only as a player's ("le milieu de
    terrain", "la milieu espagnole"), not "le milieu associatif"."""
    of = i + 1 < len(doc) and doc[i + 1].lower_ in _OF_WORDS
    if doc[i].lower_ == "milieu":
        field = [t.lower_ for t in doc[i + 1 : i + 3]] == ["de", "terrain"]
        return not field and not (i > 0 and doc[i - 1].lower_ in ("la", "une"))
    return doc[i].lower_ in ("femme", "homme", "femmes", "hommes") and not of


def agreeing_title(doc: Doc, first: int, title: str) -> str:
    """ "président" for a man, "présidente" for a woman: the title made from a verb ("qui
    préside") agrees with the person, known from a title or the first name."""
    feminine = (first > 0 and doc[first - 1].text in ("Mme", "Mlle")) or first_name_genders().get(
        doc[first].text
    ) == "Fem"
    return _FEMININE_TITLES.get(title, title) if feminine else title


def paired_descriptions(doc: Doc, body: str) -> list[tuple[int, str, str]]:
    """ "Le patron de Brico+ et la directrice de Maisonia espèrent ...": two roles opening a
    sentence, joined by "et", each with its offset (who they are is the caller's business)."""
    found = []
    lower = table_of(doc).lower  # a Token only for each "et"
    for i in (i for i, word in enumerate(lower) if word == "et"):
        tok = doc[i]
        if tok.i < 2 or tok.i + 2 >= len(doc):
            continue
        first = _opening_role(doc, tok.i)
        second = tok.i + 2
        if first is None or doc[tok.i + 1].pos_ != "DET" or not is_role_noun(doc[second].text):
            continue
        end = role_end(doc, second)
        if end + 1 >= len(doc) or doc[end + 1].pos_ not in ("VERB", "AUX"):
            continue
        one = role_from(doc, body, first, first)
        other = role_from(doc, body, second, second)
        if one and other and role_end(doc, first) == tok.i - 1:
            found.append((doc[first].idx, one, other))
    return found


def _opening_role(doc: Doc, conjunction: int) -> int | None:
    """The role noun that opens the sentence and whose noun phrase ends right before "et"."""
    for i in range(conjunction - 1, max(conjunction - 8, 0), -1):
        if is_role_noun(doc[i].text) and doc[i - 1].pos_ == "DET":
            start = i - 1
            if start == 0 or doc[start - 1].text in (".", "!", "?") or "\n" in doc[start - 1].text:
                return i
    return None


def owned_by_antecedent(doc: Doc, name_start: int, role: str) -> str | None:
    """ "le fonds Garonne Capital, dont X est l'associé fondateur", "l'entreprise, dont X est la
    directrice": a role the relative clause gives with "dont" is the antecedent's."""
    if name_start < 3 or doc[name_start - 1].lower_ != "dont" or doc[name_start - 2].text != ",":
        return None
    if _OWNED.search(role):
        return None  # "dont X est la directrice de l'usine": its owner is said
    end = name_start - 3
    first = end
    while first > 0 and (doc[first - 1].text[:1].isupper() or doc[first - 1].text == "-"):
        first -= 1
    if doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
        return f"{role} {of_name(doc[first : end + 1].text)}"  # "de Garonne Capital"
    det = doc[end - 1].lower_ if end > 0 else ""
    if doc[end].pos_ == "NOUN" and det in _OF_ARTICLE:
        return f"{role} {_OF_ARTICLE[det]}{doc[end].text}"  # "de l'entreprise"
    return None


_OWNED = re.compile(r"\s(?:de|du|des|d['’])\s?")
_OF_ARTICLE = {"le": "du ", "la": "de la ", "l'": "de l'", "l’": "de l’"}


_COPULAS = frozenset({"est", "sera", "était", "serait", "devient", "deviendra", "reste"})


def subject_role(doc: Doc, body: str, name_start: int) -> str | None:
    """ "Son premier adjoint sera X, chef d'entreprise": the role that opens the sentence as the
    subject of "être" or "devenir" with the name as its attribute (the trade after is less)."""
    verb = name_start - 1
    if verb < 2 or doc[verb].lower_ not in _COPULAS:
        return None
    first = verb - 1
    while first > 0 and verb - first < 8 and doc[first - 1].pos_ in _PHRASE:
        first -= 1
    if first > 0 and doc[first - 1].text not in (".", "!", "?") and "\n" not in doc[first - 1].text:
        return None
    if doc[first].pos_ != "DET":
        return None
    noun = next((k for k in range(first + 1, verb) if is_role_noun(doc[k].text)), None)
    if noun is None or any(doc[k].pos_ not in ("ADJ", "NOUN") for k in range(first + 1, noun)):
        return None
    return role_text(doc, body, first + 1, verb - 1)


_PHRASE = frozenset({"DET", "ADJ", "NOUN", "ADP", "PROPN"})
