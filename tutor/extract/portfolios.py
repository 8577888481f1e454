"""Ministers named by the portfolio they get: "le ministère de l'Intérieur revient à X", "X reçoit
la Défense", "le poste de ministre des Finances a été confié à X", "les ministres X (Finances)"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.extract.tokens import text_of

if TYPE_CHECKING:
    from tutor.nlp import Doc, Token

_PORTFOLIO_NOUNS = frozenset({"portefeuille", "ministère", "poste"})
_GIVEN_WORDS = """
    revient revenir reviendra reviennent échoit échoient confié confiée confiés attribué
    attribuée attribués remis remise donné donnée"""
_GIVEN = frozenset(_GIVEN_WORDS.split())
"""Verbs whose subject is the portfolio and whose "à" complement is the minister."""
_TAKEN_WORDS = """
    reçoit recevra récupère récupérera obtient obtiendra hérite héritera garde gardera
    conserve conservera prend prendra décroche décrochera reprend reprendra"""
_TAKEN = frozenset(_TAKEN_WORDS.split())
"""Verbs whose subject is the minister and whose object is the portfolio."""
_MINISTRIES = """
    Défense Intérieur Justice Santé Culture Économie Finances Budget Éducation Travail
    Agriculture Environnement Écologie Logement Transports Industrie Commerce Sports Jeunesse
    Recherche Armées Outre-mer Emploi Énergie Numérique Tourisme Famille Immigration
    Coopération Solidarités Diplomatie
"""
MINISTRIES = frozenset(_MINISTRIES.split())
"""Portfolios named alone, capitalised ("X reçoit la Défense"): a short list, because "X reçoit
la Légion d'honneur" names no ministry; "le portefeuille de ..." needs no list."""
_STOP = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "«", "»", "qui", "que", "et"})


def portfolio_role(doc: Doc, body: str, first: int, last: int) -> str | None:
    """The ministry given to the person named by tokens first..last, as "ministre de ..."."""
    return (
        _given_to(doc, body, first)
        or _handed_to(doc, body, first)
        or _taken_by(doc, body, last)
        or _listed(doc, body, last)
    )


_HANDING_WORDS = "confié confie confiera attribué attribue donné donne"
_HANDING = frozenset(_HANDING_WORDS.split())


def _handed_to(doc: Doc, body: str, first: int) -> str | None:
    """ "François Bayrou a confié l'Intérieur à Bruno Retailleau": the portfolio the head of
    government hands to the person."""
    at = first - 1
    if at < 3 or doc[at].lower_ != "à" or doc[at - 1].text not in MINISTRIES:
        return None
    article = doc[at - 2].lower_
    if article not in ("le", "la", "l'", "l’", "les"):
        return None
    verb = at - 3
    if doc[verb].lower_ in ("et", ","):  # "... et la Justice à Y": the verb said once
        while verb > 0 and at - verb < 16 and doc[verb].lower_ not in _HANDING:
            if doc[verb].text in (".", ";", ":"):
                return None
            verb -= 1
    if doc[verb].lower_ not in _HANDING:
        return None
    return "ministre " + _of(article) + doc[at - 1].text


def _given_to(doc: Doc, body: str, first: int) -> str | None:
    """ "Le ministère des Affaires étrangères revient au conservateur Dimitris Avramopoulos"."""
    i = first - 1
    steps = 0
    while i >= 0 and steps < 4 and doc[i].pos_ in ("NOUN", "ADJ", "DET") and doc[i].text != ",":
        i -= 1
        steps += 1
    if i < 1 or doc[i].lower_ not in ("à", "au", "aux"):
        return None
    verb = doc[i - 1]
    if verb.lower_ not in _GIVEN:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i]
    if not subjects or subjects[0].lower_ not in _PORTFOLIO_NOUNS:
        return None
    return _ministry_after(doc, body, subjects[0])


def _taken_by(doc: Doc, body: str, last: int) -> str | None:
    """ "Panos Panayiotopoulos reçoit la Défense", "X récupère le portefeuille de la Marine
    marchande", "X reçoit celui de la justice" (after a portfolio named earlier)."""
    i = last + 1
    if i >= len(doc) or doc[i].lower_ not in _TAKEN:
        return None
    obj = i + 1
    if obj + 1 >= len(doc):
        return None
    word = doc[obj]
    if word.lower_ in ("le", "la", "l'", "l’") and doc[obj + 1].lower_ in _PORTFOLIO_NOUNS:
        return _ministry_after(doc, body, doc[obj + 1])
    if word.lower_ == "celui" and _portfolio_before(doc, obj):
        return _ministry_after(doc, body, word)
    if word.lower_ in ("la", "l'", "l’", "le", "les") and doc[obj + 1].text in MINISTRIES:
        end = obj + 1
        if end + 1 < len(doc) and doc[end + 1].pos_ == "ADJ" and doc[end + 1].text[:1].islower():
            end += 1  # "les Affaires étrangères"
        return "ministre " + _of(doc[obj].lower_) + body[doc[obj + 1].idx : _end(doc, end)]
    return None


def _portfolio_before(doc: Doc, at: int) -> bool:
    """Whether "celui" stands for a portfolio: one was named earlier in the paragraph."""
    paragraph_start = text_of(doc).rfind("\n", 0, doc[at].idx) + 1
    window = text_of(doc)[paragraph_start : doc[at].idx].lower()
    return any(re.search(rf"\b{noun}\b", window) for noun in _PORTFOLIO_NOUNS)


def _listed(doc: Doc, body: str, last: int) -> str | None:
    """ "les ministres Julie Roussel (Finances) et Karim Haddad (Santé)"."""
    i = last + 1
    if i + 2 >= len(doc) or doc[i].text != "(":
        return None
    close = next((j for j in range(i + 1, min(i + 6, len(doc))) if doc[j].text == ")"), None)
    if close is None or close == i + 1 or not doc[i + 1].text[:1].isupper():
        return None
    sentence = doc[i].sent
    if not any(t.lower_ in ("ministres", "ministre") for t in doc[sentence.start : i]):
        return None
    portfolio = body[doc[i + 1].idx : _end(doc, close - 1)]
    return f"ministre {_article_for(doc[i + 1])}{portfolio}"


def _ministry_after(doc: Doc, body: str, noun: Token) -> str | None:
    """ "ministère des Finances" -> "ministre des Finances"; "poste de ministre des Finances" ->
    "ministre des Finances"; "celui de la justice" -> "ministre de la justice"."""
    i = noun.i + 1
    if i >= len(doc) or doc[i].lower_ not in ("de", "d'", "d’", "du", "des"):
        return None
    end = i
    while (
        end + 1 < len(doc)
        and doc[end + 1].text not in _STOP
        and doc[end + 1].pos_
        not in (
            "VERB",
            "AUX",
        )
    ):
        end += 1
    if end == i:
        return None
    words = body[doc[i].idx : _end(doc, end)]
    if noun.lower_ == "poste":
        return words.split(" ", 1)[1] if " " in words and doc[i].lower_ == "de" else None
    return "ministre " + words


def _end(doc: Doc, last: int) -> int:
    return doc[last].idx + len(doc[last].text)


def _of(article: str) -> str:
    return {"le": "du ", "les": "des ", "la": "de la ", "l'": "de l'", "l’": "de l’"}[article]


def _article_for(word: Token) -> str:
    """ "de la " before "Santé", "des " before "Finances", "de l'" before "Intérieur"."""
    if word.text[:1].lower() in "aeiouyéèêàâîôûh":
        return "de l'"
    if "Plur" in word.morph.get("Number") or word.text.endswith("s"):
        return "des "
    if "Fem" in word.morph.get("Gender") or re.search(r"(?:é|ion|ure|ie|ce|té)$", word.text):
        return "de la "
    return "du "
