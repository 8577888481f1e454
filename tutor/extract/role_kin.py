"""Which person named earlier a bare role ("la syndicaliste", "l'avocate") points back to."""

from __future__ import annotations

import re
import unicodedata

from tutor.extract.role_words import ROLE_NOUNS, is_role_noun

_GENDER_OF_ARTICLE = {"le": "Masc", "la": "Fem", "l'": ""}
_FEMININE_ENDINGS = (("trices", "teur"), ("trice", "teur"), ("euses", "eur"), ("euse", "eur"))
_FAMILY_SUFFIXES = ("iste", "ale", "al", "es", "e", "s")
_FEMININE_ROLE_ENDINGS = ("trice", "euse", "ière", "ienne", "esse")


def role_gender(word: str) -> str:
    """ "Fem" for "avocate", "élue", "directrice", "Masc" for "avocat", "élu", "" when the word
    does not tell; the tagger takes "l'avocate" for a man."""
    w = word.lower().replace("’", "'").removeprefix("l'")
    if w not in ROLE_NOUNS:
        return ""
    if (w.endswith("e") and w[:-1] in ROLE_NOUNS) or w.endswith(_FEMININE_ROLE_ENDINGS):
        return "Fem"
    return "Masc" if w + "e" in ROLE_NOUNS else ""


def role_family(word: str) -> str:
    """A crude stem shared by the words of one family of roles, whatever their gender and
    number: "syndicaliste" and "syndicale", "avocate" and "avocat", "préfète" and "préfet",
    "directrice" and "directeur"."""
    plain = unicodedata.normalize("NFD", word.lower())
    stem = "".join(ch for ch in plain if not unicodedata.combining(ch))
    for feminine, masculine in _FEMININE_ENDINGS:
        if stem.endswith(feminine):
            stem = stem[: -len(feminine)] + masculine
            break
    shortened = True
    while shortened:
        shortened = False
        for suffix in _FAMILY_SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 4:
                stem = stem[: -len(suffix)]
                shortened = True
                break
    return stem


def kin_of_role(
    description: str, noun_gender: str, roles: dict[str, str], genders: dict[str, str]
) -> str | None:
    """ "la syndicaliste" after "Nadia B., déléguée syndicale", "l'avocate" after "Me Julie
    B., avocat de la famille": a bare role noun (`description`, with its article) points back
    to the one person of `roles` (name -> role, people named before it) whose role has a word
    of the same family, and whose known gender (`genders`) does not contradict the article's or
    the noun's (`noun_gender`); with two such people, nobody."""
    words = description.replace("’", "'").split()
    if len(words) == 1 and words[0].lower().startswith("l'"):
        words = ["l'", words[0][2:]]
    if len(words) != 2 or words[0].lower() not in _GENDER_OF_ARTICLE:
        return None
    if not is_role_noun(words[1]):
        return None
    family = role_family(words[1])
    gender = _GENDER_OF_ARTICLE[words[0].lower()] or noun_gender  # "l'avocate"
    kin = [
        name
        for name, role in roles.items()
        if not (gender and genders.get(name, gender) != gender)
        and any(role_family(w) == family for w in re.split(r"[\s,]+", role))
    ]
    return kin[0] if len(kin) == 1 else None
