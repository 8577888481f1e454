"""Whom a bare role may point back to: only someone the narration has already named.

"La présidente l'a interrompu" in a trial report is the court's president, whom the article
never names, not the president of an association named three paragraphs later: a reader
resolves a definite description against what came before it, never against what follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.extract.speakers import SpeakerResolver


def holder_named_before(speakers: SpeakerResolver, description: str, at: int) -> str | None:
    """The one person the article gives this role ("la présidente" -> the association's
    president), if the narration named that person before `at`."""
    holder = speakers.people.holder_of(description)
    if holder is None:
        return None
    named = any(
        speakers.people.name_of(m) == holder and not speakers.in_quote(m.start)
        for m in speakers.people.mentions_in(0, at)
    )
    return holder if named else None
