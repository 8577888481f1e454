"""Whom "ils" and "elles" mean: the group last made the subject of a sentence ("Les syndicats
ont quitté la table. Ils estiment que ...") or just quoted ("», préviennent les grévistes").

Singular "il" and "elle" go to people and institutions (speakers.py); a plural pronoun never
means one person, so without a group in focus it names nobody.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.nlp import Token

PLURAL_PRONOUNS = {
    "ils": "Masc",
    "-ils": "Masc",
    "-t-ils": "Masc",
    "elles": "Fem",
    "-elles": "Fem",
    "-t-elles": "Fem",
}
_PLURAL_ARTICLES = frozenset({"les", "des", "ces", "leurs", "ses", "plusieurs", "certains"})


def plural_subject(
    narrated: Sequence[Token],
    describe: Callable[[Token], str | None],
) -> tuple[str, str] | None:
    """The plural noun subject of the sentence's main verb, described, with its gender."""
    for tok in narrated:
        if tok.dep_ not in ("nsubj", "nsubj:pass") or tok.head.dep_ != "ROOT":
            continue
        if tok.pos_ != "NOUN" or "Plur" not in tok.morph.get("Number"):
            return None
        described = describe(tok)
        gender = tok.morph.get("Gender")
        return (described, gender[0] if gender else "") if described else None
    return None


def plural_source(description: str) -> tuple[str, str] | None:
    """ "les grévistes", "des associations": a group just quoted, gender unknown."""
    first = description.split(maxsplit=1)[0].lower() if description else ""
    return (description, "") if first in _PLURAL_ARTICLES else None


def plural_referent(focus: tuple[str, str] | None, pronoun: str) -> str | None:
    """The group in focus if its gender allows the pronoun ("elles" for women only)."""
    gender = PLURAL_PRONOUNS[pronoun]
    if focus is None or (gender == "Fem" and focus[1] == "Masc"):
        return None
    return focus[0]


_ONE_OF = {"l'un": "l'un", "l’un": "l'un", "l'une": "l'une", "l’une": "l'une"}
_OF_THEM = {"eux": "ils", "elles": "elles"}


def one_of_group(
    focus: tuple[str, str] | None, words: Sequence[str], after: Sequence[str]
) -> str | None:
    """ "L'une d'elles a annoncé ...": one of the group in focus ("l'une des associations de
    défense de la nature"), when `words` are "l'un"/"l'une" and `after` them come "d'" and
    "eux"/"elles"."""
    one = _ONE_OF.get("".join(words).lower())
    if one is None or len(after) < 2 or after[0].lower() not in ("d'", "d’"):
        return None
    pronoun = _OF_THEM.get(after[1].lower())
    group = plural_referent(focus, pronoun) if pronoun else None
    if group is None:
        return None
    article, _, rest = group.partition(" ")
    if article.lower() not in ("les", "des", "ces") or not rest:
        return None
    return f"{one} des {rest}"
