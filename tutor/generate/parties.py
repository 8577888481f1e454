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
from collections.abc import Callable, Iterable

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


_GENERIC_BODIES = french.wordset(
    "institution organisme organisation établissement instance entité structure autorité"
)
"""Nouns the press uses for any body it has named, so as not to repeat its name ("la Banque de
France …, l'institution appelle à …")."""
_DEFINITE = re.compile(r"^(?:(?:le|la)\s+|l')", re.IGNORECASE)
"""A singular definite article: "la banque centrale" stands for a body, "les médiateurs" (read
as "le" + "s médiateurs") for none."""
_ARTICLE = re.compile(r"^(?:(?:les|le|la)\s+|l')", re.IGNORECASE)
_FUNCTION_WORDS = french.wordset("de du des d la le les l et en pour contre sur aux au à a")


def same_body(
    a: str, b: str, body: str, is_person: Callable[[str], bool], names: Iterable[str] = ()
) -> bool:
    """Whether two labels of bodies name the same one in this article: an acronym and the name
    it stands for ("L'AFM-Téléthon", "L'Association française contre les myopathies"), or the
    common noun that stands for a body the article names ("la banque centrale", "l'institution"
    for "La Banque de France"; "l'agence" for "L'Agence de la biomédecine"); or two such
    stand-ins of one of the article's `names` ("la banque centrale" and "l'institution").
    `is_person` says which labels are people: "la présidente" is no stand-in for a body."""
    if is_person(a) or is_person(b):
        return False
    if _one_of(a, b, body):
        return True
    return any(not is_person(c) and _one_of(a, c, body) and _one_of(b, c, body) for c in names)


def _one_of(a: str, b: str, body: str) -> bool:
    if french.fold(a) == french.fold(b):
        return False  # one label: `same_party` says so; as a third name it proves nothing
    return any(
        _acronym_of(x, y, body) or _stands_for(x, y) or _nickname_of(x, y)
        for x, y in ((a, b), (b, a))
    )


_NICKNAMES = {
    "sages": ("conseil constitutionnel",),
    "bercy": ("ministère de l'économie", "ministère des finances", "ministère de l'action"),
    "beauvau": ("ministère de l'intérieur",),
    "quai d'orsay": ("ministère des affaires étrangères", "ministère de l'europe"),
    "chancellerie": ("ministère de la justice",),
    "place vendôme": ("ministère de la justice",),
}
"""Names the French press gives a body by its seat or its members: "les Sages" for the Conseil
constitutionnel, "Bercy" for the economy ministry."""


def _nickname_of(nickname: str, name: str) -> bool:
    bare = _ARTICLE.sub("", french.fold(nickname).strip())
    return any(full in french.fold(name) for full in _NICKNAMES.get(bare, ()))


def _acronym_of(short: str, long: str, body: str) -> bool:
    """ "L'AFM(-Téléthon)" for "L'Association française contre les myopathies": the initials of
    its words, or the acronym the article gives in brackets after the name."""
    bare = _ARTICLE.sub("", short.strip().replace("’", "'"))
    acronym = re.split(r"[-\s]", bare)[0]
    if not re.fullmatch(r"[A-ZÀ-Ý]{2,8}", acronym):
        return False
    name = _ARTICLE.sub("", long.strip().replace("’", "'"))
    if not name or name.split()[0] == acronym:
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in _FUNCTION_WORDS]
    if "".join(w[0] for w in words).upper().startswith(acronym):
        return True
    return re.search(rf"{re.escape(name)}\s*\(\s*{re.escape(acronym)}\b", body) is not None


def _stands_for(common: str, name: str) -> bool:
    """ "la banque centrale" (small letters, definite) for "La Banque de France" (a name): the
    same head noun, or a noun any body may be called."""
    common = common.strip().replace("’", "'")
    if not _DEFINITE.match(common):
        return False
    words = _DEFINITE.sub("", common).split()
    if not words or any(w[:1].isupper() for w in words):
        return False  # "la Banque de France" itself, "le ministère de l'Intérieur"
    rest = _ARTICLE.sub("", name.strip().replace("’", "'")).split()
    if not rest or not any(w[:1].isupper() for w in rest):
        return False  # two common nouns: "l'institution" and "la préfecture" are not names
    head = words[0].lower()
    return head in _GENERIC_BODIES or head in (w.lower() for w in rest)
