"""Periphrases news French uses for an office already named: "le chef de la diplomatie
française" for the foreign minister, "le locataire de l'Élysée" for the president, "le patron
de Renault" for its chief executive."""

from __future__ import annotations

import re
import unicodedata

_OFFICES: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (re.compile(p, re.IGNORECASE), re.compile(o, re.IGNORECASE))
    for p, o in (
        (r"^chef(?:fe)? de la diplomatie\b", r"\baffaires [ée]trang[èe]res\b|\bdiplomatie\b"),
        (r"^(?:locataire|h[ôo]te|occupant) de l['’][ée]lys[ée]e\b", r"\bpr[ée]sident"),
        (r"^chef(?:fe)? de l['’][ée]tat\b", r"^pr[ée]sident"),
        (
            r"^(?:locataire|h[ôo]te|occupant) de matignon\b|^chef(?:fe)? du gouvernement\b",
            r"\bpremi(?:er|ère) ministre\b",
        ),
        (
            r"^(?:locataire|h[ôo]te) de (?:la place )?beauvau\b|^premier flic de france\b",
            r"\bint[ée]rieur\b",
        ),
        (
            r"^(?:locataire|h[ôo]te|patron(?:ne)?) de bercy\b|^grand argentier\b",
            r"\b(?:[ée]conomie|finances|budget)\b",
        ),
        (r"^garde des sceaux\b", r"\bjustice\b"),
        (r"^(?:locataire|h[ôo]te) de la maison blanche\b", r"\bpr[ée]sident"),
    )
]
_CHIEF = re.compile(
    r"^patron(?:ne)? (?P<of>d[eu]s?\b|de la\b|de l['’]|d['’])\s*(?P<what>.+)$", re.I
)
_LEADERS = r"(?:pr[ée]sident|directeur|directrice|pdg|dirigeant|dirigeante|chef|cheffe|g[ée]rant)"
_ARTICLE = re.compile(r"^(?:le|la|l['’])\s*", re.IGNORECASE)


def periphrasis_holder(description: str, roles: dict[str, str]) -> str | None:
    """The one person among `roles` (name -> role, people named before) whose office the
    description is a periphrasis of; with an adjective of nationality after it ("le chef de la
    diplomatie française"), a role that agrees with it when several fit."""
    wording = _ARTICLE.sub("", description.strip())
    fits = _office_pattern(wording)
    if fits is None:
        return None
    holders = [name for name, role in roles.items() if fits.search(role)]
    if len(holders) > 1:
        tail = wording.split()[-1]
        holders = [n for n in holders if _plain(tail)[:6] in _plain(roles[n])]
    return holders[0] if len(holders) == 1 else None


def _office_pattern(wording: str) -> re.Pattern[str] | None:
    for periphrasis, office in _OFFICES:
        if periphrasis.search(wording):
            return office
    chief = _CHIEF.match(wording)
    if chief is None:
        return None
    # "le patron de Renault": whoever leads Renault, by any title
    what = re.escape(chief["what"].strip())
    return re.compile(rf"^{_LEADERS}\b.*\b{what}$", re.IGNORECASE)


def _plain(text: str) -> str:
    """Lower case, without accents: "française" cut to six letters is in "francais"."""
    plain = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in plain if not unicodedata.combining(ch))
