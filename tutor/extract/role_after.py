"""Roles given after the name: set off by a comma ("Paul James, ambassadeur américain en
Pologne"), in a relative clause ("X, qui préside le club"), or by the news itself ("X, nommé
vice-ministre", "X occupe le poste de directrice")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.role_forms import agreeing_title, at_head, past_when
from tutor.extract.role_phrase import compound_role, role_end, role_from, word_at
from tutor.extract.role_words import is_role_noun

if TYPE_CHECKING:
    from tutor.nlp import Doc

_APPOINTED_WORDS = """
    nommé nommée désigné désignée élu élue réélu réélue promu promue devient deviendra
    redevient devenu devenue reconduit reconduite
"""
APPOINTED = frozenset(_APPOINTED_WORDS.split())
_AUXILIARIES = frozenset({"a", "est", "sera", "été", "avait", "vient", "d'", "d’", "être"})


def appointed(doc: Doc, body: str, after: int, name: int | None = None) -> str | None:
    """ "Christos Staïkouras, nommé vice-ministre", "X, ancien président de Michelin, a été
    nommé président du conseil", "X devient directeur général": the role the news gives."""
    i = after
    if i < len(doc) and doc[i].text == ",":
        close = next((j for j in range(i + 1, min(i + 16, len(doc))) if doc[j].text == ","), None)
        between = doc[i + 1 : close] if close else []
        if i + 1 < len(doc) and doc[i + 1].lower_ in APPOINTED:
            if _elected_one(doc, i + 1):
                return None  # "X, élu étudiant au conseil": what X is, not what X became
            i += 1
        elif close and (
            not any(t.pos_ in ("VERB", "AUX") for t in between) or between[0].lower_ == "qui"
        ):
            i = close + 1  # past an apposition, or "qui était jusqu'ici ..."
        else:
            return None
    while i < len(doc) and doc[i].lower_ in _AUXILIARIES:
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ in _HOLDS:
        return _post_held(doc, body, past_when(doc, i + 1))
    if i + 1 >= len(doc) or doc[i].lower_ not in APPOINTED:
        return None
    i = past_when(doc, i + 1)
    if i >= len(doc):
        return None
    if doc[i].lower_ in ("au", "à") and i + 2 < len(doc) and doc[i + 1].lower_ == "poste":
        i += 3  # "nommé au poste de ..."
    office = _office_of(doc, body, i, name)
    if office:
        return office
    if i < len(doc) and at_head(doc, body, i):
        return at_head(doc, body, i)  # "réélu à la tête du syndicat"
    if i >= len(doc) or not is_role_noun(doc[i].text):
        return None
    role = role_from(doc, body, i, i)
    # "nommé évêque de Périgueux par le pape": who appointed the person is no part of the office
    return role.split(" par ", 1)[0] if role else None


_OFFICES = {"présidence": "président", "direction": "directeur"}


def _office_of(doc: Doc, body: str, i: int, name: int | None) -> str | None:
    """ "élue à la présidence de la fédération" -> "présidente de la fédération"."""
    words = [t.lower_ for t in doc[i : i + 4]]
    if len(words) < 4 or words[:2] != ["à", "la"] or words[2] not in _OFFICES:
        return None
    if words[3] not in ("de", "du", "des", "d'", "d’"):
        return None
    end = role_end(doc, i + 2)
    title = _OFFICES[words[2]]
    if name is not None:
        title = agreeing_title(doc, name, title)
    rest = body[doc[i + 3].idx : doc[end].idx + len(doc[end].text)]
    return f"{title} {rest}" if end > i + 3 else None


def _elected_one(doc: Doc, i: int) -> bool:
    """ "élu étudiant", "élue municipale": "élu" as a noun with its adjective, a role in itself."""
    after = doc[i + 1 : i + 2]
    return doc[i].lower_.startswith("élu") and bool(after) and after[0].dep_ == "amod"


_HOLDS = frozenset({"occupe", "occupait", "occupera", "occupé", "occupée"})


def _post_held(doc: Doc, body: str, i: int) -> str | None:
    """ "X occupe (depuis mars) le poste de directrice financière": the post named after."""
    words = [t.lower_ for t in doc[i : i + 3]]
    if words[:2] != ["le", "poste"] or words[2:] not in (["de"], ["d'"], ["d’"]):
        return None
    noun = i + 3
    if noun >= len(doc) or not is_role_noun(doc[noun].text):
        return None
    return role_from(doc, body, noun, noun)


_BEING_WORDS = "est était fut été sera reste resté restée devient devenu devenue demeure"
_BEING = frozenset(_BEING_WORDS.split())
_OF = {"le": "du", "la": "de la", "l'": "de l'", "les": "des"}
RELATIVE_LEADS = {
    "dirige": "dirigeant",
    "préside": "président",
    "dirigeait": "dirigeant",
    "commande": "commandant",
    "représente": "représentant",
    "coordonne": "coordinateur",
    "entraîne": "entraîneur",
    "gère": "gérant",
    "anime": "animateur",
}


def role_after(doc: Doc, body: str, after: int, name: int) -> str | None:
    """ "Paul James, ambassadeur ...", "Marie Leroux, 45 ans, maire de ...", "X, qui est
    maire de ...", "X, qui dirige la fédération" (-> "dirigeant de la fédération")."""
    if after + 1 < len(doc) and doc[after].text == "(" and is_role_noun(doc[after + 1].text):
        return role_from(doc, body, after + 1, after + 1)  # "Jean Morel (ministre de ...)"
    if after < len(doc) and doc[after].text == "(":
        after = next((j + 1 for j in range(after + 1, after + 5) if doc[j : j + 1].text == ")"), 0)
    if 0 < after < len(doc) and doc[after].text in RELATIVE_LEADS:
        # "X dirige depuis 2019 l'office ...": right after a name, these forms are verbs, though
        # the tagger may read "dirige" as a name ("Claire Petit dirige ...")
        return _relative_role(doc, body, after, name)
    if not 0 < after < len(doc) or doc[after].text != ",":
        return None  # "Jean-Paul Roux (PS), maire de Brest": the party aside is skipped
    i = after + 1
    if i + 2 < len(doc) and doc[i].pos_ == "NUM" and doc[i + 1].lower_ == "ans":
        if doc[i + 2].text != ",":
            return None
        i += 3  # the age comes between the name and the role
    if i + 1 < len(doc) and doc[i].lower_ == "qui":
        return _relative_role(doc, body, i + 1, name)
    if at_head(doc, body, i):
        return at_head(doc, body, i)
    while i < len(doc) and doc[i].lower_ in _FRAMING:
        i += 1  # "X, alors ministre de ...": when, not what
    first = i
    if i + 2 < len(doc) and doc[i].lower_ in ("l'", "l’") and doc[i + 1].lower_ in ("un", "une"):
        i += 1  # "X, l'un des fondateurs du mouvement"
    one_of = False
    if i + 1 < len(doc) and doc[i].lower_ in ("un", "une") and doc[i + 1].lower_ in ("des", "de"):
        i += 2
        one_of = True
        while i < len(doc) and doc[i].pos_ in ("DET", "NUM"):
            i += 1  # "l'un des six urgentistes restants"
    if i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    while (
        i < len(doc)
        and (_adjective(doc, i) or doc[i].lower_ in _NOW)
        and not is_role_noun(doc[i].text)
    ):
        i += 1  # "X, l'actuelle responsable de ...", "actuelle" tagged a noun
    if i >= len(doc):
        return None
    word = word_at(doc, i)
    if word.lower() in ("élu", "élue") and _award(doc, i + 1):
        return None  # "X, élu homme du match,": a distinction, not a role
    noun = word[:-1] if one_of and word[-1:] in "sx" else word
    # "Premier ministre" tagged as a person's name is still a role
    nxt = i + 3 if word != doc[i].text else i + 1  # past a hyphenated role the tagger split
    named = (
        nxt < len(doc)
        and doc[nxt].ent_type_ == "PER"
        and doc[nxt].text[:1].isupper()
        and not is_role_noun(doc[nxt].text)
    )
    if not (is_role_noun(noun) or compound_role(doc, i)) or named:
        return None  # "Après Paul Xavier, le candidat Yves Marchal a parlé": someone else's
    if one_of and noun == word and word[-1:] not in "sx":
        first = i  # "l'une des porte-parole de X": a noun with no plural is simply the role
    role = role_from(doc, body, first, i)
    end = role_end(doc, i)
    since = past_when(doc, end + 1)
    if role and end + 1 < since < len(doc) and doc[since].lower_ in _OF_WORDS:
        # "X, présidente depuis 2019 de l'association": the time phrase inside is left out
        last = role_end(doc, since)
        if last > since + 1:
            return f"{role} {body[doc[since].idx : doc[last].idx + len(doc[last].text)]}"
    return role


def _award(doc: Doc, i: int) -> bool:
    """Whether token `i` after "élu" is a noun that is no role ("homme du match", "meilleur
    joueur" is a role)."""
    return i < len(doc) and doc[i].pos_ == "NOUN" and not is_role_noun(word_at(doc, i))


def _adjective(doc: Doc, i: int) -> bool:
    """An adjective before the role noun, or a word the tagger calls a noun but hangs on the
    next one as its modifier ("quadruple champion olympique")."""
    tok = doc[i]
    return tok.pos_ == "ADJ" or (tok.dep_ == "amod" and tok.head.i == i + 1 and tok.text.islower())


_OF_WORDS = frozenset({"de", "du", "des", "d'", "d’"})
_FRAMING = frozenset({"alors", "désormais", "aujourd'hui", "actuellement", "jusqu'alors"})
_NOW = frozenset({"actuel", "actuelle", "nouveau", "nouvel", "nouvelle"})


def _relative_role(doc: Doc, body: str, verb: int, name: int) -> str | None:
    """ "qui est (aussi) maire de ...", "qui dirige l'ONG ..."; `name` is the person's first
    token."""
    if doc[verb].lower_ in ("a", "avait") and verb + 1 < len(doc) and doc[verb + 1].lower_ == "été":
        verb += 1  # "qui a été ministre de ..."
    if doc[verb].lower_ in _BEING:
        i = past_when(doc, verb + 1)
        if i < len(doc) and doc[i].lower_ in APPOINTED | _BEING:
            i = past_when(doc, i + 1)  # "qui a été nommée directrice"
        while i < len(doc) and doc[i].pos_ == "ADV":
            i += 1
        if at_head(doc, body, i):
            return at_head(doc, body, i)  # "qui est à la tête de l'association"
        first = i
        if i < len(doc) and doc[i].pos_ == "DET":
            i += 1
        if i < len(doc) and is_role_noun(doc[i].text):
            return role_from(doc, body, first, i)
        return None
    title = RELATIVE_LEADS.get(doc[verb].lower_)
    det = past_when(doc, verb + 1)  # "qui dirige depuis 2019 l'office de tourisme"
    while det < len(doc) and doc[det].lower_ in _FRAMING:
        det = past_when(doc, det + 1)  # "qui dirigeait alors le service"
    if title is None or det + 1 >= len(doc) or doc[det].lower_ not in _OF:
        return None
    rest = role_from(doc, body, det + 1, det + 1)
    title = agreeing_title(doc, name, title)
    return f"{title} {_OF[doc[det].lower_]} {rest}".replace("' ", "'") if rest else None
