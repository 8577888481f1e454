"""Whom a bare role may point back to: only someone the narration has already named.

"La présidente l'a interrompu" in a trial report is the court's president, whom the article
never names, not the president of an association named three paragraphs later: a reader
resolves a definite description against what came before it, never against what follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.extract.speakers import SpeakerResolver


_POSSESSIVES = {"son": "le", "sa": "la", "ses": "les"}


def holder_named_before(speakers: SpeakerResolver, description: str, at: int) -> str | None:
    """The one person the article gives this role ("la présidente" -> the association's
    president), if the narration named that person before `at`."""
    words = description.split(" ", 1)
    if len(words) == 2 and words[0].lower() in _POSSESSIVES:
        # "Sa fille a glissé" after "Sa fille, Camille Lacombe, ...": the one person given
        # that role, as "la fille" would be
        description = f"{_POSSESSIVES[words[0].lower()]} {words[1]}"
    holder = speakers.people.holder_of(description)
    if holder is None:
        return None
    named = any(
        speakers.people.name_of(m) == holder and not speakers.in_quote(m.start)
        for m in speakers.people.mentions_in(0, at)
    )
    return holder if named else None
