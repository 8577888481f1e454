"""People a sentence puts forward without the parser making them its subject, whom the next
"il" or "elle" means: a person the writer says they met ("Nous avons joint la maire …, X."), a
name taken up by a stressed pronoun ("Odile Mangin, elle, n'a pas …")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from tutor.extract.subjects import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from tutor.extract.people import Mention
    from tutor.extract.speakers import SpeakerResolver

_WRITER = frozenset({"nous", "je", "j'", "j’", "on"})
_RESUMING = frozenset({"il", "elle", "lui", "eux", "ils", "elles"})


def resumed_subject(span: Span) -> bool:
    """Whether a name is taken up by a stressed pronoun between commas ("Odile Mangin, elle,
    n'a pas l'intention de s'arrêter"): the parser may make "elle" the subject; the name is whom
    the sentence is about, and whom the next "elle" means."""
    doc, end = span.doc, span.end
    return (
        end + 2 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].lower_ in _RESUMING
        and doc[end + 2].text == ","
    )


def met_by_the_writer(
    finder: SpeakerResolver, mentions: Sequence[Mention], narrated: Sequence[Token]
) -> str | None:
    """The person a sentence of the writer's own ("Nous avons joint la maire de Plouguerneau,
    …, Gwenaëlle Quéré.") names, when an institution of her gender is in focus from an earlier
    sentence (the live blog's "La SNCF annonce …" a paragraph before): the "explique-t-elle"
    that follows is hers, not the institution's."""
    if finder.thing is None or not finder.thing[1]:
        return None
    subjects = [t for t in narrated if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"]
    if any(t.lower_ not in _WRITER for t in subjects) or not subjects:
        return None
    agreeing = [
        name
        for name in (finder.people.name_of(m) for m in mentions if not finder.in_quote(m.start))
        if finder.genders.get(name) == finder.thing[1]
    ]
    return agreeing[-1] if agreeing else None
