"""The paper behind "nos confrères du Parisien": a reader names the source by its title ("Le
Parisien"), as the press writes it, not by the journalists' courtesy to each other; and a
title's capital article kept ("a révélé Le Monde"), and its participle ("Le Canard enchaîné")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.nlp import Doc

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


def written_as_title(doc: Doc, det: int) -> bool:
    """ "a révélé Le Monde", "écrit L'Équipe": an article written with a capital inside a
    sentence, before a capitalised word, is part of a title and keeps its capital; opening a
    sentence, only when the model took it into the name ("Le Canard enchaîné rapporte ...",
    not "La SNCF a précisé ...")."""
    if det + 1 >= len(doc) or not doc[det + 1].text[:1].isupper():
        return False
    if doc[det].ent_iob_ == "B" and doc[det + 1].ent_iob_ == "I":
        return True
    if det == 0:
        return False
    before = doc[det - 1]
    return before.text not in (".", "!", "?", "«", "“", '"', ":", "—", "–") and not (
        before.is_space or "\n" in before.text
    )


def title_participle(doc: Doc, i: int) -> bool:
    """ "Le Canard enchaîné", "Le Parisien libéré": a bare lower-case participle right after
    the capitalised name that an article opens is part of the title (the tagger reads it as a
    verb of the name, and a phrase cut at verbs left "Le Canard"); a participle with words of
    its own ("Toulouse, touchée par la grêle") or after a person's name is not."""
    if i < 2 or i >= len(doc):
        return False
    tok, name = doc[i], doc[i - 1]
    participle = tok.pos_ in ("VERB", "ADJ") and "Part" in tok.morph.get("VerbForm")
    if not participle or not tok.text.islower() or tok.head.i != name.i or list(tok.children):
        return False
    article = doc[i - 2].lower_ in ("le", "la", "les", "l'", "l’", "du", "au", "des", "aux")
    return name.pos_ == "PROPN" and name.ent_type_ != "PER" and article and bool(name.whitespace_)
