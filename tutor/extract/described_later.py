"""Roles the article gives people away from their names: "X et Y ont signé. Le patron de A et
la directrice de B ...", "Trump ... la spontanéité du président élu américain", "X a signé un
arrêté. La préfète du Cher a également demandé ..."."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.extract.court_parties import defendant, is_defendant
from tutor.extract.genders import first_name_genders
from tutor.extract.newcomers import same_noun_since
from tutor.extract.role_descriptions import after_quote, descriptions, function_set_off
from tutor.extract.role_epithet import named_aside
from tutor.extract.role_forms import paired_descriptions
from tutor.extract.role_kin import kin_of_role
from tutor.extract.role_phrase import opens_sentence
from tutor.facts import Person

if TYPE_CHECKING:
    from tutor.extract.people import Mention
    from tutor.nlp import Doc, Token


def described_in_pairs(
    doc: Doc,
    body: str,
    people: list[Person],
    mentions: list[Mention],
    quoted: list[tuple[int, int]],
) -> list[Person]:
    """ "X et Y ont signé l'accord. Le patron de A et la directrice de B espèrent ...": two
    roles in turn are the roles of the two people the sentence before named in turn."""
    roles: dict[int, str] = {}
    for at, one, other in paired_descriptions(doc, body):
        before = [m for m in mentions if m.end <= at and not inside(m, quoted)]
        if len(before) < 2 or any(inside(m, quoted) for m in mentions if m.start == at):
            continue
        first, second = before[-2], before[-1]
        between = body[second.end : at]
        if body[first.end : second.start].strip() != "et" or "\n" in between:
            continue
        if between.count(". ") > 1 or first.person == second.person:
            continue
        if people[first.person].role is None and people[second.person].role is None:
            roles[first.person], roles[second.person] = one, other
    return [Person(p.name, p.aliases, roles[i]) if i in roles else p for i, p in enumerate(people)]


def described_later(
    doc: Doc,
    body: str,
    people: list[Person],
    mentions: list[Mention],
    quoted: list[tuple[int, int]],
) -> list[Person]:
    """ "Trump ... la spontanéité du président élu américain": a description the narration uses
    for the person named just before it (same paragraph, at most a sentence back) is that
    person's role, when they have none and no one else has it."""
    taken = {p.role.lower() for p in people if p.role}
    roles: dict[int, str] = {}
    for at, role in descriptions(doc):
        if any(s <= at < e for s, e in quoted):
            continue
        before = [m for m in mentions if m.end <= at and not inside(m, quoted)]
        if not before:
            continue
        replaced = _replaced(body, before, role)
        successor = None if replaced else _successor(body, before)
        nearest = replaced or successor or _actor_before(doc, body, before, at)
        if is_defendant(role):  # "Le prévenu a nié" after the victim: the one on trial
            nearest = defendant(doc, [(m, m.start, m.end) for m in before]) or nearest
        appointee = _appointed(doc, nearest)
        if role.lower() in taken and not ((successor or appointee) and _new(doc, at)):
            continue  # "a nommé X. La nouvelle ministre de ...": the office is X's now
        if not (successor or appointee) and _held_by_another(role, people, before, nearest.person):
            continue  # "a élu X maire, après la démission de Y. Le nouvel élu ...": X
        # "Ce guide de Zermatt": a demonstrative points back, it brings in no one new
        office = _OFFICE.search(role) and not _won(role) and not _demonstrative(body, at)
        if not (successor or replaced) and office and not _acts_then_office(doc, nearest, at):
            continue  # "X a été tué. Le ministre de l'Intérieur a dénoncé ...": someone else
        between = body[nearest.end : at]
        told = _QUOTATION.sub("«»", between)  # the sentences of a quotation are one
        if "\n" in between or told.count(". ") > 1 or len(told) > 300:
            continue
        if named_aside(doc, nearest.start, nearest.end) and not (appointee or replaced):
            continue  # "L'enquête vise X. Le procureur ...": X is what the story is about
        if _same_clause(doc, nearest, at):
            continue  # "Julie Roussel a rencontré le ministre allemand": someone else
        noun = body[at:].split(maxsplit=1)[0].strip(",.;:!?»”")
        if met_unnamed(body, noun, at, _article_before(body, at)) and not _met_otherwise(
            doc, body, noun, at, role
        ):
            continue  # "X a rencontré le maire. Le maire a promis ...": that unnamed mayor
        if same_noun_since(body, noun, nearest.end, at):
            continue  # "X attendait. Une autre retraitée ... la retraitée": the one unnamed
        held = people[nearest.person].role
        if (held is None or held.lower() in _RANKS) and nearest.person not in roles:
            roles[nearest.person] = function_set_off(doc, at, role) or role
            taken.add(role.lower())
    return [Person(p.name, p.aliases, roles[i]) if i in roles else p for i, p in enumerate(people)]


_RANK_WORDS = """
    adjudant adjudant-chef sergent sergent-chef caporal caporal-chef brigadier brigadier-chef
    lieutenant sous-lieutenant colonel lieutenant-colonel général générale maréchal
"""
_RANKS = frozenset(_RANK_WORDS.split())
"""A rank alone is how the article addresses a soldier or a gendarme ("l'adjudant-chef X");
the function a later sentence gives ("Le secouriste était accompagné ...") is the role."""


def _actor_before(doc: Doc, body: str, before: list[Mention], at: int) -> Mention:
    """The person last named before a description, or, when that one is named as an object
    inside the sentence ("X, qui incarne Robespierre, impose ... Le baryton breton ...") or
    is not of the description's gender ("Angela Merkel et François Hollande ... La chancelière
    allemande"), the person named before it in the same sentence who is not."""
    last = before[-1]
    if not named_aside(doc, last.start, last.end) and not _other_gender(doc, last, at):
        return last
    for m in reversed(before[:-1]):
        if _SENTENCE_END.search(body, m.end, last.start):
            break
        if m.person == last.person or named_aside(doc, m.start, m.end):
            continue
        if not _other_gender(doc, m, at):
            return m
    return last


def _acts_then_office(doc: Doc, mention: Mention, at: int) -> bool:
    """ "X a signé un arrêté. La préfète du Cher a également demandé ...", "une idée portée
    par X. Le député du Var a déposé ...": an office opening the sentence right after the one
    where the person acts (its subject, not a passive one, or the agent "par X") is that
    person's, as the office after a victim or an object is someone else's."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    description = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or description is None:
        return False
    det = description.start - 1
    while det > 0 and doc[det].pos_ == "ADJ" and doc[det].text.islower():
        det -= 1  # "La nouvelle ministre de ..."
    if det < 0 or doc[det].pos_ != "DET":
        return False
    if not opens_sentence(doc, det) and not after_quote(doc, det):
        return False  # "X a annoncé ... « ... », a écrit la maire de Y" is as good as opening
    token = span.root
    while token.dep_ in ("flat:name", "flat") and token.head.i != token.i:
        token = token.head
    set_off = token.dep_ == "appos" or (token.dep_ == "nmod" and doc[span.start - 1].text == ",")
    if set_off and token.head.dep_ == "nsubj" and token.head.i < token.i:
        token = token.head  # "L'un d'eux, X, est venu témoigner": the subject X is set beside
    by = any(c.dep_ == "case" and c.lower_ == "par" for c in token.children)
    if token.dep_ == "obl:agent" or (
        by and token.dep_.startswith("obl") and token.head.pos_ == "VERB"
    ):
        return True
    passive = any(c.dep_ == "aux:pass" for c in token.head.children)
    if _appointed(doc, mention) or _speaker_of_incise(doc, span.start):
        return True
    return token.dep_ == "nsubj" and not passive


_APPOINTING = frozenset(
    {"nommer", "désigner", "choisir", "élire", "promouvoir", "recruter"}
    | {"couronner", "récompenser", "primer", "sacrer"}  # "Le jury a couronné X. La photographe"
)


def _appointed(doc: Doc, mention: Mention) -> bool:
    """ "Le président a nommé X. La nouvelle ministre de l'Environnement a promis ...": the
    person appointed is the one the office that follows is about."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.dep_ in ("flat:name", "flat") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "obj" and token.head.lemma_ in _APPOINTING:
        return True
    i = span.start - 1
    while i > 0 and span.start - i <= 3 and (doc[i].pos_ == "ADV" or _day_word(doc[i])):
        i -= 1  # "a désigné jeudi X", "a nommé dès mardi X": the parser may take the day
    return doc[i].pos_ == "VERB" and doc[i].lemma_ in _APPOINTING


_DAY_WORDS = "lundi mardi mercredi jeudi vendredi samedi dimanche hier dès aussitôt"
_DAYS = frozenset(_DAY_WORDS.split())


def _day_word(token: Token) -> bool:
    return token.lower_ in _DAYS


def _speaker_of_incise(doc: Doc, first: int) -> bool:
    """ "« ... », se réjouit X. La directrice des musées ... a mené ...": the name after the
    speech verb of an incise is that verb's subject, whatever the parser made of it."""
    i = first - 1
    if i < 2 or doc[i].pos_ not in ("VERB", "AUX"):
        return False
    i -= 1
    if doc[i].lower_ in ("se", "s'", "s’", "a", "avait"):
        i -= 1
    return i > 0 and doc[i].text == "," and doc[i - 1].text in ("»", "”")


_SUCCEEDS = re.compile(
    r"\b(?:succ[èée]d\w*|rempla[cç]\w*)(?:\s+[^\s.,]+){0,3}?\s+(?:à\s+)?(?:(?:M\.|Mme)\s+)?$"
)
_QUOTATION = re.compile(r"«[^«»]*»")
_SENTENCE_END = re.compile(r"(?<!\bM)[.!?]\s")


_OFFICE = re.compile(r"\b(?:du|des)\s|\bde\s+(?:la\s|l['’]|[A-ZÀ-Ý])|\bd['’][A-ZÀ-Ý]")
"""A description with a complement ("le ministre de l'Intérieur", "le procureur de la
République", not "l'homme d'affaires") names an office, and news French uses it to bring in its
holder, unnamed: the person named before is "l'ancien notaire" or "le ministre", not "le
ministre de l'Intérieur"."""


def _new(doc: Doc, at: int) -> bool:
    """Whether the description at `at` is of a new holder ("La nouvelle ministre")."""
    noun = doc.char_span(at, at + 1, alignment_mode="expand")
    if noun is None:
        return False
    words = [t.lower_ for t in doc[max(0, noun.start - 2) : noun.start]]
    return any(w in ("nouveau", "nouvel", "nouvelle") for w in words)


_WON_WORDS = """
    vainqueur vainqueure champion championne lauréat lauréate médaillé médaillée finaliste
    recordman recordwoman détenteur détentrice tenant tenante
"""
_WON = frozenset(_WON_WORDS.split())


def _won(role: str) -> bool:
    """ "Le double vainqueur du Tour de France", "la championne du monde": a title won, not an
    office news French brings a new holder in with; it stands for the person in focus."""
    return any(w.lower() in _WON for w in role.split()[:3])


def _successor(body: str, before: list[Mention]) -> Mention | None:
    """ "X succède à Y. La nouvelle directrice ...": when the last person named is the one
    replaced, a role that follows is the successor's, named before in the same sentence."""
    last = before[-1]
    if not _SUCCEEDS.search(body, max(0, last.start - 60), last.start):
        return None
    for m in reversed(before[:-1]):
        if _SENTENCE_END.search(body, m.end, last.start):
            return None
        if m.person != last.person:
            return m
    return None


def _replaced(body: str, before: list[Mention], role: str) -> Mention | None:
    """ "X remplace Y. L'ancien ministre, en poste depuis 2023, paie ...", "Le tribunal a
    condamné X. L'ancien maire de Vienne était poursuivi ...": a former holder described right
    after someone the sentence before acted upon is that one (news French brings in no one new
    by a former office); after one replaced, the one replaced."""
    first = role.split()[0].lower()
    if first not in ("ancien", "ancienne") and not first.startswith("ex-"):
        return None
    last = before[-1]
    if _SUCCEEDS.search(body, max(0, last.start - 60), last.start):
        return last
    opening = max(body.rfind(". ", 0, last.start), body.rfind("\n", 0, last.start))
    if any(m.person != last.person and m.start > opening for m in before):
        return None  # two people in the sentence before: which one is not said
    return last


def _held_by_another(role: str, people: list[Person], before: list[Mention], nearest: int) -> bool:
    """Whether the description fits one other person named before, who already has a role
    of its family ("l'élu" for the new mayor)."""
    roles = {
        people[m.person].name: held
        for m in before
        if m.person != nearest and (held := people[m.person].role)
    }
    return kin_of_role(f"l'{role.split()[0]}", "", roles, {}) is not None


def _clause_of(token: Token) -> int:
    """The verb heading the clause a token stands in (its own index when there is none)."""
    head = token
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head.i


def _same_clause(doc: Doc, mention: Mention, at: int) -> bool:
    """Whether the description cannot be the person: it stands in the person's own clause
    ("Julie Roussel a rencontré le ministre allemand"), or its gender is not the first
    name's ("Marine Le Pen ... du président américain")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    description = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or description is None or _other_gender(doc, mention, at):
        return True
    return _clause_of(span.root) == _clause_of(description.root)


def _other_gender(doc: Doc, mention: Mention, at: int) -> bool:
    """Whether the description at `at` is not of the person's gender, known from the first
    name ("Marine Le Pen ... du président américain")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    description = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or description is None:
        return False
    # our list of first names before the tagger, which reads "Léa" or "Nathalie" as masculine
    known = first_name_genders().get(span[0].text)
    genders = (
        [known] if known else span[0].morph.get("Gender"),
        _gender_of_description(doc, description[0].i),
    )
    return bool(all(genders) and genders[0] != genders[1])


_ARTICLE_GENDERS = {"le": "Masc", "du": "Masc", "au": "Masc", "la": "Fem"}


def _gender_of_description(doc: Doc, noun: int) -> list[str]:
    """The gender its article gives a description ("Le baryton", which the tagger may call
    feminine), else the tagger's."""
    adjective: list[str] = []
    for i in range(noun - 1, max(noun - 3, -1), -1):
        if doc[i].pos_ == "DET":
            gender = _ARTICLE_GENDERS.get(doc[i].lower_)
            # "L'ancienne ministre": the elided article says nothing, the adjective does
            return [gender] if gender else adjective or doc[noun].morph.get("Gender")
        if doc[i].pos_ != "ADJ":
            break
        adjective = adjective or doc[i].morph.get("Gender")
    return doc[noun].morph.get("Gender")


def _met_otherwise(doc: Doc, body: str, noun: str, at: int, role: str) -> bool:
    """ "L'avocate générale a requis ... Me X conteste. L'avocate rennaise ...": the unnamed
    role met before had an adjective the description does not have, so it was someone else."""
    pattern = rf"\b(?i:le|la|l'|l’)\s*(?i:{re.escape(noun)})\b"
    for m in re.finditer(pattern, body[:at]):
        noun_span = doc.char_span(m.end() - len(noun), m.end(), alignment_mode="expand")
        if noun_span is None or noun_span.end >= len(doc):
            return False
        after = doc[noun_span.end]
        if after.pos_ != "ADJ" or not after.text.islower() or after.text in role.split():
            return False
    return True


def inside(m: Mention, quoted: list[tuple[int, int]]) -> bool:
    return any(s <= m.start and m.end <= e for s, e in quoted)


def _demonstrative(body: str, at: int) -> bool:
    words = body[max(0, at - 6) : at].split()
    return bool(words) and words[-1].lower() in ("ce", "cet", "cette")


def _article_before(body: str, at: int) -> str:
    """ "le" or "la" right before the description at `at`, else ""."""
    words = body[max(0, at - 4) : at].split()
    return words[-1].lower() if words and words[-1].lower() in ("le", "la") else ""


_SAME_GENDER = {"le": r"(?i:le|du|au)", "la": r"(?i:la|à la)"}


def met_unnamed(body: str, noun: str, at: int, article: str = "") -> bool:
    """Whether the article already spoke of "le maire" as someone with no name given ("a
    rencontré le maire", "au ministre"): a bare role met again is that same unnamed person,
    not the person in focus. A role followed by a name within a few words, or set off by a
    comma, names someone ("le maire, Paul X,", "le maire de Lyon(,) Paul X") and does not
    count. With the description's own article, "la photographe" is not "le photographe"."""
    articles = _SAME_GENDER.get(article, r"(?i:le|la|l'|l’|du|au|à la|à l'|à l’)")
    pattern = (
        rf"\b{articles}\s*(?i:{re.escape(noun)})\b"
        r"(?!\s*,|(?:[\s'’]+[a-zà-ÿ-]+){0,3},?[\s'’]+[A-ZÀ-Ý])"  # "le président russe Vladimir"
    )
    return re.search(pattern, body[:at]) is not None
