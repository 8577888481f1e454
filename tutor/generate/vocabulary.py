"""Vocabulary items: clozes on key terms (typed, or with a word bank from
`tutor.generate.bank_cloze`), then terms and their definitions (`tutor.generate.definitions`)."""

from __future__ import annotations

import re

from tutor.generate import banks, french
from tutor.generate.bank_cloze import bank_cloze
from tutor.generate.cloze_parts import cloze_feedback, cloze_hint, cloze_text, typed_prompt
from tutor.generate.context import Context
from tutor.generate.definitions import term_match_items
from tutor.generate.key_terms import TermInSentence, answer_pos, located_terms

TYPED_CLOZES = 2
BANK_CLOZES = 2


def typed_cloze(ctx: Context, located: TermInSentence) -> dict[str, object]:
    item: dict[str, object] = {
        "id": ctx.new_id("mot", located.term.lemma),
        "type": "cloze",
        "skill": "vocabulary",
        "prompt": typed_prompt(located.form),
        "text": cloze_text(ctx, located),
        "answer": located.form,
        "answer_pos": answer_pos(ctx, located),
    }
    item["evidence"] = located.sentence
    item["hint"] = cloze_hint(located)
    item["hint_cost"] = 0.5
    item["feedback"] = cloze_feedback(located)
    return item


def _fresh(
    ctx: Context, located: list[TermInSentence], clear: dict[int, bool]
) -> list[TermInSentence]:
    """Terms not asked yet (by lemma or by form), whose sentence no cloze uses yet. `clear`
    remembers `_clear` for each term during one `clozes` call."""
    asked: set[str] = ctx.memo.setdefault("cloze_lemmas", set())
    sentences: set[str] = ctx.memo.setdefault("cloze_sentences", set())
    defined: set[str] = ctx.memo.setdefault("asked_definitions", set())
    fresh = [
        t
        for t in located
        if not banks.asked_before(banks.plain(t.term.lemma), asked)
        and not banks.asked_before(banks.plain(t.form), asked)
        and t.sentence not in sentences
        # nor one a learner would read the same definition for ("sauveteurs", "secouristes")
        and not (t.entry and french.fold(t.entry.definition) in defined)
        and _clear(ctx, t, clear)
    ]
    return fresh


def _clear(ctx: Context, located: TermInSentence, known: dict[int, bool]) -> bool:
    """Whether a term's sentence answers no earlier item and no earlier item shows its word,
    and the term has no words of the text inside it. The earlier items do not change while
    `clozes` makes its clozes (nothing is noted as used before it returns), so this is worked
    out once per term there, not at each pick: cropping and checking every candidate's
    sentence again at each pick took about 7 % of the time of generation."""
    if id(located) not in known:
        known[id(located)] = (
            cloze_text(ctx, located) is not None
            and not ctx.seen.revealed(located.form, located.sentence)
            and not _words_inside(located)
        )
    return known[id(located)]


def _words_inside(located: TermInSentence) -> bool:
    """Whether the text puts words of its own inside a term of several words ("s'engage aussi à"
    for "s'engager à"): the gap would ask for the adverb too, which is no part of the term."""
    lemma_words = re.sub(r"^(?:se|s['’])\s*", "", located.term.lemma).split()
    form_words = re.sub(r"^(?:se|s['’])\s*", "", located.form).split()
    return len(lemma_words) > 1 and len(form_words) > len(lemma_words)


def _mark(ctx: Context, located: TermInSentence) -> None:
    ctx.memo.setdefault("cloze_lemmas", set()).update(
        (banks.plain(located.term.lemma), banks.plain(located.form))
    )
    ctx.memo.setdefault("cloze_sentences", set()).add(located.sentence)
    if located.entry is not None:
        ctx.memo.setdefault("asked_definitions", set()).add(french.fold(located.entry.definition))


def clozes(ctx: Context, typed: int, banked: int) -> list[dict[str, object]]:
    """Up to `typed` typed clozes (terms with a definition first), then `banked` with a bank."""
    located = located_terms(ctx)
    clear: dict[int, bool] = {}  # by the id of a term of `located`, which outlives the call
    items: list[dict[str, object]] = []
    for _ in range(typed):
        fresh = _fresh(ctx, located, clear)
        pick = next((t for t in fresh if t.entry is not None), fresh[0] if fresh else None)
        if pick is None:
            break
        _mark(ctx, pick)
        items.append(typed_cloze(ctx, pick))
    made = 0
    for candidate in _fresh(ctx, located, clear):
        if made >= banked:
            break
        if candidate.sentence in ctx.memo.get("cloze_sentences", set()):
            continue
        if candidate not in _fresh(ctx, [candidate], clear):
            continue  # a bank cloze just made asks its word or its definition
        item = bank_cloze(ctx, candidate, located)
        if item is not None:
            _mark(ctx, candidate)
            items.append(item)
            made += 1
    # no word bank without words a learner could not defend: typed clozes take their place
    for _ in range(banked - made):
        fresh = _fresh(ctx, located, clear)
        if not fresh:
            break
        _mark(ctx, fresh[0])
        items.append(typed_cloze(ctx, fresh[0]))
    return items


def vocabulary_items(ctx: Context) -> list[dict[str, object]]:
    """Typed clozes on the best terms with a definition, bank clozes, then definition matching."""
    items = clozes(ctx, TYPED_CLOZES, BANK_CLOZES)
    avoid = {french.fold(str(i["answer"])) for i in items}
    items += term_match_items(ctx, avoid)
    return items


def extra_vocabulary(ctx: Context, count: int) -> list[dict[str, object]]:
    """More clozes, for an article whose other facts gave few items."""
    typed = (count + 1) // 2
    return clozes(ctx, typed, count - typed)
