"""Person names as the article writes them: the model's PER spans cleaned, and the names it
misses or runs into something else ("la ministre de la Culture Rachida Dati", "le gouvernement
Papadimos", "Jean-Luc Mélenchon, candidat ...")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.extract.genders import first_name_genders
from tutor.extract.lexicon import NATIONALITIES, PLAIN_WORDS
from tutor.extract.lone_names import lone_first_names
from tutor.extract.role_phrase import IN_ROLE, compound_role
from tutor.extract.role_words import is_role_noun
from tutor.extract.roles import TITLE_WORDS

if TYPE_CHECKING:
    from tutor.nlp import Doc, Span, Token

_PARTICLE_WORDS = "le la de du des van von di da del della ben bin al el ibn mac"
PARTICLES = frozenset(_PARTICLE_WORDS.split())


def named_spans(doc: Doc, body: str) -> list[tuple[int, int, str]]:
    """Every place a person is named, as (start, end, name), in text order."""
    raw: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        start = _first_name_before(doc, ent)
        name = _clean_name(body[start : _hyphenated_end(body, ent.end_char)])
        if name is None:
            continue
        offset = body.index(name, start)
        raw.append((offset, offset + len(name), name))
    raw += _names_inside_roles(doc, body)
    raw += _first_names_after_roles(doc, body)
    raw += _names_after_role_commas(doc, body)
    raw += _untagged_names(doc, body)
    raw += _apposed_names(doc, body, raw)
    raw += lone_first_names(doc, body, raw)
    return sorted(raw + _heads_of_government(doc, body, raw))


def _first_name_before(doc: Doc, ent: Span) -> int:
    """ "Marine Le Pen a critiqué ...": at the start of a sentence the model may read the first
    name as a noun ("marine") and tag "Le Pen" alone; the capitalised word before joins it. A
    known first name the model left out of the entity joins it anywhere."""
    if ent.start == 0:
        return ent.start_char
    before = doc[ent.start - 1]
    opens = before.i == 0 or before.is_sent_start or doc[before.i - 1].text in ".!?»\n"
    plain = before.lower_ in PLAIN_WORDS or before.lower_ in _NOT_FIRST or is_role_noun(before.text)
    if (
        before.text in first_name_genders()
        and not before.ent_type_
        and before.pos_ == "PROPN"
        and ent[0].text[:1].isupper()
    ):
        return before.idx  # "Ahmed Saïd Mohamed, qui ...": the model tagged the last two only
    if _unknown_first_name(doc, before) and ent[0].text[:1].isupper():
        return before.idx  # "la soprano sud-africaine Nomsa Dlamini": "Nomsa" tagged apart
    if (
        before.lower_ == "de"
        and ent.start > 1
        and _unknown_first_name(doc, doc[ent.start - 2], particle=True)
        and len(ent) == 1
    ):
        return doc[ent.start - 2].idx  # "les années d'Olympe de Gouges": "Gouges" alone
    if (
        opens
        and before.text[:1].isupper()
        and before.text.isalpha()
        and before.pos_ in ("NOUN", "PROPN")
        and before.text not in TITLE_WORDS
        and not plain
        and ent[0].text in ("Le", "La", "De", "Du", "Van", "Von", "Di", "Da")
    ):
        return before.idx
    return ent.start_char


def _unknown_first_name(doc: Doc, tok: Token, particle: bool = False) -> bool:
    """Whether a capitalised word the model left out of a person's name is a first name our
    list lacks: right after a role ("la soprano sud-africaine Nomsa"), or, before "de" and a
    surname, right after a lower-case word ("d'Olympe de Gouges")."""
    if tok.i == 0 or not (tok.text[:1].isupper() and tok.is_alpha and tok.pos_ == "PROPN"):
        return False
    word = tok.lower_
    if word in PLAIN_WORDS or word in _NOT_FIRST or is_role_noun(word) or is_nationality(word):
        return False
    if tok.text in TITLE_WORDS or tok.ent_type_ == "PER":
        return False
    if particle:
        return doc[tok.i - 1].text.islower() and doc[tok.i - 1].pos_ in ("ADP", "DET")
    i = tok.i - 1
    while i > 0 and doc[i].text.islower() and (doc[i].pos_ == "ADJ" or doc[i].text == "-"):
        i -= 1  # "sud-africaine", split at its hyphen
    return is_role_noun(doc[i].text)


_SURNAME_PART = re.compile(r"-[A-ZÀ-Ý][\w’']+")


def _hyphenated_end(body: str, end: int) -> int:
    """ "Anne-Sophie Dumas-Vidal": the model may end the name at the hyphen of a double surname;
    the capitalised part glued after it belongs to the name."""
    while (part := _SURNAME_PART.match(body, end)) is not None:
        end = part.end()
    return end


_TITLES = re.compile(
    r"^(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Mgr|Dr|Pr|Président|Monsieur|Madame|Maître|Docteur)\s+"
)


_TIME_WORDS_LIST = "lundi mardi mercredi jeudi vendredi samedi dimanche hier soir matin"
_TIME_WORDS = frozenset(_TIME_WORDS_LIST.split())
_NOT_FIRST_WORDS = "en à au aux dans pour selon avec chez sur sous par vers après avant depuis et"
_NOT_FIRST = frozenset(_NOT_FIRST_WORDS.split())


def is_nationality(word: str) -> bool:
    """ "Serbe", "Britannique", "Française", "Italienne": a nationality, as noun or adjective."""
    w = word.lower()
    return any(form in NATIONALITIES for form in (w, w.removesuffix("e"), w.removesuffix("ne")))


def _clean_name(text: str) -> str | None:
    name = re.sub(r"\s+", " ", text).strip(" ,;:«»“”\"'’()-")
    name = _TITLES.sub("", name).rstrip(".")  # "M. Barroso" is Barroso
    first, _, rest = name.partition(" ")
    if rest and is_role_noun(first) and rest[:1].isupper():
        name = rest  # "docteur Roux", "Pape François": the model took the title in
    if not name or not name[0].isupper() or any(ch.isdigit() for ch in name):
        return None
    if len(name.split()) > 5 or (len(name) <= 4 and name.isupper()):
        return None
    if len(name.split()) >= 3 and is_nationality(name.split()[0]):
        name = name.split(" ", 1)[1]  # "Serbe Novak Djokovic": the nationality is no name
    words = name.split()
    known = first_name_genders()
    if len(words) >= 3 and words[0] not in known and words[1] in known:
        name = name.split(" ", 1)[1]  # "le député Renaissance Sylvain X": a party, then the name
    if name.split()[0].lower() in _NOT_FIRST:
        return None  # "En Europe", "Selon Paris": a preposition the model took in
    if re.fullmatch(r"Saint(?:e|s|es)?-[\w’'-]+", name):
        return None  # "Saint-Martin", "Sainte-Bernadette": a place or a saint's institution
    if name.lower() in _TIME_WORDS:
        return None  # "Vendredi, Thierry Gombert a réuni ...": a day opening the sentence
    while len(name.split()) > 2 and name.split()[-1] in _TIME_WORDS:
        name = name.rsplit(" ", 1)[0]  # "Alain Roche jeudi": the model ran into the date
    if any(w.islower() and is_role_noun(w) for w in name.split()[1:]):
        return None  # "Premier ministre israélien" is a role the model took for a name
    return name


_APPOSED = re.compile(
    r"(?:^|(?<=[.!?»]\s)|(?<=\n)|(?<=, ))"
    r"(?P<name>[A-ZÀ-Ý][\w’'-]+(?:[ -][A-ZÀ-Ý][\w’'-]+){1,2}), "
    r"(?:(?:le|la|l'|l’)\s?)?(?P<role>[\w-]+)(?P<leads> (?:dirige|dirigeait|préside|présidait)\b)?",
    re.MULTILINE,
)
_ARTICLES = frozenset({"Le", "La", "Les", "L'", "L’"})


def _apposed_names(
    doc: Doc, body: str, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Names the model missed but the article introduces with a role: "Jean-Luc Mélenchon,
    candidat de La France insoumise, ..." or "X Y Z, qui dirige le secrétariat ..." (two or
    three capitalised words, a comma, a role); not a place the model knows ("La France, membre
    de la commission")."""
    extra = []
    places = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("LOC", "ORG")]
    for m in _APPOSED.finditer(body):
        overlaps = any(s < m.end("name") and m.start() < e for s, e, _ in found)
        leads = m["role"] == "qui" and m["leads"]
        if overlaps or not (is_role_noun(m["role"]) or leads):
            continue
        place = any(s < m.end("name") and m.start("name") < e for s, e in places)
        if place and (leads or m["name"].split()[0] in _ARTICLES):
            continue
        name = _clean_name(m["name"])
        if name is not None and len(name.split()) >= 2:
            extra.append((m.start("name"), m.start("name") + len(name), name))
    return extra


_LINKS = frozenset({"DET", "ADP"})


def _names_inside_roles(doc: Doc, body: str) -> list[tuple[int, int, str]]:
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
            name = _clean_name(body[start:end])
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
        name = _clean_name(body[start:end])
        if name is not None:
            extra.append((start, start + len(name), name))
    return extra


def _first_names_after_roles(doc: Doc, body: str) -> list[tuple[int, int, str]]:
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
        if surname.ent_type_ or not _unknown_first_name(doc, ent[0]):
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
            continue  # right after a role noun: _first_names_after_roles's case
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


_FULL_NAME_AT = re.compile(
    r"[A-ZÀ-Ý][\w’'-]+(?: (?:(?:le|la|de|du|van|von|di|da|del|ben|al|el|Le|La|De|Du) )?"
    r"[A-ZÀ-Ý][\w’'-]*\w){1,2}\b"
)


def _untagged_names(doc: Doc, body: str) -> list[tuple[int, int, str]]:
    """ "Marine Le Pen et Jordan Bardella ont ...": a known first name and a surname that the
    model tagged as nothing at all (a sentence may open with "Marine" read as a noun), or as a
    thing of its own or the end of one ("Alfred Dreyfus", "le prix Nobel Albert Camus" as
    MISC)."""
    extra: list[tuple[int, int, str]] = []
    misc = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "MISC"]
    for tok in doc:
        if (
            tok.ent_type_ not in ("", "MISC")
            or tok.text not in first_name_genders()
            or (extra and tok.idx < extra[-1][1])
        ):
            continue
        after_nobel = tok.i > 1 and compound_role(doc, tok.i - 2)  # "le prix Nobel Albert X"
        if (
            tok.i > 0
            and doc[tok.i - 1].text[:1].isupper()
            and not _opens(doc, tok.i)
            and not after_nobel
        ):
            continue  # inside a longer capitalised name
        m = _FULL_NAME_AT.match(body, tok.idx)
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand") if m else None
        if m is None or span is None:
            continue
        ends_misc = any(s <= m.start() and e == m.end() for s, e in misc)
        if any(t.ent_type_ for t in span) and not ends_misc:
            continue  # "le prix Nobel Albert Camus" as MISC: the name that ends it
        if span.end < len(doc) and doc[span.end].text[:1].isupper() and doc[span.end].is_alpha:
            continue  # more capitalised words: a title or a place, not a name
        name = _clean_name(m[0])
        if name is not None and name == m[0]:
            extra.append((m.start(), m.end(), name))
    return extra


def _opens(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i - 1].text in (".", "!", "?", "«", "\n") or "\n" in doc[i - 1].text


_NAME_AT = re.compile(
    r"[A-ZÀ-Ý][\w’'-]+(?: (?:(?:le|la|de|du|van|von|di|da|del|ben|al|el|Le|La|De|Du) )?"
    r"[A-ZÀ-Ý][\w’'-]*\w){1,3}(?=,)"
)


def _names_after_role_commas(doc: Doc, body: str) -> list[tuple[int, int, str]]:
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
        name = _clean_name(m[0])
        if name is not None and name == m[0]:
            extra.append((m.start(), m.end(), name))
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


_LED = re.compile(
    r"\b(?:gouvernement|cabinet|administration|ère) (?P<name>[A-ZÀ-Ý][\w’'-]+)(?![\w’'-]| [A-ZÀ-Ý])"
)


def _heads_of_government(
    doc: Doc, body: str, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """ "le gouvernement Papadimos", "l'administration Obama": the surname of whoever leads it,
    which the model tags as part of a thing rather than as a person."""
    extra = []
    places = {e.text for e in doc.ents if e.label_ in ("LOC", "ORG")}
    for m in _LED.finditer(body):
        name = m["name"]
        if name in places or name.lower() in NATIONALITIES or name.isupper():
            continue
        if any(s < m.end("name") and m.start("name") < e for s, e, _ in found):
            continue
        extra.append((m.start("name"), m.end("name"), name))
    return extra
