"""Footnote and citation marks pasted with a text from Wikipedia or Wikinews ("a cabré[1] au
lieu de piquer[2]", "[réf. nécessaire]"): they point to notes the paste left behind, and a learner
would read them inside a gapped sentence or a proof, or be asked about the number 1.

Only marks glued to the word before them are taken, as the wikis print them; brackets a writer
typed ("[sic]", "[…]", "un tableau [voir plus bas]") stay.
"""

from __future__ import annotations

import re

_WIKI_NOTES = (
    r"\d{1,3}",
    r"[a-z]",
    r"(?:note|n)\s?\d{1,3}",
    r"réf\.\s(?:nécessaire|souhaitée|incomplète|insuffisante)",
    r"citation\snécessaire",
    r"source\s(?:insuffisante|secondaire\snécessaire)",
    r"(?:quand|lequel|laquelle|lesquels|qui|par\squi|où|combien|comment|pourquoi)\s?\?",
    r"pas\sclair",
    r"non\sneutre",
    r"à\svérifier",
)
REFERENCE_MARKS = re.compile(
    r"(?<=[^\s\[\]])(?:\[(?:" + "|".join(_WIKI_NOTES) + r")\])+", re.IGNORECASE
)


def without_reference_marks(text: str) -> str:
    """The text without the wiki's note marks glued to its words."""
    return REFERENCE_MARKS.sub("", text)
