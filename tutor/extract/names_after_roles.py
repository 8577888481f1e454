"""Names the model runs into a role or tags as a thing right after one: "la ministre de la
Culture Rachida Dati", "La navigatrice Élodie Ferrec", "La sélectionneuse de l'Espagne, Montserrat
Tomé, ..."."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.extract.genders import first_name_genders
from tutor.extract.lexicon import PLAIN_WORDS
from tutor.extract.name_forms import PARTICLES, clean_name, is_nationality, unknown_first_name
from tutor.extract.role_phrase import IN_ROLE, compound_role
from tutor.extract.role_words import is_role_noun
from tutor.french_frequency import zipf_frequency

if TYPE_CHECKING:
    from tutor.nlp import Doc, Token

_LINKS = frozenset({"DET", "ADP"})


def names_inside_roles(doc: Doc, body: str) -> list[tuple[int, int, str]]:
    """ "la ministre de la Culture Rachida Dati", "le Serbe Novak Djokovic" tagged as one thing:
    the name at its end, when the entity starts with a role or a nationality and ends with two
    or three capitalised names."""
    extra = []
    for ent in doc.ents:
        if ent.label_ == "PER" or len(ent) < 3:
            continue
        if not (is_role_noun(ent[0].text) or is_nationality(ent[0].text)):
            continue
        capitalised = [t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent]
        particle = len(ent) >= 4 and ent[-2].text in PARTICLES and ent[-4].pos_ not in _LINKS
        if particle and capitalised[-1] and capitalised[-3]:
            start, end = ent[-3].idx, ent.end_char  # "Premier ministre Dominique de Villepin"
            name = clean_name(body[start:end])
            if name is not None:
                extra.append((start, start + len(name), name))
            continue
        if not all(capitalised[-2:]):
            continue
        first = ent[-2]
        third = ent[-3]
        if (
            len(ent) >= 4
            and third.pos_ == "PROPN"
            and third.text[:1].isupper()
            and ent[-4].pos_ not in _LINKS
        ):
            first = third  # a middle name; "la Culture" before a name is a portfolio
        start, end = first.idx, ent.end_char
        name = clean_name(body[start:end])
        if name is not None:
            extra.append((start, start + len(name), name))
    return extra


def first_names_after_roles(doc: Doc, body: str) -> list[tuple[int, int, str]]:
    """ "La navigatrice Élodie Ferrec": a role, then a known first name and a surname, which
    the model tagged as something other than a person; or a nationality, then any two names
    ("la Polonaise Iga Swiatek")."""
    extra = []
    for ent in doc.ents:
        if ent.label_ == "PER" or not 2 <= len(ent) <= 3 or ent.start == 0:
            continue
        before = doc[ent.start - 1]
        # "la Polonaise Iga Swiatek": an unknown first name after a nationality with an article
        national = (
            ent.label_ in ("LOC", "MISC")
            and len(ent) == 2
            and is_nationality(before.text)
            and before.text[:1].isupper()
            and ent.start > 1
            and doc[ent.start - 2].lower_ in ("le", "la", "l'", "l’")
        )
        known = ent[0].text in first_name_genders() and is_role_noun(before.text)
        if not (known or national):
            continue
        if all(t.text[:1].isupper() and t.is_alpha for t in ent):
            extra.append((ent.start_char, ent.end_char, ent.text))
    return extra + _first_names_after_described_roles(doc) + _unknown_first_names_after_roles(doc)


def _unknown_first_names_after_roles(doc: Doc) -> list[tuple[int, int, str]]:
    """ "la soprano sud-africaine Nomsa Dlamini": a first name our list lacks, right after a
    role and its adjectives, that the model tagged as a thing of its own, then a capitalised
    surname tagged as nothing."""
    extra = []
    for ent in doc.ents:
        if ent.label_ == "PER" or len(ent) != 1 or ent.end >= len(doc):
            continue
        surname = doc[ent.end]
        if not (surname.pos_ == "PROPN" and surname.is_alpha and surname.text[:1].isupper()):
            continue
        if surname.ent_type_ or not unknown_first_name(doc, ent[0]):
            continue
        if ent.end + 1 < len(doc) and doc[ent.end + 1].text[:1].isupper():
            continue  # more capitalised words: the name of a thing
        extra.append(
            (ent.start_char, surname.idx + len(surname.text), f"{ent.text} {surname.text}")
        )
    return extra


def _first_names_after_described_roles(doc: Doc) -> list[tuple[int, int, str]]:
    """ "l'homme d'affaires qatari Nasser Al-Khelaïfi": a known first name and a surname,
    which the model tagged as an organisation, after a role and the words describing it."""
    extra = []
    for ent in doc.ents:
        if ent.label_ == "PER" or ent[0].text not in first_name_genders() or ent.start < 2:
            continue
        if is_role_noun(doc[ent.start - 1].text) or not _role_shortly_before(doc, ent.start):
            continue  # right after a role noun: first_names_after_roles's case
        words = ent.text.split()
        if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
            extra.append((ent.start_char, ent.end_char, ent.text))
    return extra


def _role_shortly_before(doc: Doc, start: int) -> bool:
    """Whether a role noun ends a noun phrase of at most four words right before `start`."""
    for i in range(start - 1, max(start - 5, -1), -1):
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "ADJ", "ADP", "PROPN") or tok.ent_type_:
            return False
        if is_role_noun(tok.text) or compound_role(doc, i):
            return True
    return False


_NAME_AT = re.compile(
    r"[A-ZÀ-Ý][\w’'-]+(?: (?:(?:le|la|de|du|van|von|di|da|del|ben|al|el|Le|La|De|Du) )?"
    r"[A-ZÀ-Ý][\w’'-]*\w){1,3}(?=,)"
)


def names_after_role_commas(doc: Doc, body: str) -> list[tuple[int, int, str]]:
    """ "La sélectionneuse de l'Espagne, Montserrat Tomé, ...", "La vice-présidente chargée de
    l'éducation, Gaëlle Le Floc'h, a ...": a name set off by commas right after a role, which
    the model tagged as a place or a thing, or cut at its first name. An unknown first name
    counts only when the model's entity is the whole name."""
    extra: list[tuple[int, int, str]] = []
    people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
    for ent in doc.ents:
        if ent.label_ == "PER" or ent.start < 2 or not _after_role_comma(doc, ent.start - 1):
            continue
        m = _NAME_AT.match(body, ent.start_char)
        if m is None or any(s < m.end() and m.start() < e for s, e in people):
            continue
        if ent[0].text not in first_name_genders() and m[0] != ent.text:
            continue
        name = clean_name(m[0])
        if name is not None and name == m[0]:
            extra.append((m.start(), m.end(), name))
    return extra + _untagged_after_role_commas(doc, body)


def _untagged_after_role_commas(doc: Doc, body: str) -> list[tuple[int, int, str]]:
    """ "Le secrétaire général du cabinet, Yoshihide Suga, fait ...": two or three capitalised
    words the model tagged as nothing, set off by commas right after a role, are a name."""
    extra: list[tuple[int, int, str]] = []
    for tok in doc[2:]:
        after = tok.i + 1
        if tok.text != "," or after >= len(doc) or doc[after].ent_type_:
            continue
        if not doc[after].text[:1].isupper() or not _after_role_comma(doc, tok.i):
            continue
        m = _NAME_AT.match(body, doc[after].idx)
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand") if m else None
        if m is None or span is None or len(span) < 2 or any(t.ent_type_ for t in span):
            continue
        if any(t.lower_ in PLAIN_WORDS or is_role_noun(t.text) for t in span):
            continue
        if span[0].text not in first_name_genders() and zipf_frequency(span[0].lower_, "fr") >= 4:
            continue  # "Le directeur du musée, Nouvelle Vague, ...": common words, a title
        if clean_name(m[0]) == m[0]:
            extra.append((m.start(), m.end(), m[0]))
    return extra


def _after_role_comma(doc: Doc, comma: int) -> bool:
    """Whether token `comma` closes a role's noun phrase ("La vice-présidente chargée de
    l'éducation,")."""
    if doc[comma].text != ",":
        return False
    for tok in reversed(doc[max(0, comma - 8) : comma]):
        if tok.pos_ not in ("NOUN", "ADJ", "ADP", "DET", "PROPN") and tok.lower_ not in IN_ROLE:
            return False
        if tok.pos_ in ("NOUN", "ADJ") and is_role_noun(tok.text):
            return True
    return False


def names_after_acronyms(doc: Doc, body: str) -> list[tuple[int, int, str]]:
    """ "Le secrétaire général de l'ONU Ban Ki-moon", "Le directeur de l'OMS Tedros Adhanom
    Ghebreyesus": after a role and the acronym of the body it serves, two or three capitalised
    words are the holder's name, which the model runs into the acronym or tags as a thing."""
    extra = []
    for ent in doc.ents:
        if ent.label_ == "PER":
            continue
        if _acronym(ent[0]) and len(ent) >= 3:
            acronym, first = ent[0], ent[1]
        elif ent.start > 0 and _acronym(doc[ent.start - 1]):
            acronym, first = doc[ent.start - 1], ent[0]
        else:
            continue
        if not _role_of_body_before(doc, acronym.i):
            continue
        text = body[first.idx : ent.end_char]
        words = text.split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            continue
        if clean_name(text) == text:
            extra.append((first.idx, ent.end_char, text))
    return extra


def _acronym(tok: Token) -> bool:
    return tok.is_alpha and tok.text.isupper() and len(tok.text) >= 2


def _role_of_body_before(doc: Doc, acronym: int) -> bool:
    """Whether a role noun and "de" (with its article) come right before token `acronym`
    ("le secrétaire général de l'ONU", "la présidente du FMI")."""
    i = acronym - 1
    if i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    if i < 1 or doc[i].lower_ not in ("de", "du", "des", "d'", "d’"):
        return False
    return any(is_role_noun(t.text) and t.pos_ in ("NOUN", "ADJ") for t in doc[max(0, i - 3) : i])
