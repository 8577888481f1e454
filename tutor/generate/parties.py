"""Whether two speaker labels may name the same party, so that one cannot be the wrong option
for the other's words.

"Les producteurs" is no wrong answer for the words of "un producteur installé à quelques
kilomètres du foyer": he is one of them. Nor is "Les magistrats" for the words of "les juges",
"la préfecture" for those of "le préfet", "les parents" for those of "un père de famille" or
"les pompiers" for those of "le commandant des opérations de secours". A learner who picks
either is right about the article; an item that marks one of them wrong teaches nothing.
"""

from __future__ import annotations

import re

from tutor.generate import french

_FAMILIES = (
    "juge magistrat magistrate cour tribunal arrêt jugement juridiction",
    "préfet préfète préfecture",
    "directeur directrice direction",
    "maire mairie municipalité",
    "pompier secours",
    "policier policière police",
    "gendarme gendarmerie",
    "syndicat syndical syndicale syndicaliste intersyndicale",
    "ministre ministère",
    "gouvernement exécutif",
    "parent père mère",
)
"""Words (singular) whose labels speak for one body: its members, its head, its decisions."""


_DETERMINER = re.compile(r"^(?:les|le|la|l'|une|un|des|plusieurs|certaines|certains)\b\s*")


def _words(label: str) -> list[str]:
    """The words of a label after its determiner, singular: "Les magistrats" -> ["magistrat"]."""
    rest = _DETERMINER.sub("", french.fold(label).strip())
    return [_singular(w) for w in re.findall(r"\w+", rest)]


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("aux"):
        return word[:-3] + "al"
    return word[:-1] if len(word) > 3 and word.endswith(("s", "x")) else word


_FAMILY_OF = {_singular(word): i for i, family in enumerate(_FAMILIES) for word in family.split()}


def same_party(a: str, b: str) -> bool:
    """Whether one label may stand for the other's speaker: a group and one of its members
    ("Les producteurs", "Un producteur installé …"), or two words of one body ("Les juges",
    "Les magistrats"; "La préfecture", "Le préfet"). Two persons with one title ("Le président
    du club", "Le président de l'association") stay apart: neither is a group."""
    words_a, words_b = _words(a), _words(b)
    if not words_a or not words_b:
        return False
    if words_a == words_b:
        return True  # "SNCF Réseau", "La SNCF Réseau": one label, with or without its article
    head_a, head_b = words_a[0], words_b[0]
    group = french.is_plural(a) != french.is_plural(b)
    if group and head_a == head_b:
        return True
    families_a = {_FAMILY_OF[w] for w in words_a if w in _FAMILY_OF}
    families_b = {_FAMILY_OF[w] for w in words_b if w in _FAMILY_OF}
    shared = families_a & families_b
    if not shared:
        return False
    # a mother and a father are two people; the parents are both of them
    parents = _FAMILY_OF["parent"]
    return shared != {parents} or group
