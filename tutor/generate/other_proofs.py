"""The other sentences of an article that prove a vrai / faux answer as its evidence does.

A news article often tells a fact twice, in its lead and again in its body ("signé secrètement
en janvier 2012 par 22 des 27 gouvernements", then "Le traité avait été signé en janvier
secrètement par 22 des 27 gouvernements …"); a learner who picks the other sentence has proved
the answer too, and the item lists it as `other_evidence`. A sentence is listed only when it
states the same fact: it holds the words the answer turns on (the figure with its unit, the date,
the quotation and its speaker), most of what the statement and the evidence say together, and
for a false statement none of the words that make it false. A sentence that shares a name or a
few words, says it the other way round, hedges it or gives it as someone's words is no proof.
"""

from __future__ import annotations

from collections.abc import Sequence

from tutor.generate import french
from tutor.generate.context import Context
from tutor.generate.giveaways import tokens
from tutor.generate.speaker_labels import mentioned_in

MIN_SHARED = 0.75
"""Share of the words the statement and its evidence have in common (4 letters or more, and
numbers) that another sentence must say too."""
MIN_FACT_WORDS = 3
"""Fewer words in common than this is too little to tell that two sentences say one fact."""

_NEGATIONS = french.wordset("ne n pas jamais aucun aucune rien ni guère nullement sans")
_HEDGES = french.wordset(
    """selon aurait auraient serait seraient pourrait pourraient devrait devraient aussi
    probablement"""
)
"""Words that make a sentence less sure than the evidence ("aurait été signé", "selon …"), or
say it of another subject as well ("aussi")."""
_QUOTE_MARKS = '«»“”"'


def _content(words: Sequence[str]) -> set[str]:
    return {w for w in words if len(w) >= 4 or w.isdigit()}


def _holds(words: Sequence[str], part: Sequence[str]) -> bool:
    """Whether `part` stands in `words` as a run of whole words."""
    size = len(part)
    return size > 0 and any(
        tuple(words[i : i + size]) == tuple(part) for i in range(len(words) - size + 1)
    )


def other_proofs(
    ctx: Context,
    statement: str,
    evidence: str,
    answer: str,
    told: Sequence[str],
    *,
    speaker: str | None = None,
) -> list[str]:
    """The article's other sentences that prove a true or false `statement` as `evidence` does.

    `told` are the article's words the answer turns on, each of which such a sentence must give
    as it stands in the evidence (the figure and its unit, "22 des"; the date, "en janvier";
    the quotation). With a `speaker`, they are that speaker's words: another sentence must
    name the speaker too. Without one, a sentence in quotation marks that the evidence does not
    have tells someone's view, not the article's."""
    if answer not in ("true", "false") or not told:
        return []
    said, proof = tokens(statement), tokens(evidence)
    needed = [tokens(t) for t in told]
    if not all(_holds(proof, n) for n in needed):
        return []
    shared = _content(said) & _content(proof)
    if len(shared) < MIN_FACT_WORDS:
        return []
    wrong = _content(said) - _content(proof) if answer == "false" else set()
    negated, hedged = set(proof) & _NEGATIONS, set(proof) & _HEDGES
    quotes = any(c in evidence for c in _QUOTE_MARKS)
    found: list[str] = []
    for sentence in ctx.sentences:
        other = ctx.evidence(sentence)
        if other is None or other in found or other in evidence or evidence in other:
            continue
        if any(c in other for c in _QUOTE_MARKS) and not (speaker or quotes):
            continue
        if speaker is not None and not mentioned_in(ctx, speaker, other):
            continue
        words = tokens(other)
        if not all(_holds(words, n) for n in needed) or wrong & set(words):
            continue
        if set(words) & _NEGATIONS != negated or not set(words) & _HEDGES <= hedged:
            continue
        if len(shared & set(words)) >= MIN_SHARED * len(shared):
            found.append(other)
    return found
