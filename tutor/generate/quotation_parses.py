"""Parses of quotations on their own, for telling them in reported speech ("Que dit X ?").

A quotation is parsed apart from its article: inside the article its words lean on the speech
verb around them, and the reported form is built from the quotation's own text. The
candidates of one article are parsed in one `nlp.pipe` batch, with their first claims in a
second: parsed one at a time, they cost about twice the CPU (44 quotations of 28 articles,
0.26 s against 0.14 s), and without the entity recogniser, which reported speech never reads
(0.14 s against 0.08 s). They are kept in the generation's memo, not among `tutor.nlp`'s recent
parses, where four quotations pushed out the article's own parse, which two items then parsed
again (0.06 s each).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tutor.generate.context import Context
from tutor.generate.reported_answers import first_claim

_MEMO_KEY = "quotation_parses"


def parse_quotations(ctx: Context, texts: Sequence[str]) -> None:
    """Parse in one batch the quotations a generation may ask `quotation_parse` about, then
    the first claims of those with several sentences. Nothing is parsed without a model."""
    parses: dict[str, Any] = ctx.memo.setdefault(_MEMO_KEY, {})
    try:
        from tutor import nlp

        _parse_new(parses, texts, nlp)
        claims = [first_claim(parses[t]) for t in texts]
        _parse_new(parses, [c for c in claims if c is not None], nlp)
    except Exception:  # no model: `quotation_parse` says so for each text
        return


def quotation_parse(ctx: Context, text: str) -> Any:
    """The parse of a quotation (or of its first claim) on its own; raises what the model
    raises when it cannot be loaded."""
    parses: dict[str, Any] = ctx.memo.setdefault(_MEMO_KEY, {})
    if text not in parses:
        from tutor import nlp

        _parse_new(parses, [text], nlp)
    return parses[text]


def _parse_new(parses: dict[str, Any], texts: Sequence[str], nlp: Any) -> None:
    new = list(dict.fromkeys(t for t in texts if t not in parses))
    if new:
        docs = nlp.analyse_many(new, nlp.load(), skip=("ner",))
        parses.update(zip(new, docs, strict=True))
