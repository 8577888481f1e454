"""The order of a lesson's items: skill by skill, open questions last, and no item right after
one whose feedback shows its answer.

After each answer the app shows the item's feedback and its proof sentence with a sentence on
each side (`plain_sentences.excerpt_around`). When that holds the answer of the very next item
("dimanche 17 juin" next to the proof of a number question, then "Quand … ?"), the learner
reads the answer a second before being asked: items of one skill trade places or move,
one at a time, until no such move leaves fewer of these pairs. The lesson stays skill by skill.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from tutor.generate import french
from tutor.plain_sentences import excerpt_around

Item = dict[str, Any]
SKILL_ORDER = ("comprehension", "dates", "speakers", "vocabulary")

_MIN_ANSWER = 3
"""Shorter answers ("5", "oui") are met everywhere: their presence gives nothing away."""


def lesson_order(items: list[Item], body: str) -> list[Item]:
    """The items sorted by skill, open questions last, then moved apart where one would give
    the next away (see module docstring). Deterministic: the same items give the same order."""
    ordered = sorted(items, key=_group)
    shown = {id(item): _shown_after(item, body) for item in ordered}

    def give_aways() -> int:
        return sum(_answer_in(shown[id(a)], b) for a, b in pairwise(ordered))

    count = give_aways()
    while count:
        fewer = _one_move_fewer(ordered, count, give_aways, shown)
        if fewer is None:
            break
        count = fewer
    return ordered


def _group(item: Item) -> tuple[bool, int]:
    # open questions close the lesson: they need everything else the learner has read
    return item["type"] == "open", SKILL_ORDER.index(item["skill"])


def _one_move_fewer(
    ordered: list[Item], count: int, give_aways: Callable[[], int], shown: dict[int, str]
) -> int | None:
    """Makes, in place, the first move within one skill that leaves fewer give-aways, and
    returns the new count; None when no such move exists. For each give-away, the item asked
    is tried first, then the item shown before it; each is swapped with another item of its
    skill, nearest first, then taken out and put back at another place of its skill."""
    for i in range(1, len(ordered)):
        if not _answer_in(shown[id(ordered[i - 1])], ordered[i]):
            continue
        for moved in (i, i - 1):
            group = _group(ordered[moved])
            places = [j for j in range(len(ordered)) if j != moved and _group(ordered[j]) == group]
            places.sort(key=lambda j: (abs(j - moved), j < moved))
            for j in places:
                ordered[moved], ordered[j] = ordered[j], ordered[moved]
                after = give_aways()
                if after < count:
                    return after
                ordered[moved], ordered[j] = ordered[j], ordered[moved]
            for j in places:
                ordered.insert(j, ordered.pop(moved))
                after = give_aways()
                if after < count:
                    return after
                ordered.insert(moved, ordered.pop(j))
    return None


def _shown_after(item: Item, body: str) -> str:
    """What the feedback screen shows of the article and the item, folded for comparison."""
    evidence = str(item.get("evidence", "")).strip()
    excerpt = evidence
    for paragraph in body.split("\n"):
        start = paragraph.find(evidence) if evidence else -1
        if start >= 0:
            excerpt = excerpt_around(paragraph, start, start + len(evidence))[0]
            break
    return french.fold(f"{excerpt} {item.get('feedback', '')}")


def _answer_in(shown: str, asked: Item) -> bool:
    """Whether the answer of `asked` is in what was just `shown`. Only typed or chosen answers
    count: a true/false statement or a matching is not answered by reading one of its words."""
    answer = asked.get("answer")
    if asked["type"] == "true_false" or not isinstance(answer, str):
        return False
    answer = french.fold(answer.strip())
    if len(answer) < _MIN_ANSWER:
        return False
    return re.search(rf"(?<!\w){re.escape(answer)}(?!\w)", shown) is not None
