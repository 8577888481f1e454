"""The right extent of a term, once the glossary is known: a multi-word candidate that the
article never uses outside one longer term ("prise illégale" only ever in "prise illégale
d'intérêts") is a piece of that term, not a term of its own (left in the list, it would take the
place of the whole term); a noun met once after a preposition is a noun, not a locution ("en
bourse"), unless the glossary lists the locution ("en vigueur")."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable

from tutor.extract.candidates import Candidate
from tutor.extract.tokens import TokenTable
from tutor.glossary import Glossary, GlossaryEntry


def complete_pieces(cands: list[Candidate]) -> None:
    """Give each piece's score to the one term that completes it everywhere, and drop the
    piece. A piece met inside two different terms stays: it is what they share. Only a noun
    term completed by its complement without an article ("d'intérêts", not "des étrangers":
    "séjour irrégulier des étrangers" describes) and a verb phrase or a locution ending on the
    piece ("sous couvert d'anonymat") count."""
    multi = [c for c in cands if c.kind != "word" and c.score > 0]
    by_start: dict[int, list[tuple[int, Candidate]]] = defaultdict(list)
    by_end: dict[int, list[tuple[int, Candidate]]] = defaultdict(list)
    for cand in multi:
        if cand.kind == "phrase" and cand.pos == "NOUN" and not cand.determined:
            for s, e in cand.spans:
                by_start[s].append((e, cand))
        elif cand.pos == "VERB" or cand.kind == "locution":
            for s, e in cand.spans:
                by_end[e].append((s, cand))
    for piece in multi:
        owner = _one_owner(piece, by_start, by_end)
        if owner is None:
            continue
        if _support_verb_object(piece, owner):
            owner, piece = piece, owner  # "obtenir le feu vert": the term is "feu vert"
        owner.score = max(owner.score, piece.score)
        piece.score = 0.0
    fixed = [c for c in multi if c.fixed and c.score > 0]
    if fixed:
        _words_inside_fixed(cands, fixed)


def _words_inside_fixed(cands: Iterable[Candidate], fixed: list[Candidate]) -> None:
    """A word the article only uses inside one listed term ("instance", only ever in "en
    première instance") is that term for the learner: the term takes the word's score and the
    word goes. On the six key-term corpora this changes recall by nothing (one gold term won,
    one lost); it keeps a lesson from teaching "instance" and "en première instance" apart."""
    spans = sorted((s, e, i) for i, c in enumerate(fixed) for s, e in c.spans)
    starts = [s for s, _, _ in spans]
    for word in cands:
        if word.kind != "word" or word.score <= 0:
            continue
        owners: set[int] = set()
        for start, end in word.spans:
            around = _around(spans, starts, start, end)
            if not around:
                break
            owners |= around
        else:
            if len(owners) == 1:
                owner = fixed[owners.pop()]
                owner.score = max(owner.score, word.score)
                word.score = 0.0


_LONGEST_TERM = 120
"""No listed term is longer (in characters): how far back a term around a word may start."""


def _around(spans: list[tuple[int, int, int]], starts: list[int], start: int, end: int) -> set[int]:
    """The listed terms (by index) with an occurrence around the span."""
    found = set()
    i = bisect_right(starts, start) - 1
    while i >= 0 and spans[i][0] >= start - _LONGEST_TERM:
        if spans[i][1] >= end:
            found.add(spans[i][2])
        i -= 1
    return found


SUPPORT_VERBS = frozenset(
    [
        "avoir",
        "être",
        "faire",
        "donner",
        "obtenir",
        "recevoir",
        "accorder",
        "refuser",
        "prendre",
        "constituer",
    ]
)
"""Verbs that lend a listed noun term its verb ("obtenir le feu vert", "se constituer partie
civile", "donner son feu vert"): the meaning, and the term a teacher picks, is the noun's."""


def _support_verb_object(piece: Candidate, owner: Candidate) -> bool:
    """A listed noun term of two content words or more ("feu vert", "partie civile") that a
    support verb's phrase holds everywhere; not a lone noun ("porter plainte") nor a phrase of
    a verb of its own ("tirer la sonnette d'alarme")."""
    if owner.pos != "VERB" or not piece.fixed or piece.kind != "phrase":
        return False
    if piece.pos != "NOUN" or len(piece.content) < 2:
        return False
    words = [w for w in owner.words if w not in ("se", "s'")]
    return bool(words) and words[0] in SUPPORT_VERBS


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


def back_to_the_word(cand: Candidate, tokens: TokenTable) -> None:
    """A noun met once after a bare preposition ("en bourse", "riches en cobalt") is not yet a
    locution: one use does not show a fixed phrase, and the learner's word is the noun. A
    locution the glossary lists ("en vigueur") stays one."""
    head = cand.heads[0]
    cand.lemma, cand.kind = cand.lemma.split(" ", 1)[1], "word"
    cand.spans = [(tokens.idx[head], cand.spans[0][1])]
    cand.ranges = [(head, cand.ranges[0][1])]


def listed_locution(cand: Candidate, tokens: TokenTable, known: Glossary) -> GlossaryEntry | None:
    """A noun the article only uses after the preposition of a locution the glossary lists
    ("la loi est en vigueur depuis lundi", where the parse hangs "depuis lundi" on the noun) is
    that locution: a learner meets "en vigueur", not "vigueur". Makes it one and gives its
    entry."""
    heads = cand.heads
    if cand.pos != "NOUN" or any(h == 0 for h in heads):
        return None
    preps = {tokens.lower[h - 1] for h in heads}
    if len(preps) != 1 or any(tokens.pos[h - 1] != "ADP" for h in heads):
        return None  # "des États membres": "États" is no preposition
    lemma = f"{preps.pop()} {cand.lemma}"
    entry = known.get(lemma)
    if entry is None:
        return None
    cand.lemma, cand.kind = lemma, "locution"
    cand.spans = [(tokens.idx[h - 1], end) for h, (_, end) in zip(heads, cand.spans, strict=True)]
    cand.ranges = [(h - 1, last) for h, (_, last) in zip(heads, cand.ranges, strict=True)]
    return entry


def glossary_entry(cand: Candidate, glossary: Glossary, body: str) -> GlossaryEntry | None:
    """The glossary's entry for the term, as lemma or as written; a locution is listed without
    its preposition too ("en première instance" under "première instance")."""
    entry = glossary.get(cand.lemma)
    if entry is not None:
        return entry
    start, end = cand.spans[0]
    form = body[start:end]
    entry = glossary.get(form) if form != cand.lemma else None
    if entry is None and cand.kind == "locution" and " " in cand.lemma:
        rest = cand.lemma.split(" ", 1)[1]
        entry = glossary.get(rest) if " " in rest else None
    return entry
