"""The role written before a name: "le président russe Vladimir Poutine", "Le conseiller du
président, Éric Tessier,", "La maire (PS) de Nantes, X"; and whether such a role is only a rank,
a title or a relation ("le docteur X"), which says less than a function written after the name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.lexicon import NATIONALITIES
from tutor.extract.role_after import APPOINTED
from tutor.extract.role_phrase import (
    IN_ROLE,
    TITLE_WORDS,
    compound_role,
    is_role_word,
    opens_sentence,
    past_participle,
    role_text,
    when,
)
from tutor.extract.role_words import is_role_noun

if TYPE_CHECKING:
    from tutor.nlp import Doc, Token

_NP_POS = frozenset({"NOUN", "ADJ", "ADP", "DET", "PROPN", "NUM"})

_TITLE_ROLES_WORDS = """
    docteur docteure professeur professeure général générale amiral vice-amiral contre-amiral
    colonel lieutenant-colonel capitaine commandant lieutenant sergent caporal adjudant maréchal
    brigadier abbé collègue collègues homologue confrère consœur ami amie voisin voisine
    compatriote
"""
_TITLE_ROLES = frozenset(_TITLE_ROLES_WORDS.split())
_RANK_QUALIFIERS = frozenset({"escadre", "brigade", "division", "corps", "vaisseau", "frégate"})


def only_a_title(role: str) -> bool:
    """ "le docteur X, chef du service de ...", "le général X, commandant de la région ...",
    "sa collègue X, déléguée CGT": a rank, a title or a relation before the name says less than
    the function written after it, which is the role."""
    words = role.lower().replace("'", "' ").replace("’", "’ ").split()
    if not words or words[0] not in _TITLE_ROLES:
        return False
    of = [k for k, w in enumerate(words) if w in ("de", "du", "des", "d'", "d’")]
    return not of or (of[0] + 1 < len(words) and words[of[0] + 1] in _RANK_QUALIFIERS)


def role_before(doc: Doc, body: str, first: int, closed: bool = True) -> str | None:
    """ "le président russe Vladimir Poutine", "Le conseiller du président, Éric Tessier,": with
    a comma the whole noun phrase before is the role, without one the role next to the name
    ("la fille du président Jean X" names the president)."""
    i = first - 1
    if i > 1 and _religious_address(doc, i) and doc[i - 2].text == ",":
        i -= 2  # "Le curé de la paroisse, le père X": the state, as a title, goes with the name
    elif i >= 0 and doc[i].text in TITLE_WORDS:
        i -= 1
        if i > 0 and doc[i].pos_ == "DET" and doc[i - 1].text == ",":
            i -= 1  # "La cheffe du service, le Dr X": the article goes with the title
    elif _nationality_after_comma(doc, i):
        i -= 2  # "son entraîneur, le Serbe X": the nationality stands for the person
    comma = i >= 0 and doc[i].text == ","
    if comma:
        i -= 1
    end_token = i
    roles: list[int] = []
    steps = 0
    while i >= 0 and steps < 14:
        tok = doc[i]
        opening = _aside_opening(doc, i) if tok.text == ")" else None
        if opening is not None:
            i = opening - 1  # "La maire (PS) de Nantes, X": the party aside is part of it
            continue
        if comma and not roles and tok.lower_ in _LIST_LINKS and _list_link(doc, i, end_token):
            i -= 1  # "l'alimentation et l'environnement": the list goes on before
            continue
        if comma and not roles and _list_comma(doc, i, end_token):
            # "directrice de recherche à l'Institut … pour l'agriculture, l'alimentation et
            # l'environnement (Inrae), X": the name's own list; the role is further back
            i, steps = i - 1, 0
            continue
        if (
            (
                tok.pos_ not in _NP_POS
                and tok.text != "-"
                and tok.lower_ not in IN_ROLE
                and not tok.ent_type_  # a place the tagger calls a pronoun
                and not _participle_noun(doc, i)
                and not _participle_after_role(doc, i)
                and not (comma and _joins_in_role(doc, i))
                and not (comma and past_participle(doc, i))
            )
            or tok.text in ",;:"
            or "\n" in tok.text
        ):
            break
        if roles and tok.ent_type_ == "PER":
            break  # "l'ancien ministre François Fillon ... de son épouse, X": his role, not X's
        if (
            (tok.pos_ in ("NOUN", "ADJ", "PROPN") or _participle_noun(doc, i))
            and is_role_noun(tok.text)
            and not _qualifies_a_thing(doc, i)
        ) or compound_role(doc, i):
            roles.append(i)
            if not comma:
                break
        i -= 1
        steps += 1
    if not roles or end_token < roles[0] or doc[end_token].pos_ in ("ADP", "DET"):
        return None
    if not comma and any(when(doc, k) for k in range(roles[0] + 1, end_token + 1)):
        return None  # "La cour juge depuis lundi Thomas X": a time between, so no apposition
    start = roles[-1]
    if not comma and end_token == start and _religious_address(doc, start):
        return None  # "le père Jean-Baptiste X": how a priest is addressed, no relation
    while start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        start -= 2  # "l'adjudant-chef X": the tokenizer split the rank at its hyphen
    while start > 0 and (
        doc[start - 1].pos_ == "ADJ"
        or is_role_word(doc[start - 1])
        or (doc[start - 1].dep_ == "amod" and doc[start - 1].head.i == start)
    ):
        start -= 1  # "le quadruple champion olympique X", "quadruple" tagged a noun
    if (
        not comma
        and start > 2
        and doc[start - 2].lower_ in ("d'", "d’")
        and doc[start - 1].text[:1].isupper()
        and is_role_word(doc[start - 3])
    ):
        start -= 3  # "la secrétaire d'État adjointe américaine X": the office the noun qualifies
    if not comma and start > 1 and doc[start - 1].lower_ == "et" and is_role_word(doc[start - 2]):
        start -= 2  # "l'écrivain et cinéaste X"
    end_token = next(
        (
            k - 1
            for k in range(start + 1, end_token + 1)
            if when(doc, k) or _by_whom(doc, k) or (comma and past_participle(doc, k))
        ),
        end_token,
    )
    if comma and not closed and _after_preposition(doc, start):
        return None  # "Lors de sa visite au ministre, Jean X a dit": a new subject, not him
    if not comma:
        outer = _outer_apposition(doc, body, start, roles[0])
        if outer:
            return outer
    text = role_text(doc, body, start, end_token)
    words = text.split(" ", 1) if text else []
    if len(words) == 2 and words[0].lower() in APPOINTED and is_role_noun(words[1].split()[0]):
        return words[1]  # "Élu maire en 2020, X": the office, as for "X, élu maire"
    if text and opens_sentence(doc, start) and doc[start].pos_ != "PROPN":
        return text[0].lower() + text[1:]  # "Ancien joueur du PSG, X": not a name
    return text


_LIST_LINKS = frozenset({"et", "ou"})


def _list_comma(doc: Doc, i: int, end: int) -> bool:
    """Whether the comma at `i` parts the items of a list inside the words before a name ("pour
    l'agriculture, l'alimentation et l'environnement"): a noun before it, and after it, up to
    `end`, nouns with their articles joined by "et" or "ou", with no role among them."""
    if doc[i].text != "," or i < 1 or doc[i - 1].pos_ != "NOUN" or _a_role(doc[i - 1]):
        return False
    if doc[i + 1].pos_ != "DET" and doc[i + 1].lower_ not in _OF_WORDS:
        return False  # "spécialiste des sols, des nappes et des rivières"
    items = doc[i + 1 : end + 1]
    if not any(t.lower_ in _LIST_LINKS for t in items):
        return False
    words = [t for t in items if t.lower_ not in _LIST_LINKS and t.lower_ not in _OF_WORDS]
    kinds = ("DET", "NOUN", "ADJ", "PROPN", "PUNCT")
    if any(t.pos_ not in kinds or (t.pos_ == "PUNCT" and t.text not in "()") for t in words):
        return False
    return not any(_a_role(t) for t in words)


def _a_role(tok: Token) -> bool:
    """A role noun, singular or plural ("élus")."""
    return is_role_noun(tok.text) or is_role_noun(tok.lemma_)


def _list_link(doc: Doc, i: int, end: int) -> bool:
    """Whether the "et" or "ou" at `i` joins the last item of such a list, a comma and one
    item back ("…, l'alimentation et l'environnement")."""
    return any(_list_comma(doc, k, end) for k in range(i - 1, max(i - 5, 0), -1))


def _religious_address(doc: Doc, i: int) -> bool:
    """ "le père Jean-Baptiste X", "la sœur Marie-Thérèse Y": a priest, a monk or a nun named
    with the word for their state, after a definite article (not "son père X")."""
    return (
        doc[i].lower_ in ("père", "frère", "sœur") and i > 0 and doc[i - 1].lower_ in ("le", "la")
    )


def _nationality_after_comma(doc: Doc, i: int) -> bool:
    """Whether token `i` is a nationality noun with its article, set off by a comma ("son
    entraîneur, le Serbe X")."""
    if i < 2 or not doc[i].text[:1].isupper() or doc[i - 2].text != ",":
        return False
    w = doc[i].lower_
    national = any(f in NATIONALITIES for f in (w, w.removesuffix("e"), w.removesuffix("ne")))
    return national and doc[i - 1].lower_ in ("le", "la", "l'", "l’")


def _qualifies_a_thing(doc: Doc, i: int) -> bool:
    """ "Au classement général, X", "Au tournoi international, Y": a role word used as an
    adjective after a noun that is no role qualifies that thing ("secrétaire général" stays)."""
    tok = doc[i]
    if tok.pos_ != "ADJ" or not tok.text.islower() or i == 0:
        return False
    noun = doc[i - 1]
    return noun.pos_ == "NOUN" and noun.text.islower() and not is_role_word(noun)


_OF_WORDS = frozenset({"de", "du", "des", "d'", "d’"})


def _joins_in_role(doc: Doc, i: int) -> bool:
    """ "Le maire de Rodez et président de l'agglomération, X", "L'adjoint chargé des écoles et
    des sports, X": an "et" that joins a second office or a second complement inside the role
    set off before the name; not "et la directrice de ...", which brings in someone else."""
    if doc[i].lower_ != "et" or i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    if after.pos_ == "ADJ" and after.text.islower() and i + 2 < len(doc):
        after = doc[i + 2]  # "et ancien ministre"
    return after.lower_ in _OF_WORDS or (is_role_word(after) and after.text.islower())


def _aside_opening(doc: Doc, closing: int) -> int | None:
    """The "(" of a short aside that closes at `closing` inside a role ("maire (PS) de")."""
    for j in range(closing - 1, max(closing - 5, 0), -1):
        if doc[j].text == "(":
            return j if j < closing - 1 else None
        if doc[j].text in ",;:()":
            return None
    return None


def _participle_noun(doc: Doc, i: int) -> bool:
    """ "L'opposant russe X": a role noun in "-ant" the tagger reads as a verb, after an
    article."""
    after_article = i > 0 and doc[i - 1].pos_ == "DET"
    return doc[i].pos_ == "VERB" and after_article and is_role_noun(doc[i].text)


def _participle_after_role(doc: Doc, i: int) -> bool:
    """ "le président sortant Barack Obama", "la députée sortante X": a participle the tagger
    reads as a verb, right after a role noun, qualifies it."""
    tok = doc[i]
    shape = "Part" in tok.morph.get("VerbForm") or tok.lower_.endswith(("ant", "ante"))
    participle = tok.pos_ == "VERB" and shape  # "sortante" may be read as a subjunctive
    return participle and tok.text.islower() and i > 0 and is_role_word(doc[i - 1])


def _by_whom(doc: Doc, i: int) -> bool:
    """ "Le liquidateur désigné par le tribunal, Me X": who appointed the person says how they
    came to the role, not what it is."""
    tok = doc[i]
    participle = tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm")
    return participle and i + 1 < len(doc) and doc[i + 1].lower_ == "par"


def _outer_apposition(doc: Doc, body: str, start: int, noun: int) -> str | None:
    """ "la présidente du jury, l'architecte italienne X": the function the article gives
    first, not the trade it adds, when the parser joins the two nouns."""
    if start < 3 or doc[start - 1].pos_ != "DET" or doc[start - 2].text != ",":
        return None
    head = doc[noun].head
    joined = doc[noun].dep_ in ("conj", "appos") and head.i < start - 2 and is_role_word(head)
    outer = role_before(doc, body, start - 1)
    if outer and outer.split()[0].lower() in _ANOTHER:
        return None  # "L'autre candidat, l'homme d'affaires X": a pointer to the story, no role
    if outer and only_a_title(doc[noun].text):
        return outer  # "le médecin de la sélection, le docteur X": the function, not the title
    if joined or (outer and _opens_with(doc, body, start - 2, outer)):
        return outer
    return None


_ANOTHER = frozenset({"autre", "même"})


def _opens_with(doc: Doc, body: str, comma: int, role: str) -> bool:
    """ "Le porte-parole de la police, le commandant X": whether the sentence opens with the
    role, which then is the one the article gives first."""
    at = body.rfind(role, 0, doc[comma].idx)
    span = doc.char_span(at, at + len(role), alignment_mode="expand") if at >= 0 else None
    if span is None:
        return False
    i = span.start - 1 if span.start > 0 and doc[span.start - 1].pos_ == "DET" else span.start
    return opens_sentence(doc, i)


_SOURCE_WORDS = frozenset({"selon", "pour", "d'après", "d’après", "par"})


def _after_preposition(doc: Doc, start: int) -> bool:
    """Whether the noun phrase at `start` is governed by a preposition other than a source's,
    or is the object of a verb ("Après avoir rencontré le président, Luc X a ...")."""
    at = start - 1
    if at >= 0 and doc[at].pos_ == "DET":
        at -= 1
    if at >= 0 and doc[at].pos_ == "VERB" and doc[at].lower_ not in APPOINTED:
        return True
    return at >= 0 and doc[at].pos_ == "ADP" and doc[at].lower_ not in _SOURCE_WORDS
