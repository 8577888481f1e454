"""What a date dates (`Event`), shared by the readings of `tutor.generate.events`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.generate.context import Context
from tutor.generate.french import fold

QUESTION_WORD = {
    "depuis": "Depuis quand",
    "dès": "Depuis quand",
    "à partir de": "À partir de quand",
    "à partir du": "À partir de quand",
    "jusqu'en": "Jusqu'à quand",
    "jusqu'au": "Jusqu'à quand",
    "au": "À quelle date",
}
TIME_QUESTION_WORD = "À quelle heure"
"""How a time of day is asked (its `DateFact` value is "T15:30")."""


def is_clock_time(value: str) -> bool:
    """Whether a date value is a time of day ("T15:30"), not a date or a length."""
    return re.fullmatch(r"T\d{2}:\d{2}", value) is not None


_PERFECT_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient"})
_REFLEXIVE_PERFECT = re.compile(r"(?<![\w'’])(?:se\s+sont|s['’]est|s['’]étai(?:en)?t)\s")
_PERFECT_ACT = re.compile(
    r"(?<![\w'’])(?<!n['’])(?:a|ont)\s+(?!pas\b|jamais\b)(?:été\s+)?[^\W\d_]+(?:é|ée|és|ées|u|us|is|it)\b"
)
_FUTURE = re.compile(r"^(?:aura|auront|sera|seront|va|vont|[^\W\d_]{2,}(?:era|eront|ira|iront))$")


_DATED_AT = re.compile(r"\bremont(?:e|es|ent|ait|aient|ant|er)\b")
"""A verb whose date is its object after "à" ("les faits remontent au 30 janvier"): "Quand
est-ce que les faits remontent ?" drops the "à"."""


def question_word(preposition: str, clause: str, future: bool = False, date_text: str = "") -> str:
    """How to ask for a date given with this preposition, in a clause in this tense.

    "Depuis quand" asks about a state still going on: "dès 2011, une directive demande" ->
    "Depuis quand …"; but "a signé dès jeudi" is one act ("Quand …"), and "sera réduite à
    partir de juin" starts later ("À partir de quand …"), as does any date after the article's
    (`future`). "fixée au 16 avril" asks for the date set ("À quelle date …"), not for when
    it was set; "au printemps 2027", "au début de l'été" give no date to fix ("Quand …").
    """
    if preposition in ("au", "à") and _DATED_AT.search(fold(clause)):
        return "À quand"  # "Les faits remontent au 30 janvier": "remonter à" keeps its "à"
    if preposition == "au" and date_text and not re.match(r"\s*\d", date_text):
        return "Quand"
    word = QUESTION_WORD.get(preposition, "Quand")
    if preposition == "depuis" and _PERFECT_ACT.search(fold(clause)):
        # "ont été vendus depuis le 5 janvier": from that day on, not a state asked "Depuis
        # quand … ont été vendus ?"; "n'avait pas connu … depuis 2019" stays a state
        return "À partir de quand"
    if preposition != "dès":
        return word
    verbs = [fold(w) for w in clause.split()[:14]]
    if future or any(_FUTURE.match(w) for w in verbs):
        return "À partir de quand"
    if any(w in _PERFECT_AUXILIARIES for w in verbs) or _REFLEXIVE_PERFECT.search(fold(clause)):
        return "Quand"  # "a signé dès jeudi", "se sont rassemblés dès mardi": one act
    return word


@dataclass(frozen=True)
class Event:
    """What a date dates: `clause` states it without the date (no final full stop) and is None
    when it cannot be said well; `question` asks for the date; `ordered` says whether the clause
    can take its place in a chronology (a plan for a future date cannot)."""

    clause: str | None = None
    question: str | None = None
    ordered: bool = True


def tense(ctx: Context, value: str) -> str | None:
    """ "past" or "future" for a date against the publication date, None when they overlap."""
    published = ctx.facts.published or (
        ctx.article.published.isoformat() if ctx.article.published else None
    )
    if not published:
        return "past"
    common = min(len(value), len(published))
    if value[:common] < published[:common]:
        return "past"
    if value[:common] > published[:common]:
        return "future"
    return None
