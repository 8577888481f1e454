"""Offices a country has one holder of, named by its nationality: "le président français", "la
Première ministre britannique", "le chancelier allemand", "le roi des Belges" aside.

Such a description points to the holder of the office, never to whoever was named last: "Selon
le politologue X, ... Le président français a salué ..." is not X. A reader takes it for a person
the article named with that office ("le chef de l'État, Emmanuel Macron"), or else for the
office itself.
"""

from __future__ import annotations

import re
import unicodedata

from tutor.extract.name_forms import is_nationality

_HEAD_OF_STATE = r"pr[ée]sidente?(?: de la r[ée]publique)?|chef(?:fe)? de l['’][ée]tat"
_HEAD_OF_GOVERNMENT = r"premi(?:er|ère) ministre|chef(?:fe)? du gouvernement|chanceli(?:er|ère)"
_MONARCH = r"roi|reine|souverain|souveraine|monarque"
_KINDS = (_HEAD_OF_STATE, _HEAD_OF_GOVERNMENT, _MONARCH)
_DESCRIPTION = re.compile(r"^(?:(?:le|la|l['’])\s*)?(?P<office>.+?) (?P<nationality>[\w-]+)$", re.I)
_OF_COUNTRY = r"(?:de la |de l['’]|du |des |d['’])(?P<country>[\w-]+)"
_HOME = "franca"
"""An office named without a country in French copy ("le chef de l'État") is France's."""


def national_office(description: str) -> tuple[str, str] | None:
    """ "le président français" -> (the pattern of its kind of office, "français"); None for
    any other description ("le président du club", "le coureur français")."""
    m = _DESCRIPTION.match(description.strip())
    if m is None or not is_nationality(m["nationality"]):
        return None
    office = m["office"].lower()
    kind = next((k for k in _KINDS if re.fullmatch(k, office)), None)
    return (kind, m["nationality"]) if kind is not None else None


def national_office_holder(description: str, roles: dict[str, str]) -> str | None:
    """The one person among `roles` (name -> role, people named before) who holds the office
    "le président français" names: a role of that kind with the same nationality, or with
    none when the country is France ("chef de l'État")."""
    office = national_office(description)
    if office is None:
        return None
    kind, nationality = office
    holders = [name for name, role in roles.items() if _holds(role, kind, nationality)]
    return holders[0] if len(holders) == 1 else None


def _holds(role: str, kind: str, nationality: str) -> bool:
    of_country = re.fullmatch(rf"(?:{kind}) {_OF_COUNTRY}", role.strip(), re.IGNORECASE)
    if of_country is not None and of_country["country"][:1].isupper():
        # "président de la Mongolie" for "le président mongol": one stem, four letters on
        stem = _plain(of_country["country"])[:4]
        return len(stem) == 4 and _plain(nationality).startswith(stem)
    m = re.fullmatch(rf"(?:{kind})(?: (?P<nationality>[\w-]+))?", role.strip().lower())
    if m is None:
        return False
    country = _plain(nationality)[:6]
    if m["nationality"] is None:
        return country == _HOME
    return is_nationality(m["nationality"]) and _plain(m["nationality"])[:6] == country


def _plain(text: str) -> str:
    """Lower case, without accents: "française" and "français" share six letters."""
    plain = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in plain if not unicodedata.combining(ch))
