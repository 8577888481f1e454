"""A bare role that stands for a person ("Le candidat de Debout la France veut ..."), and the
role the article thereby gives that person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.newcomers import same_noun_since
from tutor.extract.people import met_unnamed, surname
from tutor.extract.role_epithet import object_of_its_verb
from tutor.extract.role_kin import role_gender
from tutor.extract.role_words import is_role_noun

if TYPE_CHECKING:
    from tutor.extract.speakers import SpeakerResolver


def person_behind(resolver: SpeakerResolver, text: str, at: int) -> str | None:
    """ "Le candidat de Debout la France veut ...": a bare role stands for the person in focus
    when that person has no role yet, else for the next person the paragraph names without
    one ("La candidate du Front national voudrait ... Marine Le Pen aimerait ...")."""
    words = text.replace("’", "'").split()
    if len(words) < 2 or words[0].lower() not in ("le", "la", "l'") or not is_role_noun(words[1]):
        return None
    role = text.split(" ", 1)[1]
    if met_unnamed(resolver.body, words[1], at):
        return None  # "X a rencontré le maire. Le maire a promis ...": someone else
    named = resolver.people.mentions_in(0, at)
    if same_noun_since(resolver.body, words[1], named[-1].end if named else 0, at):
        return None  # "X attendait. Une autre retraitée ... la retraitée": the one unnamed
    roles = {p.name: p.role or resolver.learnt_roles.get(p.name) for p in resolver.people.people}
    gender = role_gender(words[1]) or {"le": "Masc", "la": "Fem"}.get(words[0].lower(), "")

    def free(name: str) -> bool:
        """Without a role, or with this one; not named in it ("La garde à vue de X"); and
        not of the other gender ("le technicien" is not the player Maëlle Dubreuil)."""
        agrees = not gender or resolver.genders.get(name) in (None, gender)
        return roles.get(name) in (None, role) and surname(name) not in role and agrees

    if resolver.salient is not None and free(resolver.salient):
        resolver.learnt_roles[resolver.salient] = role
        return resolver.salient
    paragraph_end = resolver.body.find("\n", at)
    paragraph_end = len(resolver.body) if paragraph_end < 0 else paragraph_end
    for mention in resolver.people.mentions_in(at, paragraph_end):
        name = resolver.people.name_of(mention)
        if free(name) and not object_of_its_verb(resolver.doc, mention.start, mention.end, at):
            resolver.learnt_roles[name] = role
            return name
    return None
