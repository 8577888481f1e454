"""A role as the article writes it, without what only dates or colours it ("nouveau premier
ministre conservateur" is "premier ministre")."""

from __future__ import annotations

import re

_DATING_WORDS = "nouveau nouvel nouvelle nouveaux nouvelles actuel actuelle jeune"
_DATING = frozenset(_DATING_WORDS.split())
_NOW = frozenset({"actuel", "actuelle", "actuels", "actuelles"})
_LEANINGS_WORDS = """
    conservateur conservatrice socialiste libéral libérale centriste travailliste populiste
    nationaliste progressiste modéré modérée réformateur réformatrice"""
_LEANINGS = frozenset(_LEANINGS_WORDS.split())
_OFFICES = frozenset({"ministre", "président", "présidente", "chancelier", "chancelière"})


_NO_LABEL = re.compile(r"(?i)\s+(?:sans étiquette|divers (?:droite|gauche|centre))(?=\s|$)")


def tidy_role(role: str) -> str | None:
    """The role without what only dates it or colours it: "nouveau premier ministre
    conservateur" is "premier ministre", "jeune autrice rennaise" is "autrice rennaise", "maire
    sans étiquette de X" is "maire de X";
    "ancien", "ex-", "sortant" and "élu" change what the role is and stay, and so does a party
    after a party role ("leader frontiste"); a leaning alone ("le conservateur X") is none."""
    words = role.split()
    while len(words) > 1 and words[0].lower() in _DATING:
        words = words[1:]
    while len(words) > 1 and words[-1].lower() in _NOW:
        words = words[:-1]  # "le maire actuel"
    if len(words) > 1 and words[-1].lower() in _LEANINGS and words[-2].lower() in _OFFICES:
        words = words[:-1]
    if len(words) == 1 and words[0].lower() in _LEANINGS:
        return None  # "pour le conservateur X": a side, not an office ("conservateur du musée")
    if len(words) > 1 and words[0].lower() in ANOTHER_WORDS:
        words = words[1:]  # "les deux autres finalistes, X et Y": finalists both
    if len(words) == 1 and words[0].lower() in _ORDINALS:
        return None  # "Le premier, X, un Belge": the first of those the story just spoke of
    text = _NO_LABEL.sub("", " ".join(words))
    return text if len(text) >= 2 else None


ANOTHER_WORDS = frozenset({"autre", "autres"})
_ORDINALS = frozenset({"premier", "première", "second", "seconde", "dernier", "dernière"})
