"""Person names as the article writes them: the model's PER spans cleaned, and the names it
misses or runs into something else ("la ministre de la Culture Rachida Dati", "le gouvernement
Papadimos", "Jean-Luc Mélenchon, candidat ...")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.extract.genders import first_name_genders
from tutor.extract.lexicon import NATIONALITIES, PLAIN_WORDS
from tutor.extract.lone_names import lone_first_names
from tutor.extract.name_forms import (
    NOT_FIRST,
    clean_name,
    is_nationality,
    unknown_first_name,
)
from tutor.extract.names_after_nationalities import names_after_nationalities
from tutor.extract.names_after_roles import (
    first_names_after_roles,
    names_after_acronyms,
    names_after_role_commas,
    names_inside_roles,
)
from tutor.extract.role_phrase import TITLE_WORDS, compound_role
from tutor.extract.role_words import is_role_noun
from tutor.extract.tokens import table_of

if TYPE_CHECKING:
    from tutor.nlp import Doc, Span


def named_spans(doc: Doc, body: str) -> list[tuple[int, int, str]]:
    """Every place a person is named, as (start, end, name), in text order."""
    raw: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ != "PER" or _ends_a_body(doc, ent) or _inverted_verb(doc, ent):
            continue
        start = _first_name_before(doc, ent)
        text = body[start : _hyphenated_end(body, _surname_after(doc, ent))]
        name = _first_given_name_kept(doc, ent, text, clean_name(text))
        if name is None:
            continue
        offset = body.index(name, start)
        raw.append((offset, offset + len(name), name))
    raw += names_inside_roles(doc, body)
    raw += first_names_after_roles(doc, body)
    raw += names_after_role_commas(doc, body)
    raw += _untagged_names(doc, body)
    raw += names_after_acronyms(doc, body)
    raw += _apposed_names(doc, body, raw)
    raw += lone_first_names(doc, body, raw)
    national = names_after_nationalities(doc, body)
    # "le Kényan Eliud Kipchoge" tagged "Kényan Eliud": the name after the nationality wins
    raw = [r for r in raw if not any(s < r[1] and r[0] < e for s, e, _ in national)] + national
    return _shared_surnames(sorted(raw + _heads_of_government(doc, body, raw)), body)


def _first_given_name_kept(doc: Doc, ent: Span, text: str, name: str | None) -> str | None:
    """ "la chanteuse américaine Dee Anna Walker": a word our list of first names lacks, before
    one it has, is a first name too after a nationality ("Dee"), where a party's label comes
    right after a role noun ("le député Renaissance Sylvain Maillard")."""
    if name is None or ent.start == 0 or not is_nationality(doc[ent.start - 1].text):
        return name
    first = text.split(" ", 1)[0]
    whole = f"{first} {name}"
    if text.startswith(whole) and first.isalpha() and not is_role_noun(first.lower()):
        return whole
    return name


def _ends_a_body(doc: Doc, ent: Span) -> bool:
    """ "UFC-Que Choisir": capitalised words after a name glued by a hyphen to an acronym or to
    a body the model knows are the rest of that body's name ("Choisir" tagged as a person); a
    first name opens a person's ("des Pyrénées-Atlantiques Jean Etcheverry")."""
    i = ent.start - 1
    while i > 0 and doc[i].text[:1].isupper() and doc[i].is_alpha and doc[i].whitespace_:
        i -= 1
    if i < 1 or doc[i].text != "-" or doc[i].whitespace_ or doc[i - 1].whitespace_:
        return False
    glued = doc[i - 1]
    if ent[0].text in first_name_genders():
        return False  # "Le sénateur des Pyrénées-Atlantiques Jean Etcheverry"
    return glued.ent_type_ == "ORG" or (glued.text.isupper() and len(glued.text) > 1)


_INVERTED_PRONOUNS = frozenset(
    ("-t", "-il", "-elle", "-on", "-ils", "-elles", "-je", "-tu", "-nous", "-vous")
)


def _inverted_verb(doc: Doc, ent: Span) -> bool:
    """ "Regrette-t-elle parfois sa vie d'avant ?": an interview's question opens on a verb
    glued to its subject pronoun, which the model may tag as a person; no name takes "-t-elle"
    (the answer quoted after it was given to "Regrette")."""
    if ent.end >= len(doc) or doc[ent.end - 1].whitespace_:
        return False
    return doc[ent.end].lower_ in _INVERTED_PRONOUNS


def _shared_surnames(raw: list[tuple[int, int, str]], body: str) -> list[tuple[int, int, str]]:
    """ "Gérard et Monique Lafarge": a first name alone joined by "et" to a full name shares its
    surname (the couple, the siblings)."""
    out = list(raw)
    for k, (start, end, name) in enumerate(raw):
        if " " in name or name not in first_name_genders() or k + 1 >= len(raw):
            continue
        nxt_start, _, nxt = raw[k + 1]
        words = nxt.split()
        joined = body[end:nxt_start] in (" et ", " & ")
        if joined and len(words) >= 2 and words[0] in first_name_genders():
            out[k] = (start, end, f"{name} {' '.join(words[1:])}")
    return out


def _first_name_before(doc: Doc, ent: Span) -> int:
    """ "Marine Le Pen a critiqué ...": at the start of a sentence the model may read the first
    name as a noun ("marine") and tag "Le Pen" alone; the capitalised word before joins it. A
    known first name the model left out of the entity joins it anywhere."""
    if ent.start == 0:
        return ent.start_char
    before = doc[ent.start - 1]
    opens = before.i == 0 or before.is_sent_start or doc[before.i - 1].text in ".!?»\n"
    plain = before.lower_ in PLAIN_WORDS or before.lower_ in NOT_FIRST or is_role_noun(before.text)
    if (
        before.text in first_name_genders()
        and not before.ent_type_
        and before.pos_ == "PROPN"
        and ent[0].text[:1].isupper()
    ):
        return before.idx  # "Ahmed Saïd Mohamed, qui ...": the model tagged the last two only
    if unknown_first_name(doc, before) and ent[0].text[:1].isupper():
        return before.idx  # "la soprano sud-africaine Nomsa Dlamini": "Nomsa" tagged apart
    if (
        before.lower_ == "de"
        and ent.start > 1
        and unknown_first_name(doc, doc[ent.start - 2], particle=True)
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


_SURNAME_PART = re.compile(r"-[A-ZÀ-Ý][\w’']+")


def _surname_after(doc: Doc, ent: Span) -> int:
    """Where a name ends when the model tagged only its first name and the parser cut the
    surname off ("Stéphane Moreau (divers droite) : 2 377 voix", a results line): a known first
    name followed by one capitalised word the model left untagged, itself no first name."""
    after = doc[ent.end] if ent.end < len(doc) else None
    if len(ent) != 1 or after is None or ent[0].text not in first_name_genders():
        return ent.end_char
    untagged = not after.ent_type_ and after.is_alpha and after.text[:1].isupper()
    glued = ent[0].whitespace_ == " " and after.text not in first_name_genders()
    return (
        after.idx + len(after.text)
        if untagged and glued and after.pos_ == "PROPN"
        else ent.end_char
    )


def _hyphenated_end(body: str, end: int) -> int:
    """ "Anne-Sophie Dumas-Vidal": the model may end the name at the hyphen of a double surname;
    the capitalised part glued after it belongs to the name."""
    while (part := _SURNAME_PART.match(body, end)) is not None:
        end = part.end()
    return end


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
        if _acronym_body(m["name"]):
            continue
        name = clean_name(m["name"])
        if name is not None and len(name.split()) >= 2:
            extra.append((m.start("name"), m.start("name") + len(name), name))
    return extra


def _acronym_body(name: str) -> bool:
    """ "La FCPE, première fédération de parents": an article before a word in capitals is a
    body named by its acronym, never a person ("Le Drian", "La Fontaine" are names)."""
    first, _, rest = name.partition(" ")
    return first in _ARTICLES and len(rest) > 1 and rest.split()[0].isupper()


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
    table = table_of(doc)  # a Token only for a known first name
    for i, (word, ent_type) in enumerate(zip(table.text, table.ent_type, strict=True)):
        if (
            ent_type not in ("", "MISC")
            or word not in first_name_genders()
            or (extra and table.idx[i] < extra[-1][1])
        ):
            continue
        tok = doc[i]
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
        name = clean_name(m[0])
        if name is not None and name == m[0]:
            extra.append((m.start(), m.end(), name))
    return extra


def _opens(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i - 1].text in (".", "!", "?", "«", "\n") or "\n" in doc[i - 1].text


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
