"""Bodies the press names by a nickname: "les Sages" is the Conseil constitutionnel, "la Haute
Assemblée" the Sénat. A lesson that quotes "les Sages" and "le Conseil constitutionnel" as two
speakers asks a learner to tell apart one body under two names."""

from __future__ import annotations

import re

_NICKNAMES = {
    "les sages": ("le Conseil constitutionnel", "Conseil constitutionnel"),
    "la haute assemblée": ("le Sénat", "Sénat"),
    "la chambre haute": ("le Sénat", "Sénat"),
    "la chambre basse": ("l'Assemblée nationale", "Assemblée nationale"),
    "la haute juridiction": ("la Cour de cassation", "Cour de cassation"),
}
"""Nickname (lower case, with its article) -> the body's name with its article, and the words
the article must write for the nickname to be read as that body."""


def body_of_nickname(description: str, body: str) -> str | None:
    """The body a nickname stands for, when the article also names that body ("Saisi d'une
    QPC, le Conseil constitutionnel a censuré … Les Sages ont rappelé …"); else None."""
    found = _NICKNAMES.get(re.sub(r"\s+", " ", description.replace("’", "'")).strip().lower())
    if found is None:
        return None
    name, written = found
    return name if re.search(rf"\b{re.escape(written)}\b", body) else None
