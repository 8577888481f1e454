"""Hints that give no answer away. A hint is read when a learner asks for help: "Cette
personne est le coureur de l'équipe Arvor Cycling." helps with "Qui a dit", but it also fills
"Le ___ de l'équipe Arvor Cycling" of a cloze in the same lesson. Such a hint gives way to a
plainer one of its kind (the letters of a typed cloze's word, wrong words struck out of a
bank, the paragraph of a quotation, another pair of a match), or to none.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tutor.generate.cloze_parts import bank_hints, spelling_hint
from tutor.generate.context import Context
from tutor.generate.definitions import _after_colon
from tutor.generate.giveaways import hint_gives_away, lesson_answers, said_pairs
from tutor.generate.speakers import ANSWER_HINT, quote_hint

Item = dict[str, Any]


def plain_hints(ctx: Context, items: list[Item]) -> int:
    """Replace each hint that gives an answer of the lesson away; the hints changed."""
    names = ctx.name_forms
    changed = 0
    lesson = lesson_answers(items, names)  # only hints change below, and none is an answer
    for item in items:
        hint = item.get("hint")
        if not hint or not hint_gives_away(str(hint), item, items, names, lesson):
            continue
        changed += 1
        plain = next(
            (h for h in _plainer(ctx, item) if not hint_gives_away(h, item, items, names, lesson)),
            None,
        )
        if plain is not None:
            item["hint"] = plain
        else:
            del item["hint"]
            item.pop("hint_cost", None)
    return changed


def _plainer(ctx: Context, item: Item) -> Iterator[str]:
    """Hints of the item's kind that say less, best first."""
    if item.get("type") == "choice" and said_pairs(item):
        if "entretien" in str(item.get("feedback", "")):
            # an interview's answers: the name is in the introduction, never "juste avant ou
            # juste après" the words (the role hint gave another item's answer away)
            yield ANSWER_HINT
        yield quote_hint(ctx, str(item["evidence"]))
    elif item.get("type") == "cloze":
        form = str(item["answer"])
        bank = item.get("bank")
        if bank:
            yield from bank_hints(form, list(bank))
        else:
            yield spelling_hint(form, form[0])
    elif item.get("type") == "terms":
        for pair in item["pairs"][1:]:
            yield f"« {pair['term']} » : {_after_colon(ctx, str(pair['definition']))}"
