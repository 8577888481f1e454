"""Who plays and who stands by in a sport report: an athlete's word ("le boxeur") and a
staff word ("le promoteur", "l'entraîneur") never name the same person."""

from __future__ import annotations

from itertools import pairwise

_ATHLETE_WORDS = """
    joueur joueuse boxeur boxeuse coureur coureuse nageur nageuse skieur skieuse cycliste
    athlète pilote tennisman footballeur footballeuse rugbyman handballeur handballeuse
    basketteur basketteuse marathonien marathonienne judoka lutteur lutteuse escrimeur
    escrimeuse attaquant attaquante défenseur défenseuse milieu ailier ailière buteur buteuse
    sprinteur sprinteuse golfeur golfeuse skipper navigateur navigatrice champion championne
    finaliste challenger tenant tenante
"""
ATHLETES = frozenset(_ATHLETE_WORDS.split())
"""Words for someone who competes."""

_STAFF_WORDS = """
    entraîneur entraîneuse coach promoteur promotrice manager sélectionneur sélectionneuse
    agent agente préparateur préparatrice arbitre organisateur organisatrice soigneur
    soigneuse kinésithérapeute
"""
STAFF = frozenset(_STAFF_WORDS.split())
"""Words for someone who trains, manages, judges or promotes those who compete."""

_BEFORE_HEAD = frozenset({"ancien", "ancienne", "nouveau", "nouvelle", "futur", "future"})


def across_the_play(role: str | None, epithet: str) -> bool:
    """Whether a person known by `role` ("promoteur", "entraîneur de Sofiane Medjadi") is not
    whom the epithet's noun names, one competing and the other not: « Son promoteur, X,
    évoque … Le boxeur, lui, réclame « … » » is the boxer speaking, not X. A former athlete
    ("l'ancien joueur", as a coach's role) may be either: his role's first word is skipped
    only to read the noun it qualifies."""
    words = (role or "").lower().replace("-", " ").split()
    if words and words[0] in _BEFORE_HEAD:
        return False
    head = words[0] if words else ""
    epithet = epithet.lower()
    return (head in STAFF and epithet in ATHLETES) or (head in ATHLETES and epithet in STAFF)


_COMPETING_VERBS = """
    remporter gagner imposer battre nager courir devancer décrocher conserver boucler terminer
    franchir marquer inscrire signer
"""
COMPETING = frozenset(_COMPETING_VERBS.split())
"""Verbs of someone who competes, with them as subject: « le Niçois Adrien Faure a remporté le
100 m »."""


def staff_title(words: list[str]) -> bool:
    """Whether an epithet's words name someone who runs a sport rather than plays it: a staff
    word, or « directeur technique » / « directeur sportif » (« Le directeur technique
    national a salué … »)."""
    lowered = [w.lower() for w in words]
    if any(w in STAFF for w in lowered):
        return True
    return any(
        a in ("directeur", "directrice") and b in ("technique", "sportif", "sportive")
        for a, b in pairwise(lowered)
    )
