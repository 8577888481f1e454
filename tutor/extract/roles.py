"""The roles the article gives people: "le président russe", "porte-parole du Conseil ...",
"fille de Jean-Marie Le Pen", "président du Conseil constitutionnel"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.lexicon import NATIONALITIES

if TYPE_CHECKING:
    from tutor.nlp import Doc

_ROLE_WORDS = """
    président présidente ministre porte-parole conseiller conseillère leader chef cheffe directeur
    directrice ambassadeur ambassadrice député députée sénateur sénatrice maire candidat candidate
    rapporteur rapporteure secrétaire juge avocat avocate procureur procureure père mère fille fils
    épouse mari femme frère sœur roi reine pape général générale commissaire chancelier chancelière
    gouverneur gouverneure patron patronne pdg fondateur fondatrice dirigeant dirigeante
    responsable négociateur négociatrice chercheur chercheuse professeur professeure économiste
    expert experte analyste journaliste écrivain écrivaine acteur actrice chanteur chanteuse joueur
    joueuse entraîneur entraîneuse sélectionneur capitaine prince princesse émir cheikh imam
    cardinal évêque archevêque délégué déléguée élu élue militant militante opposant opposante
    syndicaliste envoyé envoyée médiateur médiatrice commandant commandante colonel officier
    vice-président vice-présidente vice-ministre premier première adjoint adjointe haut-commissaire
    coordinateur coordinatrice administrateur administratrice gérant gérante
    président-directeur
    sportif sportive athlète champion championne entrepreneur entrepreneuse
"""
ROLE_NOUNS = frozenset(_ROLE_WORDS.split())
_ROLE_PREFIXES = ("ex-", "vice-", "co-", "sous-", "pro-")
_NP_POS = frozenset({"NOUN", "ADJ", "ADP", "DET", "PROPN", "NUM"})
_ROLE_END = frozenset({"VERB", "AUX", "PRON", "SCONJ", "CCONJ"})


def is_role_noun(word: str) -> bool:
    """Whether a word names a function or a relation ("ministre", "ex-députée", "père")."""
    w = word.lower()
    for prefix in _ROLE_PREFIXES:
        if w.startswith(prefix) and w not in ROLE_NOUNS:
            w = w[len(prefix) :]
    return w in ROLE_NOUNS


def role_near(doc: Doc, body: str, start: int, end: int) -> str | None:
    """The role written right before a name ("le président russe") or right after it
    ("Paul James, ambassadeur américain en Pologne")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    role = _role_before(doc, body, span.start) or _role_after(doc, body, span.end)
    if role is None:
        return _presided(doc, span.start)
    return _whose(doc, span.start, role)


def _whose(doc: Doc, name_start: int, role: str) -> str:
    """ "sa fille, Marine Le Pen": a possessive role is the role of the person named before it
    in the sentence ("fille de Jean-Marie Le Pen")."""
    at = name_start - 1
    while at > 0 and doc[at].text in (",", " "):
        at -= 1
    first_word = role.split()[0]
    while at >= 0 and doc[at].text != first_word:
        at -= 1
    if at <= 0 or "Yes" not in doc[at - 1].morph.get("Poss"):
        return role
    sentence_start = doc[at].sent.start
    owners = [e for e in doc.ents if e.label_ == "PER" and sentence_start <= e.start < at - 1]
    return f"{role} de {owners[-1].text}" if owners else role


_LEADS = {
    "présidé": "président",
    "présidée": "président",
    "dirigé": "dirigeant",
    "dirigée": "dirigeant",
}
_OF = {"le": "du", "la": "de la", "l'": "de l'", "les": "des"}


def _presided(doc: Doc, name_start: int) -> str | None:
    """ "le Conseil, présidé par Laurent Fabius" -> "président du Conseil constitutionnel"."""
    if name_start < 2 or doc[name_start - 1].lower_ != "par":
        return None
    verb = doc[name_start - 2]
    title = _LEADS.get(verb.lower_)
    if title is None or verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i >= verb.i:
        return None
    head = verb.head
    article = doc[head.i - 1].lower_ if head.i > 0 else ""
    longer = sorted(
        (e.text for e in doc.ents if e.text.split()[0] == head.text and len(e.text.split()) > 1),
        key=len,
    )
    name = longer[0] if longer else head.text
    if len(name.split()) > 2 and name.split()[-1].lower() in NATIONALITIES:
        name = name.rsplit(" ", 1)[0]  # "Conseil constitutionnel français": the country is known
    return f"{title} {_OF.get(article, 'de')} {name}"


TITLE_WORDS = frozenset({"M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Mgr", "Dr", "Pr"})


def _role_before(doc: Doc, body: str, first: int) -> str | None:
    i = first - 1
    if i >= 0 and doc[i].text in TITLE_WORDS:
        i -= 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    end_token = i
    role_at = None
    steps = 0
    while i >= 0 and steps < 14:
        tok = doc[i]
        if (tok.pos_ not in _NP_POS and tok.text != "-") or tok.text in ",;:" or "\n" in tok.text:
            break
        if role_at is None and tok.pos_ in ("NOUN", "ADJ", "PROPN") and is_role_noun(tok.text):
            role_at = i
            break
        i -= 1
        steps += 1
    if role_at is None or end_token < role_at or doc[end_token].pos_ in ("ADP", "DET"):
        return None
    start = role_at
    while start > 0 and doc[start - 1].pos_ == "ADJ" and doc[start - 1].text not in ",":
        start -= 1
    return _role_text(doc, body, start, end_token)


def _role_after(doc: Doc, body: str, after: int) -> str | None:
    if after >= len(doc) or doc[after].text != ",":
        return None
    i = after + 1
    if i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    while i < len(doc) and doc[i].pos_ == "ADJ" and not is_role_noun(doc[i].text):
        i += 1
    if i >= len(doc) or not is_role_noun(doc[i].text):
        return None
    end = i
    while end + 1 < len(doc):
        tok = doc[end + 1]
        glued = not doc[end].whitespace_
        exclaimed = tok.text == "!" and end + 2 < len(doc) and doc[end + 2].text == ","
        if (tok.text in ",;:.!?»«“”()" and not exclaimed) or "\n" in tok.text:
            break
        if tok.pos_ in _ROLE_END and tok.ent_type_ != "PER" and not glued:
            break
        end += 1
    return _role_text(doc, body, after + 1, end)


def _role_text(doc: Doc, body: str, first: int, last: int) -> str | None:
    while first <= last and doc[first].pos_ in ("DET", "ADP"):
        first += 1
    # "Jong-un" is two tokens, "Jong-" and "un": a determiner glued to a word stays.
    while last >= first and doc[last].pos_ in ("DET", "ADP") and doc[last - 1].whitespace_:
        last -= 1
    if first > last:
        return None
    text = body[doc[first].idx : doc[last].idx + len(doc[last].text)]
    return text if 2 <= len(text) <= 120 else None
