"""What the learned order of key terms (term_ranker.py) must still respect, because the model
cannot know it: the words a teacher's own glossary lists, a glossary's reading of a phrase over
the dictionary's, and verbs of saying and connectors after the article's own words."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from tutor.extract.candidates import Candidate

TEACHER_ODDS = 4.0
"""The odds that teachers choose a term of the teacher's own glossary (content/glossary.yaml)
are four times what the model says: the class studies it."""
LISTED_LEAD = 1e-4
"""How far a glossary's phrase is put ahead of the dictionary's reading of the same words."""


def apply_rules_after_learning(
    pool: list[Candidate],
    taught: set[int],
    listed: set[int],
    not_the_subject: Callable[[Candidate], bool],
    handicap: float,
) -> None:
    """`taught` and `listed` are the ids of the candidates a teacher's glossary, and any glossary,
    lists; `not_the_subject` tells verbs of saying and connectors, which keep `handicap` of the
    lowest score of the article's own words."""
    for cand in pool:
        if id(cand) in taught:
            odds = TEACHER_ODDS * cand.score / max(1e-4, 1 - cand.score)
            cand.score = round(odds / (1 + odds), 4)
    _glossary_reading_first(pool, listed)
    own = [c.score for c in pool if not not_the_subject(c)]
    lowest = min(own, default=1.0)
    for cand in pool:
        if not_the_subject(cand):
            cand.score = max(1e-6, round(min(cand.score, lowest) * handicap, 6))


def _glossary_reading_first(pool: list[Candidate], listed: set[int]) -> None:
    """ "faire preuve de" (a glossary's entry) ahead of "faire preuve" (a dictionary's headword)
    where both read the same words: the glossary's comes with its definition, and the first
    chosen hides the other (term_choice)."""
    by_token: dict[int, list[Candidate]] = {}
    for cand in pool:
        first, last = cand.ranges[0]
        for i in range(first, last + 1):
            by_token.setdefault(i, []).append(cand)
    for cand in pool:
        if id(cand) not in listed or cand.kind == "word":
            continue
        first, last = cand.ranges[0]
        rivals = {
            id(o): o
            for i in range(first, last + 1)
            for o in by_token.get(i, [])
            if o is not cand and id(o) not in listed and o.kind != "word"
        }
        best = max((o.score for o in rivals.values()), default=0.0)
        if best >= cand.score:
            cand.score = round(best + LISTED_LEAD, 6)
