"""A proof of readable length for an open item: a sentence or two, not a paragraph.

An open item's proof is shown after the answer as the place the answer comes from. A
paragraph with no full stop (a transcript, a list run on with semicolons) is one "sentence" to
the parser and to the evidence finder, and its 10,000 characters were shown as the proof; the
proof is then the clauses around the words it must hold, cut at ';', ':' or ',' boundaries.
"""

from __future__ import annotations

import re

MAX_PROOF = 700
"""Characters of a proof: one or two sentences of a news article. The shipped lessons' longest
evidence is 653 characters, one sentence: a sentence of ordinary length is never cut."""

_CLAUSE_END = re.compile(r"[;:,](?=\s)")


def short_proof(evidence: str, holds: str = "") -> str:
    """`evidence` when it is short; else its clauses around `holds` (or its first clauses), as
    many as fit in MAX_PROOF, and at least the one holding `holds`. The result is a piece of
    `evidence` as written, so it is still found in the article."""
    if len(evidence) <= MAX_PROOF:
        return evidence
    at = evidence.find(holds) if holds else 0
    if at < 0:
        return evidence  # the words are written otherwise there: keep all, not lose them
    stop = at + len(holds)
    bounds = [0] + [m.end() for m in _CLAUSE_END.finditer(evidence)] + [len(evidence)]
    start = max(b for b in bounds if b <= at)
    end = min(b for b in bounds if b >= stop and b > start)
    for bound in bounds:  # grow forward clause by clause while it fits
        if end < bound and bound - start <= MAX_PROOF:
            end = bound
        elif bound > end:
            break
    return evidence[start:end].strip().rstrip(";:,").strip()
