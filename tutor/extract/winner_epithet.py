"""Whom "le vainqueur", "la gagnante" mean when they speak: the person the article said won
("X a remporté l'étape", "X s'est imposée au sprint", "X l'a emporté"), not the last person
named, who is often the one beaten."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.role_prizes import award_verb

if TYPE_CHECKING:
    from tutor.extract.speakers import SpeakerResolver
    from tutor.nlp import Token

_WINNER_WORDS = "vainqueur vainqueure gagnant gagnante lauréat lauréate"
_WINNERS = frozenset(_WINNER_WORDS.split())
_WINNING = frozenset({"remporter", "gagner"})
_REFLEXIVE = frozenset({"s'", "s’", "se"})
_IT = frozenset({"l'", "l’"})


def winner_named_before(resolver: SpeakerResolver, first: int, last: int) -> str | None:
    """The first person the article says won before the epithet from token `first` to `last`
    ("le vainqueur", "la jeune lauréate"); None when it is no winner's epithet or no one won."""
    doc = resolver.doc
    words = [t.lower_ for t in doc[first + 1 : min(last, first + 2) + 1]]
    if doc[first].pos_ != "DET" or not _WINNERS & set(words):
        return None
    crowned = next(
        (
            m
            for m in resolver.people.mentions_in(0, doc[first].idx)
            if not resolver.in_quote(m.start)
            and (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
            and award_verb(doc, span.start) is not None
        ),
        None,
    )  # "Le jury a couronné X ... « … », a confié la lauréate"
    for verb in doc[:first]:
        if crowned is not None and verb.idx > crowned.start:
            return resolver.people.name_of(crowned)
        if not _won(verb) or resolver.in_quote(verb.idx):
            continue
        subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
        if subject is None or subject.i > verb.i:
            continue
        for mention in resolver.people.mentions_in(subject.left_edge.idx, verb.idx):
            return resolver.people.name_of(mention)
    return resolver.people.name_of(crowned) if crowned is not None else None


def _won(verb: Token) -> bool:
    """ "a remporté", "a gagné", "s'est imposée", "l'a emporté"."""
    lemma = verb.lemma_.lower()
    if lemma in _WINNING:
        return True
    clitics = {c.lower_ for c in verb.children if c.i < verb.i}
    if lemma == "imposer":
        return bool(_REFLEXIVE & clitics)
    return lemma == "emporter" and bool(_IT & clitics)
