"""The firm a bare "l'entreprise" in a speaker's place stands for: "Dans un communiqué,
l'entreprise explique que ..." in a piece about "la laiterie Armor-Lait" is Armor-Lait. Only
when the article names one firm by the word for its kind: with two, the reader cannot tell."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.tokens import TokenTable, table_of

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
    t = table_of(doc)  # a Token per word, twice over, for every word of the article was slow
    kinds = (i for i, lower in enumerate(t.lower) if lower in _KINDS)
    names = {name for i in kinds if (name := _name_after_kind(t, i))}
    return names.pop() if len(names) == 1 else None


def _name_after_kind(t: TokenTable, i: int) -> str | None:
    """ "la laiterie Armor-Lait", "Le fabricant savoyard Vergers du Léman": the capitalised name
    after a firm's kind and its lower-case adjectives."""
    if t.lower[i] not in _KINDS or i == 0 or t.lower[i - 1] not in _DETERMINERS:
        return None
    n = len(t)
    j = i + 1
    while j < n and t.spacy_pos[j] == "ADJ" and t.text[j].islower():
        j += 1
    if j >= n or not t.text[j][:1].isupper() or t.ent_type[j] == "PER":
        return None
    end = j + 1
    while end < n and (
        t.text[end][:1].isupper()
        or t.text[end] in ("-",)
        or (t.lower[end] in _PARTICLES and end + 1 < n and t.text[end + 1][:1].isupper())
    ):
        end += 1
    return "".join(t.text[k] + t.whitespace[k] for k in range(j, end - 1)) + t.text[end - 1]
