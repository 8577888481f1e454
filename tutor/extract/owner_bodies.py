"""Bodies and works that own a possessive role though no organisation noun names them: "la CFDT
a joué un rôle décisif. Sa déléguée, X", "lancé par la CGT ... Son délégué, X", "La thèse ...
avait valu à son auteur, X"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.owner_names import names_an_organisation, of_name
from tutor.extract.role_words import is_role_noun

if TYPE_CHECKING:
    from tutor.nlp import Doc, Span

_OF = {"le": "du", "la": "de la", "l'": "de l'", "l’": "de l’", "les": "des"}


def subject_body(doc: Doc, start: int, end: int) -> str | None:
    """ "Plus modérée, la CFDT a joué ...", "l'AS Brive-Corrèze basket a limogé son
    entraîneur", "Lactalis a annoncé ...": a body named by its proper name, subject of the
    sentence between two tokens."""
    for ent in doc.ents:
        if not start <= ent.start or ent.end > end:
            continue
        if not _body(ent):
            if ent.root.dep_.startswith("nsubj") and _apposed_body(doc, ent, end):
                return (
                    _of_body(doc, ent.start, ent.end) if ent[0].pos_ == "DET" else of_name(ent.text)
                )
            continue
        if (short := _subject_acronym(doc, ent, start)) is not None:
            return short  # "La Confédération … du travail (CFDT) est restée": "de la CFDT"
        if not ent.root.dep_.startswith("nsubj"):
            if _named_by_kind(doc, ent, start):
                return of_name(ent.text)  # "L'éditeur nantais de logiciels Kerlia a publié"
            continue
        if ent.start > start and doc[ent.start - 1].lower_ in _OF:
            return _of_body(doc, ent.start - 1, ent.end)
        if _bare_name(doc, ent.start):
            return of_name(ent.text)
    return None


def _subject_acronym(doc: Doc, ent: Span, start: int) -> str | None:
    """ "La Confédération française démocratique du travail (CFDT) est restée …": the acronym in
    brackets after the subject's full name is that body's short name, with the subject's article
    ("de la CFDT"); the model tags the full name anything, a place often, and hangs the acronym
    on its last word, which is no firm named after the word for its kind."""
    if ent.start == 0 or doc[ent.start - 1].text != "(" or ent.root.dep_ != "appos":
        return None
    if ent.end < len(doc) and doc[ent.end].text != ")":
        return None
    subject = ent.root.head
    while subject.dep_ in ("nmod", "flat:name", "appos") and subject.i > start:
        subject = subject.head
    if not subject.dep_.startswith("nsubj") or subject.i < start or subject.i > ent.start:
        return None
    det = next((c for c in subject.children if c.dep_ == "det" and c.lower_ in _OF), None)
    if det is None or det.i < start:
        return None
    of = _OF[det.lower_]
    return f"{of}{ent.text}" if of.endswith(("'", "’")) else f"{of} {ent.text}"


def acronym_subject(doc: Doc, start: int, end: int) -> str | None:
    """ "Dans un courriel …, la SAQ s'est dite « déçue ». Sa porte-parole, X": an acronym the
    model tagged as no entity at all, after its article and subject of the sentence, is the
    body that owns the possessive (not a person named sentences before)."""
    for tok in doc[start + 1 : end]:
        bare = tok.text.replace("-", "")
        acronym = tok.pos_ == "PROPN" and bare.isalpha() and bare.isupper() and len(bare) > 1
        subject = tok.dep_.startswith("nsubj") and doc[tok.i - 1].lower_ in _OF
        if acronym and subject and not tok.ent_type_:
            return _of_body(doc, tok.i - 1, tok.i + 1)
    return _glued_acronym_subject(doc, start, end)


def _glued_acronym_subject(doc: Doc, start: int, end: int) -> str | None:
    """ "À Bruxelles, la N-VA a profité de … Son député fédéral, X": an acronym the tokenizer
    cut at its hyphen ("N", "-", "VA"), which the model then tags a place and parses as anything,
    is the subject when its article opens a clause and a verb follows it."""
    for tok in doc[start:end]:
        if tok.lower_ not in _OF or tok.i + 3 >= end:
            continue
        before = doc[tok.i - 1] if tok.i > start else None
        if before is not None and before.text != ",":
            continue  # "les dépenses de la N-VA": no subject
        last = tok.i + 1
        while last + 1 < end and not doc[last].whitespace_ and doc[last + 1].text != ",":
            last += 1
        name = doc[tok.i + 1 : last + 1]
        letters = name.text.replace("-", "").replace("&", "")
        glued = len(name) > 1 and letters.isalpha() and letters.isupper() and len(letters) > 1
        verb = doc[_past_apposition(doc, last + 1, end)]
        finite = verb.pos_ in ("AUX", "VERB") and "Fin" in verb.morph.get("VerbForm")
        if glued and finite and not any(t.ent_type_ == "PER" for t in name):
            return _of_body(doc, tok.i, last + 1)
    return None


def _apposed_body(doc: Doc, ent: Span, end: int) -> bool:
    """ "Le Sablier, petite maison d'édition nantaise fondée en 2011, emploie ...": a name the
    model took for a place or a thing, set off by a noun for a body right after it."""
    if ent.label_ == "PER" or ent.end + 1 >= end or doc[ent.end].text != ",":
        return False
    i = ent.end + 1
    while i < end and doc[i].pos_ in ("ADJ", "DET"):
        i += 1
    if i >= end or doc[i].pos_ != "NOUN":
        return False
    publisher = (
        doc[i].lower_ == "maison" and i + 1 < end and doc[i + 1].lower_ in ("d'", "d’", "de")
    )
    return publisher or names_an_organisation(doc[i].text)


def _named_by_kind(doc: Doc, ent: Span, start: int) -> bool:
    """ "L'éditeur Kerlia a publié", "Le groupe nantais Kerlia annonce": a firm's name (tagged an
    organisation) that follows the word for its kind, the definite subject of the sentence, in
    one phrase with it; not "une classe de CM2" (a group of children, and no firm)."""
    if ent.label_ != "ORG":
        return False
    subject = ent.root.head
    while subject.dep_ in ("nmod", "flat:name", "appos") and subject.i > start:
        subject = subject.head
    if not subject.dep_.startswith("nsubj") or subject.pos_ != "NOUN" or subject.i < start:
        return False
    if not any(c.dep_ == "det" and c.lower_ in _OF for c in subject.children):
        return False
    between = doc[subject.i + 1 : ent.start]
    return subject.i < ent.start and len(between) <= 4 and not any(t.text == "," for t in between)


def _past_apposition(doc: Doc, at: int, end: int) -> int:
    """The token after an apposition set between commas at `at` ("la N-VA, premier parti du
    pays, a accusé"), or `at` itself when there is none."""
    if doc[at].text != ",":
        return at
    for tok in doc[at + 1 : min(at + 14, end - 1)]:
        if tok.pos_ in ("VERB", "AUX"):
            return at
        if tok.text == ",":
            return tok.i + 1
    return at


def source_body(doc: Doc, start: int, end: int) -> str | None:
    """ "87 000 foyers étaient privés d'électricité, selon Enedis. [...] son directeur
    régional": the body a sentence reports from ("selon X", "d'après la SNCF"), named by its
    proper name, is what the sentence speaks of; not when the sentence is about a person or a
    body of its own ("Le maire a été entendu, selon Le Monde. [...] son avocat": the mayor's)."""
    if _about_someone(doc, start, end):
        return None
    for ent in doc.ents:
        if not _body(ent) or not start < ent.start or ent.end > end:
            continue
        det = ent.start if doc[ent.start].pos_ == "DET" else ent.start - 1
        if doc[det].lower_ not in _OF:
            det = ent.start  # "selon Enedis": no article
        if det - 1 < start or not _according(doc, det - 1):
            continue
        last = _whole_name_end(doc, ent.end, end)
        if det < ent.start or doc[det].pos_ == "DET":
            return _of_body(doc, det, last)
        if _bare_name(doc, ent.start):
            return of_name(doc[ent.start : last].text)
    return None


def _whole_name_end(doc: Doc, ent_end: int, end: int) -> int:
    """Past the capitalised words the model left out of a body's name: "France Nature
    Environnement" was tagged "France Nature"."""
    while ent_end < end and doc[ent_end].text[:1].isupper() and doc[ent_end].is_alpha:
        if doc[ent_end].ent_type_ == "PER" or not doc[ent_end - 1].whitespace_:
            break
        ent_end += 1
    return ent_end


def _body(ent: Span) -> bool:
    """A body's name: tagged an organisation, or an acronym the model tagged otherwise ("La
    FCPE" as MISC)."""
    if ent.label_ == "ORG":
        return True
    if _acronym_of_a_place(ent):
        return True  # "l'ARS de Bourgogne-Franche-Comté", tagged a place for its place's name
    acronym = len(ent) == 1 and ent.text.isupper() and len(ent.text) > 1
    return acronym and ent.label_ not in ("PER", "LOC")


def _acronym_of_a_place(ent: Span) -> bool:
    first = ent[0].text
    return (
        len(ent) > 2
        and len(first) > 1
        and first.isupper()
        and first.isalpha()
        and ent[1].lower_ in ("de", "du", "des", "d'", "d’")
    )


def _about_someone(doc: Doc, start: int, end: int) -> bool:
    """Whether the main subject of the sentence between two tokens is a person or a body,
    named or described ("le maire", "le groupe", "Airbus")."""
    for tok in doc[start:end]:
        if not tok.dep_.startswith("nsubj") or tok.head.dep_ != "ROOT":
            continue
        if tok.ent_type_ in ("PER", "ORG") or tok.pos_ == "PROPN":
            return True
        singular = tok.text[:-1] if tok.text.endswith(("s", "x")) else tok.text
        return is_role_noun(tok.text) or is_role_noun(singular) or names_an_organisation(tok.text)
    return False


def _according(doc: Doc, i: int) -> bool:
    """ "selon", "d'après" (one token or two) end at token i; so does "pour" opening the
    sentence ("Pour Médecins sans frontières (MSF), le vote est « un pas »")."""
    word = doc[i].lower_
    if word in ("selon", "d'après", "d’après"):
        return True
    if word == "pour":
        return i == 0 or doc[i - 1].text in (".", "!", "?") or "\n" in doc[i - 1].text
    return word == "après" and i > 0 and doc[i - 1].lower_ in ("d'", "d’")


def _bare_name(doc: Doc, start: int) -> bool:
    """A name written without an article ("Enedis", "Transdev"), not a sentence's first
    article taken into the name."""
    return doc[start].pos_ != "DET" and doc[start].text[:1].isupper()


def agent_body(doc: Doc, start: int, end: int) -> str | None:
    """ "Le mouvement avait été lancé par la CGT", "financés en partie par l'ARS
    Nouvelle-Aquitaine": the body that acted, named by its proper name after "par", owns the
    possessive of the next sentence rather than the thing done."""
    for i in range(start, end - 2):
        if doc[i].lower_ != "par" or doc[i + 1].lower_ not in _OF:
            continue
        if _route(doc, i):
            continue  # "Ce doctorant, passé par l'École normale supérieure": a way, no agent
        first = i + 2
        if not doc[first].text[:1].isupper() or doc[first].ent_type_ == "PER":
            continue
        last = first
        while last + 1 < end and (
            (doc[last + 1].text[:1].isupper() and doc[last + 1].ent_type_ != "PER")
            or (doc[last + 1].text == "-" and not doc[last].whitespace_)
        ):
            last += 1
        return _of_body(doc, i + 1, last + 1)
    return None


_ROUTE_VERBS = frozenset(
    {"passer", "repasser", "transiter", "arriver", "entrer", "sortir", "venir"}
)
"""Verbs of going whose "par" says the way, not who acted ("passé par Sciences Po")."""


def _route(doc: Doc, par: int) -> bool:
    """Whether the "par" at `par` follows a verb of going: the place gone through."""
    before = doc[par - 1] if par > 0 else None
    verbs = [doc[par].head.head, before] if before is not None else [doc[par].head.head]
    return any(v.pos_ in ("VERB", "AUX") and v.lemma_ in _ROUTE_VERBS for v in verbs)


_MAKERS_WORDS = """
    auteur autrice auteure coauteur coautrice architecte réalisateur réalisatrice compositeur
    compositrice créateur créatrice concepteur conceptrice inventeur inventrice
"""
_MAKERS = frozenset(_MAKERS_WORDS.split())


def work_of_maker(doc: Doc, possessive: int, role: str) -> str | None:
    """ "La thèse, consacrée à ..., avait valu à son auteur, X": the maker of a work is the
    work's, when the work opens the sentence as its subject."""
    if role.split()[0].lower() not in _MAKERS:
        return None
    start = possessive
    while (
        start > 0 and doc[start - 1].text not in (".", "!", "?") and "\n" not in doc[start - 1].text
    ):
        start -= 1
    if possessive - start < 2 or doc[start].lower_ not in _OF:
        return None
    noun = doc[start + 1]
    if noun.pos_ != "NOUN" or not noun.text.islower() or is_role_noun(noun.text):
        return None
    if not noun.dep_.startswith("nsubj"):
        return None
    return _of_body(doc, start, start + 2)


def _of_body(doc: Doc, det: int, end: int) -> str:
    of = _OF[doc[det].lower_]
    words = doc[det + 1 : end].text
    return f"{of}{words}" if of.endswith(("'", "’")) else f"{of} {words}"


_OF_BARE = {"le": "du", "la": "de la", "l'": "de l'", "l’": "de l’"}


def bare_bodies(doc: Doc, start: int, end: int) -> list[int]:
    """The bodies a sentence names by a noun alone ("la région", "l'agglomération"), not by a
    name ("la région Occitanie"), by the noun's index."""
    return [
        t.i
        for t in doc[start + 1 : end]
        if t.pos_ == "NOUN"
        and t.lower_ in _BODY_NOUNS
        and doc[t.i - 1].lower_ in _OF_BARE
        and not _named_after(doc, t.i)
        and not t.dep_.startswith("nsubj")  # "l'entreprise explique": the firm named before
    ]


def _named_after(doc: Doc, noun: int) -> bool:
    """ "la région Occitanie", "l'entreprise familiale Furic Marée": the noun only says what
    kind of body the name after it is."""
    j = noun + 1
    while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].text.islower():
        j += 1
    return j < len(doc) and doc[j].text[:1].isupper()


_BODY_NOUNS_WORDS = """
    agglomération métropole région département commune municipalité mairie intercommunalité
    association fédération syndicat entreprise société
"""
_BODY_NOUNS = frozenset(_BODY_NOUNS_WORDS.split())
"""Bodies that have offices ("son vice-président", "sa présidente") and that an article names
by their noun alone once it has said which."""


def of_bare_body(doc: Doc, noun: int) -> str:
    """ "de l'agglomération d'Agen" when the article named it so before, else "de
    l'agglomération", "du département": whose, for the body at `noun`."""
    of = _OF_BARE[doc[noun - 1].lower_]
    words = _full_name_before(doc, noun) or doc[noun].lower_
    return f"{of}{words}" if of.endswith(("'", "’")) else f"{of} {words}"


def _full_name_before(doc: Doc, noun: int) -> str | None:
    """ "agglomération d'Agen": the body's noun with its place or name, as met before `noun`."""
    for tok in doc[:noun]:
        link, name = (doc[tok.i + 1], doc[tok.i + 2]) if tok.i + 2 < noun else (None, None)
        if (
            link is not None
            and name is not None
            and tok.lower_ == doc[noun].lower_
            and link.lower_ in ("de", "d'", "d’")
            and name.text[:1].isupper()
            and name.ent_type_ != "PER"
        ):
            space = "" if link.text.endswith(("'", "’")) else " "
            return f"{tok.lower_} {link.lower_}{space}{name.text}"
    return None
