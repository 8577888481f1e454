"""The order of a lesson's items: skill by skill, open questions last, and no item right after
one whose feedback shows its answer.

After each answer the app shows the item's feedback and its proof sentence with a sentence on
each side (`plain_sentences.excerpt_around`). When that holds the answer of the very next item
("dimanche 17 juin" next to the proof of a number question, then "Quand … ?"), the learner
reads the answer a second before being asked. Two items later it is still fresh: counting
only next neighbours took them from 141 to 7 over 101 lessons, but pairs two apart went from
131 to 234. Such a pair now counts a third as much as neighbours (4 and 31 left). Items of
one skill trade places or move, one at a time, until no such move lowers that cost. The lesson
stays skill by skill.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tutor.generate import french
from tutor.plain_sentences import excerpt_around

Item = dict[str, Any]
SKILL_ORDER = ("comprehension", "dates", "speakers", "vocabulary")

_MIN_ANSWER = 3
"""Shorter answers ("5", "oui") are met everywhere: their presence gives nothing away."""
_WEIGHTS = {1: 3, 2: 1}
"""The cost of a give-away by the distance between the item shown and the item asked."""


def lesson_order(items: list[Item], body: str) -> list[Item]:
    """The items sorted by skill, open questions last, then moved apart where one would give
    the next away (see module docstring). Deterministic: the same items give the same order."""
    ordered = sorted(items, key=_group)
    gives = _give_away_pairs(ordered, body)
    heavier = {pair for pair in _days_after_their_times(ordered) if pair in gives}

    def give_aways() -> int:
        return sum(
            weight
            * (((pair := (id(ordered[i - gap]), id(ordered[i]))) in gives) + (pair in heavier))
            for gap, weight in _WEIGHTS.items()
            for i in range(gap, len(ordered))
        )

    count = give_aways()
    while count:
        fewer = _one_move_fewer(ordered, count, give_aways, gives)
        if fewer is None:
            break
        count = fewer
    return ordered


def _days_after_their_times(items: list[Item]) -> set[tuple[int, int]]:
    """(time item, date item) of one proof sentence: a give-away that costs twice. A time asked
    in its date question's words (`tutor.generate.clock_times`) shares its proof with it; each
    gives the other away, but the time asked after the day asks something new of a known
    event, while the day asked after the time was read a second before."""
    dates = [i for i in items if i["type"] == "date" and i.get("evidence")]
    times = [i for i in dates if str(i.get("value", "")).startswith("T")]
    days = [i for i in dates if not str(i.get("value", "")).startswith("T")]
    return {
        (id(time), id(day)) for time in times for day in days if time["evidence"] == day["evidence"]
    }


def _group(item: Item) -> tuple[bool, int]:
    # open questions close the lesson: they need everything else the learner has read
    return item["type"] == "open", SKILL_ORDER.index(item["skill"])


def _give_away_pairs(items: list[Item], body: str) -> set[tuple[int, int]]:
    """(shown, asked) for every two items where the feedback of the first holds the answer of
    the second, by `id`: worked out once, since the search tries hundreds of orders."""
    shown = [(id(item), _shown_after(item, body)) for item in items]
    pairs: set[tuple[int, int]] = set()
    for asked in items:
        answer = _answer_seen(asked)
        if answer is None:
            continue
        pairs.update(
            (shown_id, id(asked))
            for shown_id, text in shown
            if shown_id != id(asked) and _has_word(text, answer)
        )
    return pairs


def _has_word(text: str, words: str) -> bool:
    """Whether `words` stand in `text` with no letter or digit glued on either side, but for
    a plural's s or x ("infractions" shown gives "infraction" away). A plain search (a
    compiled pattern per answer cost more than the search itself)."""
    start = text.find(words)
    while start >= 0:
        end = start + len(words)
        if end < len(text) and text[end] in "sx":
            end += 1
        if (start == 0 or not _is_word_char(text[start - 1])) and (
            end == len(text) or not _is_word_char(text[end])
        ):
            return True
        start = text.find(words, start + 1)
    return False


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _one_move_fewer(
    ordered: list[Item], count: int, give_aways: Callable[[], int], gives: set[tuple[int, int]]
) -> int | None:
    """Makes, in place, the first move within one skill that leaves fewer give-aways, and
    returns the new count; None when no such move exists. For each give-away, nearest pairs
    first, the item asked is tried first, then the item shown before it; each is swapped with
    another item of its skill, nearest first, then taken out and put back at another place of
    its skill."""
    pairs = [(i, i - gap) for gap in _WEIGHTS for i in range(gap, len(ordered))]
    for i, before in pairs:
        if (id(ordered[before]), id(ordered[i])) not in gives:
            continue
        for moved in (i, before):
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


def _answer_seen(asked: Item) -> str | None:
    """The folded answer of `asked` whose sight gives it away, or None. Only typed or chosen
    answers count: a true/false statement or a matching is not answered by reading one of its
    words; and answers shorter than `_MIN_ANSWER` are met everywhere."""
    answer = asked.get("answer")
    if asked["type"] == "true_false" or not isinstance(answer, str):
        return None
    answer = french.fold(answer.strip())
    return answer if len(answer) >= _MIN_ANSWER else None
