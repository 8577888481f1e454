"""Who goes on speaking: a quotation that is a whole sentence with no cue of its own.

After someone's quoted or reported words, the next quoted sentence is theirs; after a quoted
question, the answer is the person questioned; after narration, it is the person the sentence
before points at (a pronoun, an unnamed role just made subject) or the person in focus.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.extract.reaction import answerer, pronoun_before, unnamed_in_focus
from tutor.extract.speech import word_count

if TYPE_CHECKING:
    from tutor.extract.quotes import Found, QuoteFinder
    from tutor.extract.sentences import QuotedSpan, Sentence


_VOUS = re.compile(r"(?<![\w'’])vous(?!\w)|-vous\b", re.IGNORECASE)


def _quoted_in(finder: QuoteFinder, sentence: Sentence) -> bool:
    return any(sentence.start <= q.open < sentence.end for q in finder.outer)


def _question(finder: QuoteFinder, sentence: Sentence) -> bool:
    """A short question of the narration, with no quotation and no name in it."""
    text = sentence.text.strip()
    return (
        text.endswith("?")
        and word_count(text) <= 8
        and not any(sentence.start <= q.open < sentence.end for q in finder.outer)
        and not finder.people.mentions_in(sentence.start, sentence.end)
    )


def continuation(
    finder: QuoteFinder,
    span: QuotedSpan,
    number: int,
    sentence: Sentence,
    found: list[Found],
    words: int,
) -> tuple[str | None, str] | None:
    """A quotation that is a whole sentence right after someone else's quoted or reported
    words goes on with the same speaker."""
    raw = finder.body[span.start : span.end].strip()
    # "X s'interroge. « Qui va payer ? »": a short quoted sentence right after narration,
    # its own end inside (not a turn of an exchange of quotations)
    alone = [q for q in finder.outer if sentence.start <= q.open < sentence.end] == [span]
    alone = alone and finder.body[span.close + 1 :].lstrip()[:1] not in ("«", "“", '"')
    narrated = alone and number > 0 and not _quoted_in(finder, finder.sentences[number - 1])
    whole = narrated and words >= 3 and raw.endswith((".", "?", "!", "…"))
    if words < 4 and not whole:
        return None
    fills = len(raw) >= 0.6 * len(sentence.text)
    last = found[-1] if found else None
    # "« ... » Un changement de système ? « Peut-être. »": an interviewer's question
    # between two answers does not interrupt them
    asked = number >= 2 and _question(finder, finder.sentences[number - 1])
    # "Les représentants des propriétaires estiment que … Que leur répondez-vous ? « C'est
    # l'argument … »": words reported and then put to the interviewee are not what she says
    put_to = asked and _VOUS.search(finder.sentences[number - 1].text) is not None
    if put_to and last is not None and last.quote.kind == "indirect":
        last = None
    recent = (
        last is not None
        and (last.sentence in (number, number - 1) or (asked and last.sentence == number - 2))
        # not after a word or two ("jugée « insultante » par les syndicats"): a judgement
        # quoted in passing, not someone who goes on speaking
        and word_count(last.quote.text) >= 3
    )
    # an answer is its own sentence: "Pour le dirigeant, la ville « ... »" answers nobody
    only = len(raw) >= 0.9 * len(sentence.text.strip())
    if only and not raw.endswith("?") and (answer := answerer(finder, found, number)):
        return answer, ""
    # "Sa mère dit ne pas trouver les mots. « Je lui dois la vie de mon fils. »": the words
    # of someone just reported go on, whether the report was quoted or indirect
    if fills and recent:
        return last.quote.speaker, last.quote.cue  # type: ignore[union-attr]
    reacting = pronoun_before(finder, finder.sentences[number - 1]) if narrated else None
    reacting = reacting or unnamed_in_focus(finder)
    if fills and (words >= 6 or whole) and (reacting or finder.speakers.salient):
        return reacting or finder.speakers.salient, ""  # a whole sentence: who is in focus
    return None
