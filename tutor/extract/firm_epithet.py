"""The firm a bare "l'entreprise" in a speaker's place stands for: "Dans un communiqué,
l'entreprise explique que ..." in a piece about "la laiterie Armor-Lait" is Armor-Lait. Only
when the article names one firm by the word for its kind: with two, the reader cannot tell."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.nlp import Doc

_BARE = frozenset(
    {"l'entreprise", "l’entreprise", "la société", "le groupe", "la firme", "la compagnie"}
)
"""The epithets a news piece gives the firm it is about."""
_KIND_WORDS = """
    entreprise société groupe firme laiterie fromagerie fabricant constructeur laboratoire
    industriel brasseur distributeur équipementier sous-traitant compagnie
"""
_KINDS = frozenset(_KIND_WORDS.split())
"""Words after which a firm's name comes ("le fabricant savoyard Vergers du Léman"); not
"plateforme", "site", "marque": a firm's service or product, often of another firm. "la
compagnie Alizé Airlines" is an airline's ("précise la compagnie" is Alizé Airlines)."""
_DETERMINERS = frozenset({"le", "la", "l'", "l’", "du", "au"})
_PARTICLES = frozenset({"du", "de", "des", "d'", "d’", "la", "le"})


def firm_named(doc: Doc, description: str) -> str | None:
    """The one firm the article names by its kind, for a bare "l'entreprise"; else None."""
    if description.lower() not in _BARE:
        return None
    names = {name for i, tok in enumerate(doc) if (name := _name_after_kind(doc, i))}
    return names.pop() if len(names) == 1 else None


def _name_after_kind(doc: Doc, i: int) -> str | None:
    """ "la laiterie Armor-Lait", "Le fabricant savoyard Vergers du Léman": the capitalised name
    after a firm's kind and its lower-case adjectives."""
    if doc[i].lower_ not in _KINDS or i == 0 or doc[i - 1].lower_ not in _DETERMINERS:
        return None
    j = i + 1
    while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].text.islower():
        j += 1
    if j >= len(doc) or not doc[j].text[:1].isupper() or doc[j].ent_type_ == "PER":
        return None
    end = j + 1
    while end < len(doc) and (
        doc[end].text[:1].isupper()
        or doc[end].text in ("-",)
        or (
            doc[end].lower_ in _PARTICLES and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
        )
    ):
        end += 1
    return doc[j:end].text
