"""Who speaks after a verbless lead whose participle names an agent: "Un constat partagé par son
entraîneur, Roberto De Zerbi : « ... »".

Match reports and debates link two speakers this way: a noun for what the first one said
("constat", "avis", "argument"), a participle, "par" and the second speaker, then a colon and
the second speaker's words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.extract.quotes import QuoteFinder
    from tutor.nlp import Token


def shared_by(finder: QuoteFinder, lead: list[Token]) -> str | None:
    """The agent after "par" of a past participle that qualifies the lead's first noun, when
    the lead has no finite verb; None otherwise."""
    if any("Fin" in t.morph.get("VerbForm") for t in lead):
        return None
    for pos, tok in enumerate(lead[1:-1], start=1):
        participle = lead[pos - 1]
        if tok.lower_ != "par" or "Part" not in participle.morph.get("VerbForm"):
            continue
        if "Past" not in participle.morph.get("Tense") or pos + 1 >= len(lead):
            continue
        return finder.speakers.from_span(lead[pos + 1].i, lead[-1].i)
    return None
