"""Whom a quotation with no verb belongs to when the sentence before it shows someone react.

"Et si le succès lui faisait quitter le pétrin ? La question la fait sourire. « Jamais. »": the
narration points at the speaker with a pronoun ("la", "elle", "il") just before her words; its
gender picks her out even when a man was quoted last.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.extract.quotes import QuoteFinder
    from tutor.extract.sentences import Sentence

_AS_SUBJECT = {"la": "elle", "le": "il", "elle": "elle", "il": "il"}


def pronoun_before(finder: QuoteFinder, sentence: Sentence) -> str | None:
    """The person a personal pronoun of a short narrated sentence stands for: the subject
    "il"/"elle", or the object "la"/"le" before its verb; None when it holds none, or names
    someone itself."""
    if finder.people.mentions_in(sentence.start, sentence.end):
        return None
    tokens = finder.tokens(sentence.start, sentence.end)
    if len(tokens) > 12 or any(finder.speakers.in_quote(t.idx) for t in tokens):
        return None
    for tok in tokens:
        subject = tok.dep_ in ("nsubj", "nsubj:pass") and tok.lower_ in ("il", "elle")
        # the tagger reads "la fait sourire" as a determiner of the verb
        before_verb = tok.pos_ == "PRON" or tok.head.pos_ in ("VERB", "AUX")
        clitic = tok.lower_ in ("la", "le") and before_verb and tok.head.i > tok.i
        if subject or clitic:
            return finder.speakers.pronoun(_AS_SUBJECT[tok.lower_])
    return None
