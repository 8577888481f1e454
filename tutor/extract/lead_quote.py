"""Who speaks a quotation that opens a paragraph on its own, before any name: "« On a vécu une
soirée cauchemardesque. » Le sélectionneur, Fabien Galthié, ne cherchait pas d'excuses".

Feature writing opens on the words and names the speaker in the next sentence, with or without
a speech verb ("Ainsi s'exprime X", "X ne cachait pas sa satisfaction"); the reader takes the
first person that sentence names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.extract.speech import word_count

if TYPE_CHECKING:
    from tutor.extract.people import PeopleIndex
    from tutor.extract.sentences import QuotedSpan, Sentence
    from tutor.extract.speakers import SpeakerResolver

FEWEST_WORDS = 5
"""Shorter quoted sentences are as often slogans or titles as someone's words."""


_DATELINE = re.compile(r"(?:\d{1,2}(?:er)?\s+\w+\s+\d{4}|[A-ZÀ-Ý][\w'’ -]{1,30})\.?\s*[–—-]\s*")
"""A dateline or place before a paragraph's first words ("16 octobre 2026. – ", "PARIS – ")."""
_THESE_WORDS = re.compile(
    r"^(?:c['’]est|ce\s+sont)\s+(?:par|avec|en|sur)\s+(?:ces|de\s+tels)\s+(?:mots|termes|paroles)"
    r"\s+qu(?:e|['’])",
    re.IGNORECASE,
)
"""'C'est par ces mots que la présidente a ouvert l'audience': the words were hers."""
_SAID_SO = re.compile(r"^(?:ainsi|c['’]est ainsi que|c['’]est par ces mots)\b", re.IGNORECASE)


def opens_paragraph(body: str, offset: int) -> bool:
    """Whether only blanks (or a dateline) lie between the last line break (or the start) and
    `offset`."""
    before = body[body.rfind("\n", 0, offset) + 1 : offset].strip()
    return before == "" or _DATELINE.fullmatch(before + " ") is not None


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
    after = sentences[number + 1].text if number + 1 < len(sentences) else ""
    # "« Je ne regrette rien. » Ainsi parlait X": the next sentence says the words were said
    fewest = 2 if _SAID_SO.match(after) else FEWEST_WORDS
    if word_count(text) < fewest or not opens_paragraph(body, span.open):
        return None
    own = sentence.text
    dateline = _DATELINE.match(own)
    if dateline is not None and sentence.start + dateline.end() <= span.open:
        own = own[dateline.end() :]  # "16 octobre 2026. – « ... »"
    if len(text) < 0.8 * len(own) or number + 1 >= len(sentences):
        return None
    following = sentences[number + 1]
    if "\n" in body[sentence.end : following.start]:
        return None  # the name must be in the same paragraph
    for mention in people.mentions_in(following.start, following.end):
        if not speakers.in_quote(mention.start) and not speakers.after_preposition(mention.start):
            return people.name_of(mention)
    return _subject_after_these_words(following, speakers)


def _subject_after_these_words(following: Sentence, speakers: SpeakerResolver) -> str | None:
    """ "C'est par ces mots que la présidente de la 10e chambre a ouvert ...": the subject after
    "que", named or described."""
    lead = _THESE_WORDS.match(following.text)
    if lead is None:
        return None
    doc = speakers.doc
    span = doc.char_span(following.start + lead.end(), following.end, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        if tok.dep_ in ("nsubj", "nsubj:pass") and tok.pos_ in ("NOUN", "PROPN"):
            return speakers.describe(*speakers.noun_phrase(tok))
    return None
