"""Pieces of terms: a multi-word candidate that the article never uses outside one longer term
("prise illégale" only ever in "prise illégale d'intérêts", "en délibéré" only in "mettre en
délibéré") is a piece of that term, not a term of its own. Left in the list, it takes the place
of the whole term, which then counts as already covered."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from tutor.extract.candidates import Candidate


def complete_pieces(cands: Iterable[Candidate]) -> None:
    """Give each piece's score to the one term that completes it everywhere, and drop the
    piece. A piece met inside two different terms stays: it is what they share. Only a noun
    term completed by its complement without an article ("d'intérêts", not "des étrangers":
    "séjour irrégulier des étrangers" describes) and a verb phrase ending on the piece count."""
    multi = [c for c in cands if c.kind != "word" and c.score > 0]
    by_start: dict[int, list[tuple[int, Candidate]]] = defaultdict(list)
    by_end: dict[int, list[tuple[int, Candidate]]] = defaultdict(list)
    for cand in multi:
        if cand.kind == "phrase" and cand.pos == "NOUN" and not cand.determined:
            for s, e in cand.spans:
                by_start[s].append((e, cand))
        elif cand.pos == "VERB":
            for s, e in cand.spans:
                by_end[e].append((s, cand))
    for piece in multi:
        owner = _one_owner(piece, by_start, by_end)
        if owner is not None:
            owner.score = max(owner.score, piece.score)
            piece.score = 0.0


def _one_owner(
    piece: Candidate,
    by_start: dict[int, list[tuple[int, Candidate]]],
    by_end: dict[int, list[tuple[int, Candidate]]],
) -> Candidate | None:
    """The one longer term around every occurrence of the piece, if there is one."""
    owner: Candidate | None = None
    for start, end in piece.spans:
        around = {id(c): c for e, c in by_start.get(start, ()) if e > end and c is not piece}
        around.update({id(c): c for s, c in by_end.get(end, ()) if s < start and c is not piece})
        if len(around) != 1:
            return None
        (found,) = around.values()
        if owner is not None and found is not owner:
            return None
        owner = found
    return owner
