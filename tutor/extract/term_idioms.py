"""Which verb phrases of the glossary are idioms, learnt as wholes ("céder au chantage", "lâcher
du lest", "tirer la sonnette d'alarme"), and which are a verb and its grammar ("inviter à") or
a light verb with an everyday noun ("mettre en place", "faire appel à", "prendre du retard"):
the press writes the latter in every article, and a learner meets them in any text."""

from __future__ import annotations

from functools import lru_cache

from tutor.extract.candidates import LINKS, Candidate
from tutor.french_frequency import zipf_frequency

FUNCTION_WORDS = LINKS | {"sur", "dans", "pour", "contre", "avec", "vers", "entre", "par", "en"}
FUNCTION_WORDS |= {"le", "la", "l'", "les", "un", "une", "son", "sa", "ses", "leur", "leurs"}

LIGHT_VERBS = frozenset(
    [
        "faire",
        "mettre",
        "prendre",
        "donner",
        "avoir",
        "être",
        "tenir",
        "laisser",
        "arriver",
        "rester",
        "obtenir",
        "passer",
        "venir",
        "aller",
    ]
)
"""Verbs that lend their meaning to the noun after them ("faire appel", "mettre en place")."""
EVERYDAY_NOUN_ZIPF = 4.5
"""A noun this frequent after a light verb makes a collocation, not an idiom: "place",
"appel", "objet", "retard", "tête" (Zipf 4.8 to 5.6); "lest", "ceinture" are rarer. On the
six key-term corpora of tests/ (600 gold terms), leaving such phrases without the idiom floor
found 3 more gold terms (410 -> 413); 4.0 did the same, 5.0 two."""


def is_idiom(cand: Candidate) -> bool:
    """A verb phrase with a word of its own after the verb ("céder au chantage"), not a verb
    and its preposition ("inviter à", "miser sur"), which is grammar more than vocabulary, nor a
    light verb and one everyday noun ("mettre en place")."""
    words = [w for w in cand.words if w not in ("se", "s'")]
    if words[0] == "ne":
        return True  # "ne pas décolérer", "ne rien lâcher": the negation makes the idiom
    content = [w for w in words[1:] if w not in FUNCTION_WORDS]
    if not content:
        return False
    if words[0] in LIGHT_VERBS and len(content) == 1:
        return _word_zipf(content[0]) < EVERYDAY_NOUN_ZIPF
    return True


@lru_cache(maxsize=4096)
def _word_zipf(word: str) -> float:
    """A noun as a phrase writes it, singular or plural ("des économies", "des risques")."""
    return max(zipf_frequency(word, "fr"), zipf_frequency(word + "s", "fr"))
