"""Who speaks a quotation that opens a paragraph on its own, before any name: "« On a vécu une
soirée cauchemardesque. » Le sélectionneur, Fabien Galthié, ne cherchait pas d'excuses".

Feature writing opens on the words and names the speaker in the next sentence, with or without
a speech verb ("Ainsi s'exprime X", "X ne cachait pas sa satisfaction"); the reader takes the
first person that sentence names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.speech import word_count

if TYPE_CHECKING:
    from tutor.extract.people import PeopleIndex
    from tutor.extract.sentences import QuotedSpan, Sentence
    from tutor.extract.speakers import SpeakerResolver

FEWEST_WORDS = 5
"""Shorter quoted sentences are as often slogans or titles as someone's words."""


def opens_paragraph(body: str, offset: int) -> bool:
    """Whether only blanks lie between the last line break (or the start) and `offset`."""
    return body[body.rfind("\n", 0, offset) + 1 : offset].strip() == ""


def lead_quote_speaker(
    body: str,
    span: QuotedSpan,
    sentences: list[Sentence],
    number: int,
    people: PeopleIndex,
    speakers: SpeakerResolver,
) -> str | None:
    """The first person named (outside quotations, not after a preposition) by the sentence
    after a quoted sentence that opens its paragraph and fills its sentence; None otherwise."""
    sentence = sentences[number]
    text = body[span.start : span.end].strip()
    if word_count(text) < FEWEST_WORDS or not opens_paragraph(body, span.open):
        return None
    if len(text) < 0.8 * len(sentence.text) or number + 1 >= len(sentences):
        return None
    following = sentences[number + 1]
    if "\n" in body[sentence.end : following.start]:
        return None  # the name must be in the same paragraph
    for mention in people.mentions_in(following.start, following.end):
        if not speakers.in_quote(mention.start) and not speakers.after_preposition(mention.start):
            return people.name_of(mention)
    return None
