"""What the words for a speaker no name gives stand for: the description as the article words it
("les syndicats", "le Conseil constitutionnel"), or the person a role, an epithet or a
periphrasis points back to ("a promis l'édile": the mayor named before).

`SpeakerResolver.describe` and `role_holder` answer from here; the resolver keeps the narration's
focus (who "il" means), which these read, as the other epithet modules do.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tutor.extract.body_epithet import body_named_before
from tutor.extract.body_metonyms import body_of_nickname
from tutor.extract.epithet_age import aged_in_focus, before_age
from tutor.extract.epithet_person import defendant_epithet, epithet_person
from tutor.extract.firm_epithet import firm_named
from tutor.extract.maker_epithet import maker_named_before
from tutor.extract.named_before import holder_named_before
from tutor.extract.national_offices import national_office_holder
from tutor.extract.newcomers import another_of_kind
from tutor.extract.pair_ordinals import pair_member
from tutor.extract.press_colleagues import colleagues_paper, written_as_title
from tutor.extract.role_behind import person_behind
from tutor.extract.role_kin import role_gender, role_kin
from tutor.extract.role_periphrases import periphrasis_holder
from tutor.extract.subjects import PRONOUNS

if TYPE_CHECKING:
    from tutor.extract.speakers import SpeakerResolver
    from tutor.facts import Quote
    from tutor.nlp import Token

_CONTRACTED_ARTICLES = {"des": "les", "aux": "les", "du": "le", "au": "le"}
"""The article a contracted preposition holds ("des" is "de les")."""


def describe(resolver: SpeakerResolver, first: int, last: int) -> str | None:
    """A group or unnamed source as the article words it, with a lower-case article."""
    while first <= last and (resolver.doc[first].pos_ in ("ADP", "PUNCT", "CCONJ", "ADV")):
        first += 1
    while last >= first and resolver.doc[last].pos_ in ("PUNCT", "ADP", "CCONJ"):
        last -= 1
    if first > last:
        return None
    if (member := pair_member(resolver, resolver.doc[first : last + 1])) is not None:
        return member  # "», reconnaît la première"
    text = resolver.body[
        resolver.doc[first].idx : resolver.doc[last].idx + len(resolver.doc[last].text)
    ]
    text = re.sub(r"\s+", " ", text).strip()
    article = _CONTRACTED_ARTICLES.get(resolver.doc[first - 1].lower_) if first else None
    if article and resolver.doc[first].pos_ in ("NOUN", "ADJ"):
        text = f"{article} {text}"  # "le soutien des syndicats, qui dénoncent": "les syndicats"
    if (
        resolver.doc[first].pos_ == "DET"
        and text[:1].isupper()
        and not written_as_title(resolver.doc, first)
    ):
        text = text[0].lower() + text[1:]
    if len(text) < 2 or text.lower() in PRONOUNS or resolver.doc[first].pos_ == "PRON":
        return None
    younger = before_age(resolver.doc, first, last)  # "la meneuse de 24 ans"
    named = {p.name for p in resolver.people.people}
    if younger < last and (who := resolver.describe(first, younger)) in named:
        gender = role_gender(resolver.doc[younger].text)
        return aged_in_focus(resolver, who, first, gender) or who
    at = resolver.doc[last].idx
    return (
        body_of_nickname(text, resolver.body)
        or colleagues_paper(text)
        or holder_named_before(resolver, text, at)
        or periphrasis_holder(text, _roles_before(resolver, at))
        or national_office_holder(text, _roles_before(resolver, at))
        or _role_kin(resolver, text, at, resolver.doc[last])
        or maker_named_before(resolver, first, last)
        or defendant_epithet(resolver, first, last)
        or person_behind(resolver, text, at)
        or (
            not _kin(resolver, text, at, resolver.doc[last])
            and epithet_person(resolver, first, last)
        )
        or firm_named(resolver.doc, text)
        or body_named_before(resolver, text, resolver.doc[first].idx)
        or another_of_kind(resolver.body, text, at)
        or _full_org_name(resolver, text, resolver.doc[first].idx)
    )


def role_holder(resolver: SpeakerResolver, description: str, noun: Token) -> str | None:
    """The person named before `noun` whom a bare role ("le maire") points back to."""
    return resolver.people.holder_of(description) or _role_kin(
        resolver, description, noun.idx, noun
    )


def _role_kin(resolver: SpeakerResolver, text: str, at: int, noun: Token) -> str | None:
    """The one person named before `at` whose role is of the family of a bare role; of
    several, the one in focus when none of the others was named since ("M. Brisson a tenu
    à rassurer ... a promis l'édile", with the mayor and his deputy named before; not "X
    et Y ont rencontré ... a réagi la syndicaliste")."""
    kin = _kin(resolver, text, at, noun)
    latest = next((n for n in reversed(resolver.recent) if n in kin), None)
    if len(kin) > 1 and latest is not None and latest == resolver.salient:
        return resolver.salient
    return kin[0] if len(kin) == 1 else None


def _kin(resolver: SpeakerResolver, text: str, at: int, noun: Token) -> list[str]:
    """Every person named before `at` whose role is of the family of a bare role."""
    roles = _roles_before(resolver, at)
    # "l'édile": the tagger guesses a gender for a noun of either; only the word tells
    return role_kin(text, role_gender(noun.text), roles, resolver.genders)


def _roles_before(resolver: SpeakerResolver, at: int) -> dict[str, str]:
    """Name -> role of the people named before `at` who have one."""
    named_before = {resolver.people.name_of(m) for m in resolver.people.mentions_in(0, at)}
    return {
        p.name: role
        for p in resolver.people.people
        if p.name in named_before and (role := p.role or resolver.learnt_roles.get(p.name))
    }


def _shortest(names: set[str]) -> set[str]:
    """The names that do not merely extend another one: "Conseil constitutionnel français" is
    the "Conseil constitutionnel" the article names too, not a second council."""
    return {n for n in names if not any(n.startswith(f"{other} ") for other in names)}


def _full_org_name(resolver: SpeakerResolver, text: str, at: int) -> str:
    """ "le Conseil" -> "le Conseil constitutionnel" when the article names it in full; an
    acronym is a full name already ("la SNCF" is the group, "SNCF Réseau" one of its
    companies). Of several full names, the one named before `at`: "le Conseil relève" points
    back to the Conseil constitutionnel of the lead, not to a lawyer's "avocate au Conseil
    d'État" further on."""
    words = text.split()
    if len(words) != 2 or not words[1][:1].isupper():
        return text
    if len(words[1]) > 1 and words[1].isupper() and words[1].isalpha():
        return text  # initials name a body whole
    named = {
        e.text: e.start_char
        for e in reversed(resolver.orgs)
        if e.text.split()[0] == words[1] and len(e.text.split()) > 1
    }
    for tok in resolver.doc[:-1]:
        after = resolver.doc[tok.i + 1]
        if tok.text == words[1] and after.pos_ == "ADJ" and after.text.islower():
            # "le Conseil constitutionnel": the tagger may leave the adjective out of the name
            named.setdefault(f"{tok.text} {after.text}", tok.idx)
    before = _shortest({name for name, start in named.items() if start < at})
    longer = before if before else _shortest(set(named))
    if len(longer) == 1:
        return f"{words[0]} {longer.pop()}"
    return text


def one_wording_per_group(quotes: list[Quote], people: set[str]) -> list[Quote]:
    """ "le Conseil constitutionnel français" and "le Conseil constitutionnel" are one speaker:
    the shorter wording wins."""
    groups = {q.speaker for q in quotes if q.speaker not in people}
    rename = {}
    for name in groups:
        shorter = [g for g in groups if g != name and name.startswith(g + " ")]
        if shorter:
            rename[name] = min(shorter, key=len)
    return [replace(q, speaker=rename.get(q.speaker, q.speaker)) for q in quotes]
