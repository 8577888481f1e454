"""Nouns that describe a person without naming them: a trade or an office ("la préfète"), any
noun French gives a masculine and a feminine form ("une spectatrice", "un habitant"), and the
few that say "someone" whatever the gender ("une victime", "un touriste")."""

from __future__ import annotations

from functools import lru_cache

from tutor.extract.owner_names import names_an_organisation
from tutor.extract.role_words import is_role_noun, names_things
from tutor.french_frequency import zipf_frequency

_GENDER_PAIRS = (
    ("trice", "teur"),
    ("euse", "eur"),
    ("ière", "ier"),
    ("ienne", "ien"),
    ("ante", "ant"),
    ("ente", "ent"),
    ("aine", "ain"),
)
"""Endings of a feminine noun and of its masculine ("spectatrice, spectateur", "riveraine,
riverain"): only a noun for a living being has both. Not "-e" alone nor "-ée", "-ue": a
participle looks the same ("l'armée, armé", "l'Assemblée, assemblé", "la marine, marin")."""
PAIR_ZIPF = 2.2
"""How common each form must be (wordfreq's Zipf scale) to count as French: "électrice" is
2.25; "parlemente" (a verb, not "le parlement"'s feminine) 1.75."""
_SOMEONE_WORDS = """
    homme femme personne individu enfant jeune adolescent adolescente victime témoin touriste
    fan internaute inconnu inconnue quidam badaud badaude passager passagère usager usagère
    voisin voisine ami amie client cliente patient patiente mineur mineure
"""
_SOMEONE = frozenset(_SOMEONE_WORDS.split())
"""Nouns for someone that no gender ending tells ("une victime", "un touriste") or whose other
form is also a common adjective or participle ("voisin", "client" are caught by their pair too,
"passagère" is not)."""


@lru_cache(maxsize=2048)
def describes_a_person(noun: str) -> bool:
    """Whether a common noun in the singular stands for one person: "spectatrice", "habitant",
    "victime", "automobiliste", "ministre"; not a body nor a thing named by its kind ("le
    quotidien", whose feminine is an adjective; "le distributeur", a firm)."""
    word = noun.lower()
    if is_role_noun(word) or word in _SOMEONE:
        return True
    if names_things(word) or names_an_organisation(word):
        return False
    if len(word) >= 7 and word.endswith("iste"):
        return True  # "automobiliste", "cycliste"; not "la liste", "la piste"
    for feminine, masculine in _GENDER_PAIRS:
        for ending, other in ((feminine, masculine), (masculine, feminine)):
            if word.endswith(ending) and len(word) > len(ending) + 2:
                pair = word[: -len(ending)] + other
                if min(zipf_frequency(word, "fr"), zipf_frequency(pair, "fr")) >= PAIR_ZIPF:
                    return True
    return False
