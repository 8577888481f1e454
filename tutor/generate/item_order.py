"""The order of a lesson's items: skill by skill, open questions last, and no item right after
one whose feedback shows its answer.

After each answer the app shows the item's feedback and its proof sentence with a sentence on
each side (`plain_sentences.excerpt_around`). When that holds the answer of the very next item
("dimanche 17 juin" next to the proof of a number question, then "Quand … ?"), the learner
reads the answer a second before being asked: such an item trades places with a later one of
the same group, or failing that with the one before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from tutor.generate import french
from tutor.plain_sentences import excerpt_around

Item = dict[str, Any]
GivesAway = Callable[[Item, Item], bool]
SKILL_ORDER = ("comprehension", "dates", "speakers", "vocabulary")

_MIN_ANSWER = 3
"""Shorter answers ("5", "oui") are met everywhere: their presence gives nothing away."""


def lesson_order(items: list[Item], body: str) -> list[Item]:
    """The items sorted by skill, open questions last, then moved apart where one would give
    the next away (see module docstring). Deterministic: the same items give the same order."""
    ordered = sorted(items, key=_group)
    shown = {id(item): _shown_after(item, body) for item in ordered}

    def gives_away(before: Item, asked: Item) -> bool:
        return _answer_in(shown[id(before)], asked)

    for i in range(1, len(ordered)):
        if not gives_away(ordered[i - 1], ordered[i]):
            continue
        later = _replacement(ordered, i, gives_away)
        if later is not None:
            ordered[i], ordered[later] = ordered[later], ordered[i]
        elif _can_go_first(ordered, i, gives_away):
            # nothing later can take its place (the last item of its group): ask it first
            ordered[i - 1], ordered[i] = ordered[i], ordered[i - 1]
    return ordered


def _group(item: Item) -> tuple[bool, int]:
    # open questions close the lesson: they need everything else the learner has read
    return item["type"] == "open", SKILL_ORDER.index(item["skill"])


def _replacement(ordered: list[Item], i: int, gives_away: GivesAway) -> int | None:
    """The first later item that can take place i: of the same skill if there is one, else of
    the same group (open or not), and given away neither by the item before nor, once in
    place, to the item it displaces when that one follows it."""
    before = ordered[i - 1]
    same_skill: int | None = None
    same_group: int | None = None
    for j in range(i + 1, len(ordered)):
        candidate = ordered[j]
        if _group(candidate)[0] != _group(ordered[i])[0] or gives_away(before, candidate):
            continue
        if j == i + 1 and gives_away(candidate, ordered[i]):
            continue
        if candidate["skill"] == ordered[i]["skill"]:
            same_skill = j
            break
        if same_group is None:
            same_group = j
    return same_skill if same_skill is not None else same_group


def _can_go_first(ordered: list[Item], i: int, gives_away: GivesAway) -> bool:
    """Whether item i can trade places with the one before it without a give-away of its own."""
    asked, shown = ordered[i], ordered[i - 1]
    if _group(asked)[0] != _group(shown)[0] or gives_away(asked, shown):
        return False
    return i < 2 or not gives_away(ordered[i - 2], asked)


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
