"""Every candidate term of an article: the reader's rules run over each token, and the
occurrences of one term gathered under one entry ("bourgeoise" and "bourgeois" together)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from tutor.extract.candidate_reader import Reader
from tutor.extract.candidates import CONTENT_POS, Candidate
from tutor.extract.dictionary_phrases import listed_phrase
from tutor.extract.tokens import TokenTable

if TYPE_CHECKING:
    from tutor.nlp import Doc


_SHORT_QUOTE = re.compile(r"[«“]\s*([^«»“”\n]{3,60}?)\s*[»”]")
"""A few words between quotation marks: where a writer marks an expression as such."""


def collect(doc: Doc, tokens: TokenTable | None = None) -> dict[str, Candidate]:
    """Every candidate term of the article, by lemma (single words by a looser key); `tokens`
    is the doc's table when the caller has it already."""
    t = TokenTable(doc) if tokens is None else tokens
    read = Reader(t)
    found: dict[str, Candidate] = {}

    def add(key: str, lemma: str, pos: str, kind: str, first: int, last: int) -> Candidate:
        cand = found.get(key)
        if cand is None:
            cand = found[key] = Candidate(lemma, pos, kind)
        cand.spans.append((t.idx[first], t.end(last)))
        cand.heads.append(first)
        cand.ranges.append((first, last))
        return cand

    locutions: dict[str, list[str | None]] = {}
    for i in range(len(t)):
        pos = t.pos[i]
        if pos not in CONTENT_POS:
            continue  # no single word, idiom or phrase starts anywhere else
        one = read.single(i)
        if one is not None:
            lemma, pos = one
            key = merge_key(lemma)
            cand = add(key, lemma, pos, "word", i, i)
            if len(lemma) < len(cand.lemma):
                cand.lemma = lemma  # "bourgeois" over "bourgeoise"
            cand.forms.add(t.lower[i].replace("’", "'"))
            locutions.setdefault(key, []).append(read.locution(i))
        verb_idiom = read.idiom(i)
        if verb_idiom is not None:
            add(verb_idiom[0], verb_idiom[0], "VERB", "idiom", i, verb_idiom[1])
        for phrase, last, determined in read.phrases(i):
            cand = add(phrase, phrase, "NOUN", "phrase", i, last)
            cand.determined = cand.determined or determined
            complement = last if t.pos[last] != "ADJ" else last - 1
            if last > i + 1 and "Plur" in t.morph(complement, "Number"):
                cand.plural_complement = True
            prep = read.governing_preposition(i)
            if prep is not None and not determined and t.pos[i + 1] == "ADP":
                # "sous couvert d'anonymat": a bare noun and its complement after a preposition,
                # when dictionaries list it; "sans trace de mildiou" is no locution
                locution = f"{prep} {phrase}"
                if listed_phrase(locution) is not None:
                    add(locution, locution, "NOUN", "locution", i - 1, last)
        described = read.described_locution(i)
        if described is not None:
            add(described[0], described[0], "NOUN", "locution", described[1], described[2])
        compound = read.compound(i)
        if compound is not None:
            add(compound, compound, "NOUN", "compound", i, i + 2)
    text = "".join(map(str.__add__, t.text, t.whitespace))  # doc.text, without a Token per word
    for quote in _SHORT_QUOTE.finditer(text):
        fragment = read.quoted_term(quote.start(1), quote.end(1))
        if fragment is not None:
            add(fragment[0], fragment[0], "NOUN", "quoted", fragment[1], fragment[2])
    for key, preps in locutions.items():
        cand = found[key]
        if preps[0] is not None and len(set(preps)) == 1:
            # "vigueur" is only ever "en vigueur": the locution is what a learner meets
            cand.lemma, cand.kind = preps[0], "locution"
            pairs = list(zip(cand.heads, cand.spans, cand.ranges, strict=True))
            cand.spans = [(t.idx[h - 1], end) for h, (_, end), _ in pairs]
            cand.ranges = [(h - 1, last) for h, _, (_, last) in pairs]
    return found


_FINAL_E = re.compile(r"e(?=-|$)")
_FINAL_S = re.compile(r"[sx]$")


@lru_cache(maxsize=8192)
def merge_key(lemma: str) -> str:
    """One entry for the forms the lemmatiser leaves apart ("bourgeoise", "petite-bourgeois")."""
    return _FINAL_S.sub("", _FINAL_E.sub("", lemma))
