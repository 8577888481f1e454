"""A description with a complement, set as the speaker after a quotation, that re-names the
person just named: "La présidente du parti, Alina Marinescu, a réclamé des élections. « ... », a
lancé la députée de Cluj", "Le nonce, Mgr X, a lu la lettre. « ... », a déclaré le diplomate du
Saint-Siège".

News copy varies the way it names the person it quotes; a description with "de" may also name
someone else ("le maire de Lyon"), so it is taken for the person only when every sign agrees:
that person is in focus and the last one named, in the same paragraph and just before, the
gender agrees, the article never spoke of such a role unnamed, and the office is not one the
person cannot hold with theirs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.described_later import met_unnamed
from tutor.extract.role_descriptions import after_quote
from tutor.extract.role_epithet import another_office
from tutor.extract.role_kin import role_gender
from tutor.extract.role_words import is_role_noun

if TYPE_CHECKING:
    from tutor.extract.speakers import SpeakerResolver

_ARTICLES = {"le": "Masc", "la": "Fem", "l'": "", "l’": ""}
_OF = frozenset({"de", "d'", "d’", "du", "des"})
_FORMER = frozenset({"ancien", "ancienne", "futur", "future", "nouveau", "nouvelle", "nouvel"})
_MANDATES = frozenset({"député", "députée", "sénateur", "sénatrice", "élu", "élue"})
_PARTY_WORDS = ("parti", "groupe", "mouvement")
_CATEGORY_WORDS = """
    diplomate élu élue député députée sénateur sénatrice parlementaire édile prélat universitaire
    chercheur chercheuse scientifique militant militante syndicaliste responsable dirigeant
    dirigeante haut-fonctionnaire
"""
_CATEGORIES = frozenset(_CATEGORY_WORDS.split())
"""Nouns that say what kind of person someone is ("le diplomate du Saint-Siège" for the
nuncio, "la députée de Cluj" for a party leader), not which seat one holds: "le chef du service
de cardiologie", "l'avocat de la victime" after a minister or a prosecutor are someone else."""
NEAR = 400
"""How far back (in characters) the person re-named may have been named."""


def focus_description(resolver: SpeakerResolver, first: int, last: int) -> str | None:
    """The person just named whom a speaker description with a complement re-names, or None."""
    doc = resolver.doc
    tokens = doc[first : last + 1]
    if len(tokens) < 4 or tokens[0].lower_ not in _ARTICLES or not after_quote(doc, first):
        return None
    i = 1
    while i < len(tokens) and tokens[i].pos_ == "ADJ" and not is_role_noun(tokens[i].text):
        i += 1
    if i + 1 >= len(tokens) or not is_role_noun(tokens[i].text) or tokens[i + 1].lower_ not in _OF:
        return None
    if any(t.ent_type_ == "PER" for t in tokens):
        return None
    noun = tokens[i]
    if noun.lower_ not in _CATEGORIES:
        return None
    gender = _ARTICLES[tokens[0].lower_] or role_gender(noun.text)
    at = tokens[0].idx
    if not gender or met_unnamed(resolver.body, noun.text, at):
        return None
    who = _last_named(resolver, at)
    if who is None or who != resolver.salient or resolver.genders.get(who) != gender:
        return None
    former = any(t.lower_ in _FORMER for t in tokens[1:i])
    role = (resolver.people.role_of(who) or "").lower()
    party_mandate = noun.lower_ in _MANDATES and any(w in role for w in _PARTY_WORDS)
    if not former and not party_mandate and another_office(role, noun.lower_):
        return None
    return who


def _last_named(resolver: SpeakerResolver, at: int) -> str | None:
    """The last person named outside quotations within NEAR before `at`, in its paragraph."""
    paragraph = resolver.body.rfind("\n\n", 0, at)
    start = max(0, at - NEAR, paragraph)
    named = [m for m in resolver.people.mentions_in(start, at) if not resolver.in_quote(m.start)]
    return resolver.people.name_of(named[-1]) if named else None
