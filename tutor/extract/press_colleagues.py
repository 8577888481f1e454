"""The paper behind "nos confrères du Parisien": a reader names the source by its title ("Le
Parisien"), as the press writes it, not by the journalists' courtesy to each other."""

from __future__ import annotations

import re

_COLLEAGUES = re.compile(
    r"^(?:nos|notre|leurs?|ses|son)\s+(?:confrères|confrère|consœurs?|collègues|collègue)\s+"
    r"(?P<of>du|des|de\s+la|de\s+l['’]|d['’]|de)\s*(?P<title>[A-ZÀ-Ý].*)$",
    re.IGNORECASE,
)
_ARTICLE_OF = {"du": "Le ", "des": "Les ", "de la": "La ", "de l'": "L'", "de l’": "L’"}


def colleagues_paper(source: str) -> str | None:
    """ "nos confrères du Parisien" -> "Le Parisien", "nos confrères de Libération" ->
    "Libération", "notre confrère des Échos" -> "Les Échos"; None for any other source."""
    match = _COLLEAGUES.match(source.strip())
    if match is None or not match["title"][:1].isupper():
        return None
    of = re.sub(r"\s+", " ", match["of"].lower())
    return f"{_ARTICLE_OF.get(of, '')}{match['title']}"
