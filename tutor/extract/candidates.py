"""A candidate key term and everywhere the article uses it, with the link words that join a
term's parts ("contrôle à l'exportation", "en vigueur"); `candidate_reader` reads them off the
parse."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from tutor.glossary import singular

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ"})

LINKS = frozenset({"de", "d'", "à", "du", "des", "au", "aux"})
"""Prepositions that join a noun to its complement in a term ("contrôle à l'exportation")."""
LINK_DETS = frozenset({"l'", "la", "le", "les"})
"""Articles a link carries ("contrôle à l'exportation"): never a content word of a term."""
LOCUTION_PREPS = frozenset({"à", "en", "par", "sous", "sans"})
"""Prepositions of adverbial locutions built on a bare noun ("en vigueur", "par intérim")."""


@dataclass
class Candidate:
    """One possible term and everywhere the article uses it."""

    lemma: str
    pos: str
    kind: str
    """ "word", "phrase" (noun + complements), "locution" ("en vigueur"), "quoted" ("au faciès"
    between quotation marks), "idiom" (verb + noun: "porter plainte"), "compound" (a hyphenated
    noun the tokenizer split: "camion-citerne")."""
    spans: list[tuple[int, int]] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)
    """Token index of the head word of each occurrence."""
    ranges: list[tuple[int, int]] = field(default_factory=list)
    """First and last token of each occurrence."""
    forms: set[str] = field(default_factory=set)
    """Lower-case written forms of a single word, for its frequency across inflections."""
    determined: bool = False
    """The complement carries an article ("défense du logiciel"): less often a fixed term."""
    plural_complement: bool = False
    """ "famille de paysans", "régiment de parachutistes": a description more than a term."""
    fixed: bool = False
    """The glossary or a dictionary lists the multi-word term as a unit ("quota de pêche",
    "déposer le bilan"): a term in its own right, whatever single word it shares."""
    score: float = 0.0

    @property
    def words(self) -> tuple[str, ...]:
        return _words(self.lemma)

    @property
    def content(self) -> tuple[str, ...]:
        """The words that carry meaning, without links and articles."""
        return _content_words(self.lemma)


@lru_cache(maxsize=8192)
def _words(lemma: str) -> tuple[str, ...]:
    return tuple(lemma.replace("'", "' ").split())


@lru_cache(maxsize=8192)
def _content_words(lemma: str) -> tuple[str, ...]:
    # Asked for every candidate at each step of the ranking: worth remembering per lemma.
    return tuple(
        w
        for w in _words(lemma)
        if w not in LINKS and w not in LINK_DETS and w not in LOCUTION_PREPS and len(w) > 2
    )


term_singular = lru_cache(maxsize=16384)(singular)
"""`singular` of the lemmas and words of every article, asked again and again: remembered."""
