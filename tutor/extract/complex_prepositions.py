"""Nouns that make a preposition with the words around them ("à cause de", "en raison de",
"au sein de"): there they head no key term ("cause des horaires décalés")."""

from __future__ import annotations

from tutor.extract.tokens import TokenTable

_BEFORE: dict[str, frozenset[str]] = {
    "cause": frozenset({"à"}),
    "raison": frozenset({"en"}),
    "cours": frozenset({"au"}),
    "issue": frozenset({"l'"}),
    "sein": frozenset({"au"}),
    "matière": frozenset({"en"}),
    "profit": frozenset({"au"}),
    "regard": frozenset({"au"}),
    "hauteur": frozenset({"à"}),
    "cas": frozenset({"en"}),
    "suite": frozenset({"la"}),
    "lieu": frozenset({"au"}),
    "détriment": frozenset({"au"}),
    "instar": frozenset({"l'"}),
    "égard": frozenset({"l'"}),
}
"""Each noun and the word right before it in the preposition: "à l'issue de" is "l'" then
"issue"; "l'issue du scrutin" alone is a noun and its complement."""
_AFTER = frozenset({"de", "d'", "du", "des"})


def in_complex_preposition(tokens: TokenTable, i: int) -> bool:
    """Whether the noun at `i` is the noun of a preposition of several words ("à cause des
    horaires", "en raison de la baisse", "au cours de la navette", "à l'issue de l'enquête")."""
    before = _BEFORE.get(tokens.lower[i])
    if before is None or i == 0 or i + 1 >= len(tokens):
        return False
    previous = tokens.lower[i - 1].replace("’", "'")
    return previous in before and tokens.lower[i + 1].replace("’", "'") in _AFTER
