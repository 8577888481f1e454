"""Leaving out the words that open a clause by linking it to the one before ("Cependant, ",
"Mais ", "Rappelons que "): a clause told apart from its paragraph (a question, an event, a
statement) links to nothing, so every generator that lifts one out strips them first.
"""

from __future__ import annotations

import re

from tutor.generate import simplify
from tutor.generate.french import fold
from tutor.generate.sentence_crop import without_interview_dash

# Adverbial openers that can be dropped from the start of a clause without changing its core.
CONNECTORS = (
    "cependant",
    "pourtant",
    "en effet",
    "ainsi",
    "or",
    "mais",
    "et",
    "enfin",
    "de plus",
    "de l'autre côté",
    "d'autre part",
    "par ailleurs",
    "en outre",
    "toutefois",
    "néanmoins",
    "donc",
    "aussi",
    "alors",
    "finalement",
)
_LEADING_VERBS = ("rappelons que ", "rappelons qu'", "notons que ", "notons qu'")


def strip_opener(clause: str) -> str:
    """A clause without a leading connector ("Cependant, ", "Rappelons que "), nor one inside
    it ("ont en revanche baissé"): told apart from its paragraph, it links to nothing."""
    # "– Sur une ferme céréalière moyenne …": an interview's answer, its dash marks no clause
    text = simplify.without_connectives(without_interview_dash(clause).strip())
    lowered = fold(text)
    for verb in _LEADING_VERBS:
        if lowered.startswith(verb):
            return text[len(verb) :].lstrip()
    match = re.match(r"([^,]{1,40}),\s+", text)
    if match and fold(match.group(1)).strip() in CONNECTORS:
        return text[match.end() :]
    if (link := _LINK.match(text)) is not None:
        return text[link.end() :]  # "Mais seuls 29 % accepteraient …": links to the sentence before
    return simplify.ABSOLUTE_OPENER.sub("", text, count=1)  # "Aucune liste n'ayant obtenu …, "


_LINK = re.compile(r"(?:mais|et|or|puis)\s+(?=[^\W\d_]|\d)", re.IGNORECASE)
