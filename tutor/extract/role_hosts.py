"""The firm a role is held at when the article names it only by "Chez X," at the head of the
sentence or of the one before: "Chez Ventéole, la déception est vive. Le directeur du
développement, Marc-Antoine Ferrand, …" is "directeur du développement de Ventéole"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.owner_names import of_name
from tutor.extract.role_phrase import sentence_start

if TYPE_CHECKING:
    from tutor.nlp import Doc


def at_host(doc: Doc, name_start: int, role: str) -> str:
    """ "Chez Kerlia, la présidente-directrice générale, X": a role that names no owner, in a
    sentence that opens on "chez" and a body's name, is that body's (as a possessive's is the
    body named before it); without "chez" the article says no more than "la directrice". The
    sentence before may open on it instead ("Chez Renault, on se dit confiant. La porte-parole,
    X, …"), when the role opens its own sentence and is one a firm gives (not "Le maire, X")."""
    words = role.replace("'", "' ").replace("’", "’ ").split()
    if _owned(words):
        return role  # "directrice de l'usine", "analyste chez Oddo BHF": an owner already
    head = words[0].lower()
    office = head in _FIRM_OFFICES or head.split("-")[0] in _FIRM_OFFICES
    start = sentence_start(doc, name_start)
    host = _host(doc, start, name_start)
    if host is None and (office or head in _FIRM_JOBS) and _role_opens(doc, start, name_start):
        host = _host_before(doc, start)
    if host is None:
        return role
    if office:
        return f"{role} {of_name(host)}"
    return f"{role} chez {host}"  # "analyste chez Oddo BHF": works there, heads nothing


def _host(doc: Doc, start: int, stop: int) -> str | None:
    """The body's name after "Chez" opening the sentence at `start`, up to its comma and before
    token `stop`; None for a family's or a person's home ("Chez les Martin", "Chez Paul Roux").
    One word the model takes for a person's ("Chez Ventéole,") is a firm's name: the press
    names a person's home by the full name."""
    if doc[start].lower_ != "chez" or start + 1 >= stop:
        return None
    last = start + 1
    while last + 1 < stop and (
        doc[last + 1].text[:1].isupper()
        or (doc[last + 1].text == "-" and not doc[last].whitespace_)
    ):
        last += 1
    host = doc[start + 1 : last + 1]
    if not host.text[:1].isupper() or (len(host) > 1 and any(t.ent_type_ == "PER" for t in host)):
        return None
    return host.text if doc[last + 1].text == "," else None


def _host_before(doc: Doc, start: int) -> str | None:
    """The host the sentence right before opens on, in the same paragraph."""
    if start < 3 or doc[start - 1].text not in (".", "!", "?"):
        return None
    return _host(doc, sentence_start(doc, start - 1), start - 1)


def _role_opens(doc: Doc, start: int, name_start: int) -> bool:
    """ "Le directeur du développement, X, juge …": the role and its comma, with no verb, are all
    the sentence says before the name."""
    before = doc[start:name_start]
    return (
        0 < len(before) <= 8
        and before[-1].text == ","
        and not any(t.pos_ in ("VERB", "AUX") for t in before)
    )


def _owned(words: list[str]) -> bool:
    """Whether a role names what it is held over or where: "directrice de l'usine", "analyste
    chez Oddo BHF"; a trade ("chef de projet", "chargée de mission") or a department ("directeur
    du développement", "de la communication") is held at a body the role does not name."""
    for i, word in enumerate(words):
        lower = word.lower()
        if lower not in _HOLDER_WORDS:
            continue
        following = words[i + 1 : i + 3]
        if lower in ("de", "d'", "d’") and following and following[0].islower():
            if following[0] not in _ARTICLES:
                continue  # "chef de projet", "responsable d'exploitation"
            following = following[1:]
        elif lower in ("du", "des"):
            pass
        else:
            return True
        if not following or following[0].lower() not in _DEPARTMENTS:
            return True
    return False


_HOLDER_WORDS = frozenset({"de", "du", "des", "d'", "d’", "chez", "à", "au", "aux", "auprès"})
_ARTICLES = frozenset({"la", "le", "les", "l'", "l’"})
_DEPARTMENTS_WORDS = """
    développement communication marketing recherche production ventes ressources stratégie
    innovation achats finances exploitation opérations programmation projets relations affaires
    informatique logistique qualité sécurité
"""
_DEPARTMENTS = frozenset(_DEPARTMENTS_WORDS.split())
"""A firm's departments, which a role may head without naming the firm ("directeur du
développement", "directrice de la communication")."""
_FIRM_OFFICES_WORDS = """
    président présidente pdg directeur directrice gérant gérante patron patronne dirigeant
    dirigeante fondateur fondatrice cofondateur cofondatrice secrétaire trésorier trésorière
    porte-parole administrateur administratrice
"""
_FIRM_OFFICES = frozenset(_FIRM_OFFICES_WORDS.split())
"""Offices held over a body, owned by it ("directeur général de Renault"); anyone else works
there ("analyste chez Oddo BHF")."""
_FIRM_JOBS_WORDS = "responsable chef cheffe ingénieur ingénieure chargé chargée analyste juriste"
_FIRM_JOBS = frozenset(_FIRM_JOBS_WORDS.split())
"""Jobs at a firm that a "Chez X," in the sentence before may still be meant for."""
