"""Who a source named by its role stands for: "Selon le médecin, …" after "le Dr Paul Martin,
médecin à l'hôpital de Colmar", "D'après l'avocat de la défense, …".

A "selon/d'après/pour + role" source points back to the person the article gave that role
before, when one person fits: the same family of role ("le médecin" covers "médecin
urgentiste", "cardiologue"), an agreeing gender, and the words of a complement of the role
("l'avocat de la défense": "défense") in that person's role. Of several who fit, the one the
narration is about, if none of the others was named since (as `speaker_descriptions` reads "a
promis l'édile"); otherwise a reader cannot tell which one the paper means, and neither can we:
the source stays the article's words, as it does when the complement fits no one ("le médecin
de garde" is not the hospital's doctor named before).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.extract.role_kin import role_gender, role_kin
from tutor.extract.role_words import is_role_noun

if TYPE_CHECKING:
    from collections.abc import Sequence

    from tutor.extract.speakers import SpeakerResolver
    from tutor.nlp import Token

_ARTICLES = frozenset({"le", "la", "l'", "l’"})
_OF = frozenset({"de", "du", "des", "d'", "d’"})


def role_source(speakers: SpeakerResolver, tokens: Sequence[Token]) -> str | None:
    """The speaker a source of the shape "le/la + role noun (+ de + complement)" stands for:
    the one person named before it who fits, the source's own words when several fit (or when
    its complement fits none of those of its role family); None when the source has another
    shape or nobody of its role family was named, for the other rules to read."""
    if len(tokens) < 2 or tokens[0].lower_ not in _ARTICLES or not is_role_noun(tokens[1].text):
        return None
    complement = [t for t in tokens[3:] if t.pos_ in ("NOUN", "PROPN")]
    if len(tokens) > 2 and (tokens[2].lower_ not in _OF or not complement):
        return None  # "le médecin colmarien", "la directrice adjointe": not read here
    at = tokens[0].idx
    noun = tokens[1]
    roles = _roles_named_before(speakers, at)
    elided = tokens[0].lower_ in ("l'", "l’")
    bare = f"l'{noun.text}" if elided else f"{tokens[0].lower_} {noun.text}"
    kin = role_kin(bare, role_gender(noun.text), roles, speakers.genders)
    if not kin:
        return None
    words = [t.lower_ for t in complement]
    fit = [name for name in kin if all(_has_word(roles[name], w) for w in words)]
    if len(fit) == 1:
        return fit[0]
    latest = next((n for n in reversed(speakers.recent) if n in fit), None)
    if len(fit) > 1 and latest is not None and latest == speakers.salient:
        # "« … », regrette Patrick Soulé, maire de Layrac. D'après l'élu, …" with the
        # agglomeration's president named before: the one in focus, none of the others named
        # since
        return latest
    return _as_written(speakers, tokens)


def _has_word(role: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", role.lower()) is not None


_TITLED = re.compile(r"(?:\b(?P<title>Dre?|Me|docteure?|maître)\.?\s+)$", re.IGNORECASE)
_TITLE_ROLES = {"dr": "médecin", "dre": "médecin", "docteur": "médecin", "docteure": "médecin"}
_TITLE_ROLES |= {"me": "avocat", "maître": "avocat"}
"""The trade a title before a name gives ("le Dr Marc Petit", "Me Jean Bardet"), for a person
the article gives no role: another who fits "le médecin", "l'avocat"."""


def _roles_named_before(speakers: SpeakerResolver, at: int) -> dict[str, str]:
    """Name -> role of the people the narration named before `at` who have one, or whose
    title says their trade."""
    mentions = [m for m in speakers.people.mentions_in(0, at) if not speakers.in_quote(m.start)]
    titles: dict[str, str] = {}
    for m in mentions:
        title = _TITLED.search(speakers.body, max(0, m.start - 12), m.start)
        if title is not None:
            titles.setdefault(speakers.people.name_of(m), _TITLE_ROLES[title["title"].lower()])
    named = {speakers.people.name_of(m) for m in mentions}
    return {
        p.name: role
        for p in speakers.people.people
        if p.name in named
        and (role := p.role or speakers.learnt_roles.get(p.name) or titles.get(p.name))
    }


def _as_written(speakers: SpeakerResolver, tokens: Sequence[Token]) -> str:
    """The source's words, with a lower-case article ("le médecin")."""
    text = speakers.body[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    text = re.sub(r"\s+", " ", text).strip()
    return text[0].lower() + text[1:]
