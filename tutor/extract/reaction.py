"""Whom a quotation with no verb belongs to when the sentence before it shows someone react.

"Et si le succès lui faisait quitter le pétrin ? La question la fait sourire. « Jamais. »": the
narration points at the speaker with a pronoun ("la", "elle", "il") just before her words; its
gender picks her out even when a man was quoted last.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.role_words import is_role_noun

if TYPE_CHECKING:
    from tutor.extract.quotes import Found, QuoteFinder
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


def unnamed_in_focus(finder: QuoteFinder) -> str | None:
    """ "Le président du tribunal a demandé au prévenu de se lever. « Reconnaissez-vous les
    faits ? »": an unnamed person the narration made subject since anyone was last quoted or
    named (a role, not an institution) is who speaks next."""
    thing = finder.speakers.thing
    if thing is None:
        return None
    words = thing[0].replace("’", "'").replace("'", "' ").split()
    return thing[0] if len(words) >= 2 and is_role_noun(words[1]) else None


def answerer(finder: QuoteFinder, found: list[Found], number: int) -> str | None:
    """ "La présidente l'a interrompu : « Pourquoi ... ? » Long silence. « Je ne sais pas. »":
    a quotation right after someone's quoted question, or after it and a few words of
    narration, is the answer of the person quoted before the one who asked."""
    directs = [f for f in found if f.quote.kind == "direct"]
    if not directs or not directs[-1].quote.text.rstrip(" »").endswith("?"):
        return None
    asked = directs[-1]
    if asked.sentence < number - 2:
        return None
    if asked.sentence == number - 2:
        between = finder.sentences[number - 1]
        if len(between.text.split()) > 4 or finder.people.mentions_in(between.start, between.end):
            return None
    earlier = [f.quote.speaker for f in directs[:-1] if f.quote.speaker != asked.quote.speaker]
    return earlier[-1] if earlier else None
