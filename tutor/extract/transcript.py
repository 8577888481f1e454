"""The turns of an interview written as a transcript: "Marie Dubois : Nous n'avons plus que
douze élèves." is Marie Dubois's speech.

Some interviews and debates print each turn as a paragraph opened by the speaker's name and a
colon, with no quotation marks and no speech verb. The name says who speaks; the interviewer's
turns are opened by the paper's name or "Question", which name no person. A heading can look
the same ("Marie Dubois : la passion du vin"), and so can a list of who does what ("Marie
Dubois : Elle sera chargée des finances."), so the layout must repeat and speak: a person's
turns count when the article has at least two such paragraphs of full sentences, half of them
in the first or second person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.facts import Quote

if TYPE_CHECKING:
    from tutor.extract.people import PeopleIndex

_TURN = re.compile(r"^(?P<who>[^\n:«»\"]{2,60}?)\s*:\s+(?P<said>[^\n]+?)\s*$", re.MULTILINE)
_TITLE = re.compile(r"(?:(?:M\.|Mme|Mlle|Me|Dr|Pr)\s+)?")
"""What may stand before the name: nothing, or a title ("M. Dubois :")."""
_ENDS = (".", "!", "?", "…", "»")
MIN_TURNS = 2
_SPOKEN = re.compile(
    r"(?<!\w)(?:je|j['’]|me|m['’]|moi|mon|ma|mes|nous|notre|nos|vous|votre|vos)(?!\w)",
    re.IGNORECASE,
)
"""Words of a speaker addressing someone: half the turns at least must have one, or the
paragraphs are the paper's notes on people (a team's ratings, a list of portraits)."""


def transcript_turns(body: str, people: PeopleIndex) -> list[Quote]:
    """Each paragraph opened by a person's full name and a colon, as that person's direct
    speech (its cue the name and colon); none unless the article has two such paragraphs."""
    turns = []
    for match in _TURN.finditer(body):
        who_start, who_end = match.span("who")
        mention = people.mention_in(who_start, who_end)
        if mention is None or mention.end != who_end:
            continue
        if not _TITLE.fullmatch(body[who_start : mention.start]):
            continue  # "Le maire de Vern, Marie Dubois : …" is no transcript's turn
        said = match["said"]
        if not said.endswith(_ENDS) or (not said[:1].isupper() and said[:1] not in "«—"):
            continue
        start, end = match.span("said")
        cue = body[who_start:start].rstrip()
        line = match.group()  # the evidence shows the name with the words
        turns.append(Quote(people.name_of(mention), said, "direct", cue, line, start, end))
    if len(turns) < MIN_TURNS or 2 * sum(bool(_SPOKEN.search(t.text)) for t in turns) < len(turns):
        return []  # "Marie Dubois : Elle sera chargée des finances.": the paper's words
    return turns
