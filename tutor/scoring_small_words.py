"""An open answer's keyword of several words typed with a small word left out or changed:
"prison sursis" for « prison avec sursis », "marchés en gros" for « marchés de gros ».

The learner found the idea and its words, not the exact expression: a near miss, worth
`ALMOST_SHARE` of the keyword, with a note naming the expression (`scoring_parts.grade_open`).
Only a small word inside the expression counts (a preposition or an article, between two of
its words), never one that turns the sense round ("sans", "contre": "prison sans sursis" is the
contrary), and never a name's ("Olympe de Gouges" is a name, `keyword_spans` reads its slips).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.scoring_keywords import answer_tokens, keyword_spans

SMALL_WORDS = frozenset(
    {"de", "d", "du", "des", "à", "a", "au", "aux", "avec", "en", "pour", "par", "sur", "dans"}
    | {"le", "la", "les", "l"}
)
"""Small words a learner leaves out of an expression or writes for another without changing
what it says; "sans", "contre", "ni", "hors" are not among them."""
_ELIDED = re.compile(r"\b(l|d|j|n|m|t|s|c|qu) ")


@dataclass(frozen=True)
class SmallWordSlip:
    """Where a keyword's expression is in the answer with one small word out of place."""

    start: int
    end: int
    form_tokens: list[str]
    """The words of the expression as the learner wrote them (for the accent check)."""
    form: str
    """The keyword's form the learner meant: « prison avec sursis »."""
    typed: str
    """The expression as typed, in the keyword's words: "prison sursis", "marchés en gros"."""


def _written(tokens: list[str]) -> str:
    """Words joined as French writes them: "l'état", not "l état"."""
    return _ELIDED.sub(r"\1'", " ".join(tokens))


def _inner_small_words(tokens: list[str]) -> list[int]:
    """The places of the small words inside an expression, between two of its words."""
    return [k for k in range(1, len(tokens) - 1) if tokens[k] in SMALL_WORDS]


def _variants_at(tokens: list[str], answer: list[str], start: int) -> list[list[str]]:
    """The expression with one inner small word left out, or changed into the small word the
    answer has in its place, as it may be read from `start` in the answer."""
    found: list[list[str]] = []
    enough = sum(t not in SMALL_WORDS for t in tokens) >= 2
    for k in _inner_small_words(tokens):
        if enough:
            found.append([*tokens[:k], *tokens[k + 1 :]])
        typed = answer[start + k] if start + k < len(answer) else ""
        if typed in SMALL_WORDS and typed != tokens[k]:
            found.append([*tokens[:k], typed, *tokens[k + 1 :]])
    return found


def small_word_slips(
    forms: tuple[str, ...], answer: list[str], *, typos: bool
) -> list[SmallWordSlip]:
    """The places of the answer where one of a keyword's forms (lower case, several words) is
    written with one inner small word left out or changed."""
    slips: list[SmallWordSlip] = []
    for form in forms:
        if form[:1].isupper():
            continue  # a name
        tokens = answer_tokens(form)
        if not _inner_small_words(tokens):
            continue
        # a variant keeps the first word: only the places it has are tried, each with the
        # few variants the answer's words there allow, so a long answer is read once
        for start, _ in keyword_spans(tokens[:1], answer, typos=typos):
            for variant in _variants_at(tokens, answer, start):
                window = answer[start : start + len(variant)]
                if keyword_spans(variant, window, typos=typos)[:1] == [(0, len(variant))]:
                    end = start + len(variant)
                    slips.append(SmallWordSlip(start, end, variant, form, _written(variant)))
    return slips
