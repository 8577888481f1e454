"""Who speaks each turn of an exchange told as quotations one after the other: "« Qui devait
s'en occuper ? » « Le responsable de la sécurité. » « Et qui l'avait recruté ? » « Moi », a fini
par lâcher le prévenu."

Court and interview reporting puts questions and answers side by side with nothing between
them; the writer names one speaker, usually on the last turn. Quotations with no narration
between them are turns of two people: the one named, and the person named before the exchange
(here the lawyer who questioned him). The reader alternates them; so do we.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.facts import Quote

if TYPE_CHECKING:
    from tutor.extract.quotes import QuoteFinder
    from tutor.extract.sentences import QuotedSpan


def exchange_turns(finder: QuoteFinder, quotes: list[Quote]) -> list[Quote]:
    """The turns of each exchange left without a speaker, given the one turn that has one and
    the person named before the exchange in its paragraph."""
    turns: list[Quote] = []
    for run in _runs(finder.body, sorted(finder.outer, key=lambda q: q.open)):
        said = [[q for q in quotes if span.open < q.start < span.close] for span in run]
        named = [k for k, found in enumerate(said) if found]
        if len(named) != 1 or len(named) == len(run):
            continue
        speaker = said[named[0]][0].speaker
        other = _named_before(finder, run[0].open, speaker)
        if other is None:
            continue
        for k, span in enumerate(run):
            if not said[k]:
                who = speaker if (named[0] - k) % 2 == 0 else other
                turns.extend(_turn(finder, span, who))
    return turns


def _runs(body: str, spans: list[QuotedSpan]) -> list[list[QuotedSpan]]:
    """Quotations of one paragraph with only spaces between one and the next, two or more."""
    runs: list[list[QuotedSpan]] = []
    current: list[QuotedSpan] = []
    for span in spans:
        gap = body[current[-1].close + 1 : span.open] if current else None
        if gap is not None and gap.strip(" \u00a0\u202f") == "":
            current.append(span)
            continue
        if len(current) > 1:
            runs.append(current)
        current = [span]
    if len(current) > 1:
        runs.append(current)
    return runs


def _named_before(finder: QuoteFinder, offset: int, speaker: str) -> str | None:
    """The last person named in the narration of the paragraph before `offset`, other than
    the speaker of the named turn."""
    paragraph = finder.body.rfind("\n", 0, offset) + 1
    for mention in reversed(finder.people.mentions_in(paragraph, offset)):
        name = finder.people.name_of(mention)
        if not finder.speakers.in_quote(mention.start) and name != speaker:
            return name
    return None


def _turn(finder: QuoteFinder, span: QuotedSpan, speaker: str) -> list[Quote]:
    raw = finder.body[span.start : span.end]
    text = raw.strip(" ,")
    if not text:
        return []
    start = span.start + raw.index(text)
    sentence = finder.index.at(start)
    return [Quote(speaker, text, "direct", "", sentence.text, start, start + len(text))]
