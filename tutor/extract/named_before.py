"""Whom a bare role may point back to: only someone the narration has already named.

"La présidente l'a interrompu" in a trial report is the court's president, whom the article
never names, not the president of an association named three paragraphs later: a reader
resolves a definite description against what came before it, never against what follows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.extract.speakers import SpeakerResolver


_POSSESSIVES = {"son": "le", "sa": "la", "ses": "les"}
_NEW = re.compile(r"^(?P<article>le|la) (?:nouveau|nouvelle) (?=\w)", re.IGNORECASE)


def _core(description: str) -> str:
    """ "la nouvelle ministre de l'Environnement, biologiste marine de formation" -> "la
    ministre de l'Environnement": the office alone, without what is said beside it."""
    core = description.split(",", 1)[0].strip()
    return _NEW.sub(lambda m: f"{m['article']} ", core)


def holder_named_before(speakers: SpeakerResolver, description: str, at: int) -> str | None:
    """The one person the article gives this role ("la présidente" -> the association's
    president), if the narration named that person before `at`."""
    words = description.split(" ", 1)
    if len(words) == 2 and words[0].lower() in _POSSESSIVES:
        # "Sa fille a glissé" after "Sa fille, Camille Lacombe, ...": the one person given
        # that role, as "la fille" would be
        description = f"{_POSSESSIVES[words[0].lower()]} {words[1]}"
    holder = speakers.people.holder_of(description)
    if holder is None and (core := _core(description)) != description:
        # "La nouvelle ministre de l'Environnement, biologiste marine de formation, a promis"
        # after "il a nommé Verónica Salinas": the office, without "nouvelle" and the aside,
        # is the one the article gave her; a new holder is not one "sortant"
        holder = speakers.people.holder_of(core)
        role = (speakers.people.role_of(holder) or "") if holder else ""
        if holder is not None and role.lower() != core.split(" ", 1)[1].lower():
            holder = None
    if holder is None:
        return None
    named = any(
        speakers.people.name_of(m) == holder and not speakers.in_quote(m.start)
        for m in speakers.people.mentions_in(0, at)
    )
    return holder if named else None
