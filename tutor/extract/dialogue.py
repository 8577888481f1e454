"""Lines of dialogue opened by a dash, with an incise that names who speaks: "— Vous avez dormi ?
lui demande un guide.", "— Trois heures, répond-elle en riant. C'est une bonne nuit."

French typography marks a turn of dialogue with an em dash (or an en dash) at the start of its
line and no quotation marks; the incise inside it ("lui répond Marc Dubois", "demande-t-elle") is
the only narration of the line. Every other word of the line is the speaker's, a direct
quotation. A line with no incise says who speaks by where it stands, as a reader takes it:
- after two lines that named two different speakers, the turns alternate between them ("— Et
  le sommet ? — Si le vent tombe, oui.");
- after a line whose incise says whom it is for ("lui demande un guide", "à Léa Morel"), that
  person answers;
- right after a sentence of narration that names one person, the line is hers when the next
  line's incise names its speaker (else the dashes may make a list), and so is the answer to an
  unnamed question put to her ("Claire Berthod s'assoit. — Vous ne vous lassez pas ? — Du
  paysage, jamais.": the reporter asks).
Any other line with no incise names nobody (interview.py reads the turns of an interview).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
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
    before: tuple[str, ...] = ()
    """The speakers of the lines of the same exchange before this one, in order."""
    addressee: str | None = None
    """Whom the incise says the words are for ("demande-t-il à Léa Morel", "lui demande un
    guide" after a sentence naming her): who speaks the next line, if no incise says."""


_NEXT_TURN = re.compile(r"(?<=[.?!…])\s+[—–]\s")
"""A dash after the end of a sentence, inside a line: the next turn of a dialogue written on
one line ("— Pourquoi ? — Parce que …")."""


def opens_turn(body: str, sentence: Sentence) -> bool:
    """Whether the sentence opens a turn of dialogue: a dash opening its line, or opening it
    after the end of a sentence of the same line."""
    start = sentence.start
    line_start = body.rfind("\n", 0, start) + 1
    before = body[line_start:start].rstrip()
    return body[start : start + 1] in _TURN_DASHES and (
        not before or before.endswith((".", "?", "!", "…"))
    )


def _turn_end(body: str, sentence: Sentence) -> int:
    """Where the turn the sentence opens ends: at the next turn's dash in its line, else at
    the end of its line when the line is a line of dialogue (opened by a dash), else at the end
    of the sentence (a turn set inside a paragraph of narration: what follows may be
    narration)."""
    start = sentence.start
    end = body.find("\n", start)
    end = len(body) if end < 0 else end
    following = _NEXT_TURN.search(body, start + 1, end)
    if following is not None:
        return following.start()
    line_start = body.rfind("\n", 0, start) + 1
    return end if not body[line_start:start].strip() else sentence.end


def turn_at(finder: QuoteFinder, sentence: Sentence, turn: Turn | None) -> Turn | None:
    """The turn of dialogue the sentence belongs to: the one read so far while its line goes
    on, else the one the sentence opens, if any."""
    if turn is not None and sentence.start < turn.end:
        return turn
    if not opens_turn(finder.body, sentence):
        return None
    end = _turn_end(finder.body, sentence)
    # the exchange goes on when the line before was a turn too, with nothing between them
    before = ()
    if turn is not None and not finder.body[turn.end : sentence.start].strip():
        before = (*turn.before, turn.speaker)
    named = read_turn(finder, sentence, end)
    if named is not None:
        return replace(named, before=before)
    if turn is not None and before == (turn.speaker,) and turn.addressee is not None:
        # "— Vous avez dormi ? lui demande un guide. — Trois heures.": the one asked answers
        at = sentence.start
        return Turn(end, turn.addressee, _TURN_CUE, (at, at), before)
    if len(before) >= 2 and len(set(before)) == 2 and before[-2] != before[-1]:
        # "— Vous avez dormi ? demande le gardien. — Trois heures, répond Léa. — Et demain ?":
        # the line answers the one before it, in the voice of the line before that; with a
        # third voice in the exchange the alternation no longer says who speaks
        at = sentence.start
        return Turn(end, before[-2], _TURN_CUE, (at, at), before)
    introduced = _introduced(finder, sentence, end) if not before else None
    if introduced is not None:
        return Turn(end, introduced, _TURN_CUE, (sentence.start, sentence.start))
    return None


def _introduced(finder: QuoteFinder, sentence: Sentence, end: int) -> str | None:
    """The person the narration just named, who speaks the line at `sentence` with no incise:
    the first line after "Son adjoint, Baptiste Maillet, descend de la terrasse." ("— Moins
    deux."), or the answer to a first line that asks her a question ("Claire Berthod s'assoit
    enfin. — Vous ne vous lassez pas ? — Du paysage, jamais."). The line must be a statement
    (a question may be anyone's), and the narration one sentence naming one person, ended by a
    full stop (not a colon, which opens a list as often as speech); a first line must be
    followed by a turn its incise names ("— Tant mieux, dit Claire Berthod."), or the dashes
    may make a list."""
    line = finder.body[sentence.start : end].rstrip()
    if "?" in line or not line.endswith((".", "!", "…", "»")):
        return None
    lead = _sentence_before(finder, sentence.start)
    if lead is not None and opens_turn(finder.body, lead):
        asked = finder.body[lead.start : sentence.start].rstrip()
        if not asked.endswith("?") or read_turn(finder, lead, sentence.start) is not None:
            return None  # the line before is a statement, or a question someone asks
        lead = _sentence_before(finder, lead.start)
        if lead is not None and opens_turn(finder.body, lead):
            return None
    elif not _answered_by_name(finder, end):
        # "Le maire a annoncé trois mesures. — La gratuité des transports le samedi. — Un
        # nouveau parking.": a list, not a dialogue, unless the next line names its speaker
        return None
    if lead is None or not lead.text.rstrip().endswith("."):
        return None
    return _one_named(finder, lead)


def _answered_by_name(finder: QuoteFinder, end: int) -> bool:
    """Whether the line after the turn ending at `end` is a turn whose incise names its
    speaker ("— Tant mieux, dit Claire Berthod."): the turn is a line of a dialogue."""
    rest = finder.body[end:]
    at = end + len(rest) - len(rest.lstrip())
    if at >= len(finder.body):
        return False
    following = finder.index.at(at)
    if following.start != at or not opens_turn(finder.body, following):
        return False
    return read_turn(finder, following, _turn_end(finder.body, following)) is not None


def _one_named(finder: QuoteFinder, lead: Sentence) -> str | None:
    """The one person a sentence of narration names (not after a preposition), if only one."""
    named = {
        finder.people.name_of(m)
        for m in finder.people.mentions_in(lead.start, lead.end)
        if not finder.speakers.in_quote(m.start) and not finder.speakers.after_preposition(m.start)
    }
    return named.pop() if len(named) == 1 else None


def _sentence_before(finder: QuoteFinder, offset: int) -> Sentence | None:
    """The sentence that ends before `offset` (the line's or sentence's start)."""
    number = finder.index.index_at(offset) - 1
    while number >= 0 and finder.sentences[number].start >= offset:
        number -= 1
    return finder.sentences[number] if number >= 0 else None


_TURN_CUE = ""
"""The cue of a turn no incise names: no words of the line introduce it, the lines before do
(not the dash, which marks an interview's answers: a dialogue in a report is no interview)."""


def read_turn(finder: QuoteFinder, sentence: Sentence, end: int) -> Turn | None:
    """The turn the sentence opens (its line ends at `end`), when an incise names the
    speaker."""
    tokens = finder.tokens(sentence.start, end)
    doc = finder.doc
    for tok in tokens[1:-1]:
        if tok.text not in _BEFORE_INCISE or finder.speakers.in_quote(tok.idx):
            continue
        first = tok.i + 1
        incise = incise_at(doc, first)
        if incise is None:
            continue
        close = _incise_close(finder, tokens, incise[1])
        stop = close.idx if close is not None else end
        who = incise_speaker(finder.speakers, doc, first, incise[1], stop)
        if who is None:
            return None
        cue = finder.body[doc[first].idx : stop].rstrip(" ,.")
        incise_end = close.idx + len(close.text) if close is not None else end
        addressee = _addressee(finder, sentence, doc[first], incise_end)
        addressee = addressee if addressee != who else None
        return Turn(end, who, cue, (doc[first].idx, incise_end), addressee=addressee)
    return None


def _incise_close(finder: QuoteFinder, tokens: list[Token], after: int) -> Token | None:
    """The stop or comma that ends the incise whose words start at token `after`; past a name
    set beside the speaker ("demande le gardien, Marc Blanc."), and the name of whom the
    words are for (", à Léa Morel."), which are narration too."""
    ends = [t for t in tokens if t.i >= after and t.text in _INCISE_ENDS]
    last = tokens[-1].idx + len(tokens[-1].text) if tokens else 0
    for k, close in enumerate(ends):
        if close.text != ",":
            return close
        stop = ends[k + 1].idx if k + 1 < len(ends) else last
        if not _only_a_name(finder, close.idx + 1, stop):
            return close
    return None


def _only_a_name(finder: QuoteFinder, start: int, stop: int) -> bool:
    """Whether the words between two offsets are a person's name and nothing else, or the
    name of whom the words are for ("à Léa Morel")."""
    words = finder.body[start:stop].strip()
    name = finder.people.mention_in(start, stop)
    if not words or name is None:
        return False
    named = finder.body[name.start : name.end]
    return words == named or re.sub(r"^à\s+", "", words) == named


def _addressee(finder: QuoteFinder, sentence: Sentence, first: Token, end: int) -> str | None:
    """Whom the incise opening at `first` (ending at offset `end`) says the words are for: a
    person named after "à" ("demande le gardien à Léa Morel"), or, for "lui demande", the one
    person the narration named in the sentence before the line ("Claire Berthod sert un café.
    — Vous avez dormi ? lui demande un guide.")."""
    for mention in finder.people.mentions_in(first.idx, end):
        if finder.body[max(0, mention.start - 2) : mention.start] == "à ":
            return finder.people.name_of(mention)
    if first.lower_ != "lui":
        return None
    lead = _sentence_before(finder, sentence.start)
    if lead is None or opens_turn(finder.body, lead) or not lead.text.rstrip().endswith("."):
        return None
    return _one_named(finder, lead)


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
