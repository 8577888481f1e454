"""Lines of dialogue opened by a dash, with an incise that names who speaks: "— Vous avez dormi ?
lui demande un guide.", "— Trois heures, répond-elle en riant. C'est une bonne nuit."

French typography marks a turn of dialogue with an em dash (or an en dash) at the start of its
line and no quotation marks; the incise inside it ("lui répond Marc Dubois", "demande-t-elle") is
the only narration of the line. Every other word of the line is the speaker's, a direct
quotation; a line with no incise names nobody (interview.py reads the turns of an interview).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tutor.extract.incise import incise_at, incise_speaker
from tutor.extract.speech import word_count
from tutor.facts import Quote

if TYPE_CHECKING:
    from tutor.extract.quotes import QuoteFinder
    from tutor.extract.sentences import Sentence
    from tutor.nlp import Token

_TURN_DASHES = frozenset("—–")
_BEFORE_INCISE = frozenset({",", "?", "!", "…"})
"""What ends the spoken words before an incise: "— Trois heures, répond-elle", "— Vous restez ?
demande-t-elle"."""
_INCISE_ENDS = frozenset({",", ".", "!", "?", ";", "…"})


@dataclass(frozen=True)
class Turn:
    """One line of dialogue: where it ends in the body, who speaks and the incise's words."""

    end: int
    speaker: str
    cue: str
    incise: tuple[int, int]
    """Body offsets of the incise, which are narration, not the speaker's words."""


def opens_turn(body: str, sentence: Sentence) -> bool:
    """Whether the sentence opens a line with a dash, a turn of dialogue."""
    start = sentence.start
    line_start = body.rfind("\n", 0, start) + 1
    return body[start : start + 1] in _TURN_DASHES and not body[line_start:start].strip()


def turn_at(finder: QuoteFinder, sentence: Sentence, turn: Turn | None) -> Turn | None:
    """The turn of dialogue the sentence belongs to: the one read so far while its line goes
    on, else the one the sentence opens, if any."""
    return turn if turn is not None and sentence.start < turn.end else read_turn(finder, sentence)


def read_turn(finder: QuoteFinder, sentence: Sentence) -> Turn | None:
    """The turn the sentence opens, when an incise in its line names the speaker."""
    if not opens_turn(finder.body, sentence):
        return None
    end = finder.body.find("\n", sentence.start)
    end = len(finder.body) if end < 0 else end
    tokens = finder.tokens(sentence.start, end)
    doc = finder.doc
    for tok in tokens[1:-1]:
        if tok.text not in _BEFORE_INCISE or finder.speakers.in_quote(tok.idx):
            continue
        first = tok.i + 1
        incise = incise_at(doc, first)
        if incise is None:
            continue
        close = _incise_close(tokens, incise[1])
        stop = close.idx if close is not None else end
        who = incise_speaker(finder.speakers, doc, first, incise[1], stop)
        if who is None:
            return None
        cue = finder.body[doc[first].idx : stop].rstrip(" ,.")
        incise_end = close.idx + len(close.text) if close is not None else end
        return Turn(end, who, cue, (doc[first].idx, incise_end))
    return None


def _incise_close(tokens: list[Token], after: int) -> Token | None:
    """The stop or comma that ends the incise whose words start at token `after`."""
    return next((t for t in tokens if t.i >= after and t.text in _INCISE_ENDS), None)


def turn_quotes(turn: Turn, sentence: Sentence) -> list[Quote]:
    """The speaker's words in one sentence of the turn: all of it but the dash and the incise."""
    pieces = [(sentence.start, sentence.end)]
    low, high = turn.incise
    if sentence.start < high and low < sentence.end:
        pieces = [(sentence.start, low), (high, sentence.end)]
    quotes = []
    for a, b in pieces:
        raw = sentence.text[a - sentence.start : b - sentence.start]
        text = raw.lstrip(" —–\u00a0,").rstrip(" ,\u00a0")
        if not text or word_count(text) < 1:
            continue
        at = a + raw.index(text)
        quotes.append(
            Quote(turn.speaker, text, "direct", turn.cue, sentence.text, at, at + len(text))
        )
    return quotes
