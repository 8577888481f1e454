"""Words set beside a source that say what it is or where it works, not what it says: "Selon
la CFDT, majoritaire dans l'entreprise, …", "Pour la biologiste Daniela Rojas, de l'université
de Valparaíso, les effets … se feront sentir …"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.nlp import Token

_OF = frozenset({"de", "d'", "d’", "du", "des"})


def provenance(tokens: Sequence[Token]) -> bool:
    """Whether the words up to a comma are "de" and a named body or place ("de l'université
    de Valparaíso", "du CNRS"), with no verb: the source's house. "de nombreuses espèces" names
    nothing and may open the statement itself."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if len(words) < 2 or words[0].lower_ not in _OF:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    return any(t.ent_type_ in ("ORG", "LOC") or t.text[:1].isupper() for t in words[1:])


def verbless_adjective(tokens: Sequence[Token]) -> bool:
    """ "Selon la CFDT, majoritaire dans l'entreprise, 150 postes ...": an adjective and its
    complement set beside the source, with no verb, say what the source is, not what it says."""
    if not tokens or tokens[0].pos_ != "ADJ" or not tokens[0].text.islower():
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in tokens)
