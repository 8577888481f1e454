"""Owners of a possessive role that are no one's name: a crowd known by its trade ("Les
commerçants du centre-ville étaient venus nombreux. Leur porte-parole, X") and a body known by
a possessive of its own ("Les commerçants de la rue Jean-Jaurès restent inquiets. Leur
association réclame … », explique sa présidente, X": the association of those shopkeepers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.owner_names import names_an_organisation, organisations
from tutor.extract.role_phrase import sentence_start, word_at
from tutor.extract.role_words import is_role_noun

if TYPE_CHECKING:
    from tutor.nlp import Doc

_RELATIVES = frozenset({"parents", "proches", "enfants", "familles"})
_DISLOCATED = frozenset({"eux", "elles"})
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
_VOWELS = frozenset("aâàeéèêiîoôuûh")


def crowd(doc: Doc, start: int, end: int) -> str | None:
    """ "Les commerçants du centre-ville étaient venus nombreux. Leur porte-parole, X":
    people named by their trade or standing, subject of the sentence before, own "leur"; so do
    relatives ("Dans la salle, les parents de X écoutent ... Leur avocate, Y"), and a subject
    set off by "eux" ("Les commerçants de la rue Royale, eux, réclament ...")."""
    if doc[start].pos_ == "ADP":
        comma = next((t.i for t in doc[start : min(start + 6, end)] if t.text == ","), None)
        start = comma + 1 if comma is not None else start  # past "Dans la salle,"
    body = _members_of(doc, start, end) or _party_members(doc, start, end)
    if body is not None:
        return body
    if end - start < 3 or doc[start].lower_ != "les":
        return None
    noun = doc[start + 1]
    plural = noun.pos_ == "NOUN" and noun.text.islower() and noun.text[-1:] in "sx"
    if not plural or not (is_role_noun(noun.text[:-1]) or noun.lower_ in _RELATIVES):
        return None
    last = start + 1
    while last + 1 < end and doc[last + 1].pos_ in ("NOUN", "ADJ", "ADP", "DET", "PROPN"):
        last += 1
    verb = last + 1
    if verb + 3 < end and doc[verb].text == "," and doc[verb + 1].lower_ in _DISLOCATED:
        verb += 3 if doc[verb + 2].text == "," else 0
    if doc[last].pos_ in ("ADP", "DET") or doc[verb].pos_ not in ("VERB", "AUX"):
        return None
    return f"des {doc[start + 1 : last + 1].text}"


_OF_BODY = {"le": "du", "la": "de la", "l'": "de l'", "l’": "de l’", "les": "des"}


def _members_of(doc: Doc, start: int, end: int) -> str | None:
    """ "Dans les tribunes, une trentaine d'étudiants de l'Union étudiante suivaient les
    débats. Leur présidente, X": people of a body named by its proper name, subject of the
    sentence, are its members; "leur" office is the body's ("de l'Union étudiante")."""
    for tok in doc[start : min(start + 6, end)]:
        if tok.pos_ in ("VERB", "AUX"):
            return None
        plural = tok.pos_ == "NOUN" and tok.text.islower() and tok.text[-1:] in "sx"
        if not plural or not is_role_noun(tok.text[:-1]):
            continue
        link = doc[tok.i + 1].lower_
        if link not in ("de", "du", "des") or tok.i + 3 >= end:
            return None
        first = tok.i + 2
        of = link
        if link == "de" and doc[first].lower_ in _OF_BODY:
            of = _OF_BODY[doc[first].lower_]  # "de l'Union étudiante"
            first += 1
        if doc[first].ent_type_ != "ORG":
            return None
        last = first
        while last + 1 < end and (
            doc[last + 1].ent_type_ == "ORG"
            or (doc[last + 1].pos_ == "ADJ" and doc[last + 1].text.islower())
        ):
            last += 1
        if doc[last + 1].pos_ not in ("VERB", "AUX"):
            return None  # the members must be the subject: "… de l'Union étudiante suivaient"
        name = doc[first : last + 1].text
        if of == "de" and name[:1] in _VOWELS:
            return f"d'{name}"
        return f"{of}{name}" if of.endswith(("'", "’")) else f"{of} {name}"
    return None


_PARTISANS_WORDS = """
    socialistes libéraux écologistes conservateurs démocrates centristes communistes
    travaillistes nationalistes indépendantistes républicains insoumis verts
    chrétiens-démocrates sociaux-démocrates militants adhérents sympathisants
"""
_PARTISANS = frozenset(_PARTISANS_WORDS.split())
"""People known by the party they belong to: "les socialistes flamands de Vooruit" are its
members, whatever the model makes of its name (Vooruit is tagged a place)."""


def _party_members(doc: Doc, start: int, end: int) -> str | None:
    """ "… à laquelle les socialistes flamands de Vooruit refusent de toucher. « … », avait
    répété leur président, X": a party's members, subject of a verb anywhere in the sentence,
    make "leur" office the party's ("de Vooruit"), even in a relative clause."""
    for tok in doc[start:end]:
        if tok.lower_ not in _PARTISANS or not tok.dep_.startswith("nsubj"):
            continue
        if tok.i == 0 or doc[tok.i - 1].lower_ != "les":
            continue
        of = tok.i + 1
        while of < end and doc[of].pos_ == "ADJ" and doc[of].text.islower():
            of += 1  # "flamands"
        if of + 1 >= end or doc[of].lower_ not in ("de", "du", "des", "d'", "d’"):
            continue
        first = of + 1
        if doc[of].lower_ in ("de", "d'", "d’") and doc[first].lower_ in _OF_BODY:
            first += 1  # "de la N-VA"
        name = doc[first : _name_end(doc, first, end) + 1]
        if not name.text[:1].isupper() or any(t.ent_type_ == "PER" for t in name):
            continue
        return f"{doc[of:first].text} {name.text}".replace("' ", "'").replace("’ ", "’")
    return None


def _name_end(doc: Doc, first: int, end: int) -> int:
    """The last token of a name of capitalised words, glued pieces included ("N-VA", "CD&V")."""
    last = first
    while last + 1 < end:
        following = doc[last + 1]
        glued = not doc[last].whitespace_ and (following.is_alpha or following.text in "-&")
        if not glued and not (following.is_alpha and following.text[:1].isupper()):
            break
        last += 1
    return last


def possessed_body(doc: Doc, start: int, end: int) -> str | None:
    """ "Leur association réclame une indemnisation": a body that opens its sentence as its
    subject with a possessive of its own is the body of that possessive's owner ("de
    l'association des commerçants de la rue Jean-Jaurès"): for "leur", the crowd subject of the
    sentence before; for "son", "sa", the organisation named there. None when the owner is not
    clear."""
    if end - start < 3 or doc[start].lower_ not in _POSSESSIVES:
        return None
    noun = doc[start + 1]
    if not names_an_organisation(noun.text) or not noun.text.islower():
        return None
    if not noun.dep_.startswith("nsubj") or doc[start + 2].pos_ not in ("VERB", "AUX"):
        return None
    if start == 0:
        return None
    before = sentence_start(doc, start - 1)
    if doc[start].lower_ in ("leur", "leurs"):
        owner = crowd(doc, before, start)
    else:
        found = organisations(doc, before, start)
        owner = found[0] if len(found) == 1 else None
    if owner is None:
        return None
    word = noun.text
    if "Plur" in noun.morph.get("Number"):
        return f"des {word} {owner}"
    if word[:1] in _VOWELS:
        return f"de l'{word} {owner}"
    feminine = "Fem" in noun.morph.get("Gender")
    return f"de la {word} {owner}" if feminine else f"du {word} {owner}"


_BODY_OFFICES_WORDS = """
    président présidente vice-président vice-présidente directeur directrice porte-parole
    secrétaire trésorier trésorière délégué déléguée responsable coprésident coprésidente
    fondateur fondatrice animateur animatrice coordinateur coordinatrice
"""
_BODY_OFFICES = frozenset(_BODY_OFFICES_WORDS.split())
"""Offices held over a body ("sa présidente"), which a possessive body can own."""
_OWNED = (" de ", " du ", " des ", " d'", " d’", " chez ", " à ", " au ", " aux ")
_SENTENCES_BACK = 2


def possessed_owner(doc: Doc, name_start: int, role: str) -> str:
    """ "Leur association réclame … « … », explique sa présidente, X": a possessive office
    with no owner found yet is the office of the possessive body that opens one of the two
    sentences before ("présidente de l'association des commerçants de la rue Jean-Jaurès");
    the role as it is otherwise."""
    words = role.split()
    if any(mark in f" {role} " for mark in _OWNED) or words[0].lower() not in _BODY_OFFICES:
        return role
    at = name_start - 1
    while at > 0 and doc[at].text in (",", " "):
        at -= 1
    while at >= 0 and doc[at].text != words[0] and word_at(doc, at) != words[0]:
        at -= 1
    if at <= 0 or doc[at - 1].lower_ not in _POSSESSIVES:
        return role
    start = sentence_start(doc, at - 1)
    for _ in range(_SENTENCES_BACK):
        if start == 0:
            return role
        end, start = start, sentence_start(doc, start - 1)
        body = possessed_body(doc, start, end)
        if body is not None:
            return f"{role} {body}"
    return role
