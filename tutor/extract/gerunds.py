"""Gerunds ("en passant par la gare", "a-t-elle dit en riant"): "en" and a verb's present
participle say how or while something is done. The word after "en" is then a verb, not a noun
a learner should be taught as a term ("en passant", "riant"), though the lemmatiser leaves the
participle as it is written and the tagger sometimes takes it for a noun."""

from __future__ import annotations

from tutor.extract.tokens import TokenTable
from tutor.french_frequency import zipf_frequency

_VERB_ZIPF = 2.5
"""How common an infinitive must be to show that a word in "-ant" is its participle ("riant" of
"rire"), not a noun of its own ("géant", whose "géer" French does not have)."""
_OF = frozenset({"de", "d'", "d’", "du", "des"})


def gerund(t: TokenTable, i: int) -> bool:
    """Whether token `i` is the participle of a gerund: "en" written apart before a word in
    "-ant" that the tagger reads as a present participle, or as a noun hung on a verb whose
    infinitive French has ("a-t-elle dit en riant"). A noun after "en" that completes a noun
    ("gourmands en carburant", "un achat en carburant") or takes a complement of its own
    ("agir en représentant de l'État") stays a noun."""
    if i == 0 or t.lower[i - 1] != "en" or not t.whitespace[i - 1]:
        return False
    if not t.lower[i].endswith("ant"):
        return False  # a gerund never agrees: "en consultants" is a noun
    if t.pos[i] == "VERB":
        return "Part" in t.morph(i, "VerbForm") and "Past" not in t.morph(i, "Tense")
    if t.pos[i] not in ("NOUN", "ADJ") or t.head[i] == i:
        return False
    if t.pos[t.head[i]] not in ("VERB", "AUX"):
        return False
    if i + 1 < len(t) and t.lower[i + 1] in _OF:
        return False
    return participle_of_a_verb(t.lower[i])


def participle_of_a_verb(word: str) -> bool:
    """Whether a word in "-ant" is a present participle by its form: "passant" of "passer",
    "riant" of "rire", "finissant" of "finir", "mangeant" of "manger"."""
    stem = word[:-3]
    if len(stem) < 2:
        return False
    infinitives = [stem + "er", stem + "re"]
    if stem.endswith("ç"):
        infinitives.append(stem[:-1] + "cer")
    if stem.endswith("ge"):
        infinitives.append(stem[:-1] + "r")
    if stem.endswith("iss"):
        infinitives.append(stem[:-2] + "r")
    if stem.endswith("y"):
        infinitives += [stem[:-1] + "ier", stem[:-1] + "ire"]
    return any(zipf_frequency(v, "fr") >= _VERB_ZIPF for v in infinitives)


def governs_after(t: TokenTable, i: int, reach: int = 12) -> bool:
    """Whether token `i` has a dependent after it other than punctuation: "passant" in "en
    passant par le centre" (the verb with its complement), not in "soit dit en passant"."""
    for j in range(i + 1, min(len(t), i + 1 + reach)):
        if t.head[j] == i and t.pos[j] != "PUNCT":
            return True
    return False
