"""The field an article belongs to (elections, fishing, health …) and the thematic lexicon's
terms of that field, which count as key vocabulary for that article only.

The thematic lexicon (glossary_themes.yaml) lists the words of each field of the press. Listing
them all as key vocabulary made key-term recall fall (every field word of every article ranked
high); listing none leaves out what a teacher picks in a field the general glossary covers less
("chalutier" in a fishing article, "colistier" on an election night). An article's own field is
the section of the shipped glossaries its listed terms come from most often; its lexicon terms
rank higher in that article, less than a term the key vocabulary lists (FIELD_BOOST).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tutor.glossary import Glossary, fold_term
from tutor.glossary_files import THEMES_NAME, shipped_thematic_lexicon

FIELD_BOOST = 1.35
"""What a lexicon term of the article's own field is worth more (a key vocabulary term: 1.5).
On the six key-term corpora of tests/ (600 gold terms), 1.35 found 7 more gold terms than no
field at all, 1.5 six more; four corpora gained, the first development set lost one."""
FIELD_SHARE_WEIGHT = 1.0
"""A key vocabulary term is worth more by this times the share of the article's listed terms
that belong to its own section: in a strike article most listed terms are of "Travail et
social", so "grève" (Zipf 4.5, used once) outranks a rare word met in passing ("moulin à
papier"), while "grève" in a drought article gains nothing. On the six development corpora
(600 gold terms), weights 0.6 to 1.2 find 6 to 10 more gold terms than none; at 1.0, dev +2,
held-out +1, dev-2 +2 and the three key-term corpora +1, +3, +1. Boosting every listed term
alike instead (GLOSSARY_BOOST 1.6 to 1.8) finds -1 to +2."""
MIN_FIELD_TERMS = 3
"""An article shows its field by at least this many distinct listed terms of one section: a
short or scattered article has no field, and nothing changes for it."""
_NO_FIELD = frozenset({"Verbes du discours et connecteurs", "Expressions de la presse"})
"""Sections of words every article uses, whatever it is about."""
_SECTION_FILES = ("glossary_general.yaml", THEMES_NAME)
_LINE = re.compile(r"^(?:# --- (.+?) -+|\"([^\"\n]+)\":|([^\s#\"'-][^\n#]*?):)[ \t]*$", re.M)
"""A section comment, or a top-level key (quoted or not) on a line of its own."""


@dataclass(frozen=True)
class FieldLexicon:
    """The thematic lexicon and the section (field) of every term of the sectioned files."""

    themes: Glossary
    field_of: dict[str, str]
    """Folded term -> the title of its section ("Pêche et mer")."""

    def article_field(self, lemmas: Iterable[str]) -> str | None:
        """The field most of the article's distinct listed terms belong to, if it shows. Two
        fields with as many terms each are no clear field: the article gets none (counting over
        a set, the tie went to whichever field Python's string hashing listed first, so two runs
        on one article could rank its key terms differently)."""
        counts = Counter(
            field
            for key in dict.fromkeys(fold_term(lemma) for lemma in lemmas)
            if (field := self.field_of.get(key)) is not None and field not in _NO_FIELD
        )
        if not counts:
            return None
        best = counts.most_common(2)
        field, count = best[0]
        if len(best) > 1 and best[1][1] == count:
            return None
        return field if count >= MIN_FIELD_TERMS else None

    def field_shares(self, lemmas: Iterable[str]) -> dict[str, float]:
        """Each field's share of the article's distinct listed terms (those of a field only):
        how much of the article is about it. An article of the strike and the plant's money
        is mostly "Travail et social", partly "Économie et entreprises"."""
        counts = Counter(
            field
            for key in dict.fromkeys(fold_term(lemma) for lemma in lemmas)
            if (field := self.field_of.get(key)) is not None and field not in _NO_FIELD
        )
        total = sum(counts.values())
        return {field: count / total for field, count in counts.items()}

    def share_boost(self, lemma: str, shares: dict[str, float]) -> float:
        """What a key vocabulary term is worth more in an article with these field shares."""
        share = shares.get(self.field_of.get(fold_term(lemma), ""), 0.0)
        return 1 + FIELD_SHARE_WEIGHT * share

    def in_field(self, lemma: str, field: str | None) -> bool:
        return field is not None and self.field_of.get(fold_term(lemma)) == field


@cache
def field_lexicon() -> FieldLexicon:
    """The shipped thematic lexicon and the fields of the shipped sectioned glossaries."""
    field_of: dict[str, str] = {}
    for name in _SECTION_FILES:
        text = resources.files("tutor.data").joinpath(name).read_text("utf-8")
        field_of.update(sections(text))
    return FieldLexicon(shipped_thematic_lexicon(), field_of)


def sections(text: str) -> dict[str, str]:
    """Each top-level key of a glossary file by the section comment above it ("# --- Santé
    ---"): the files are written by field, and their sections say which."""
    out: dict[str, str] = {}
    section: str | None = None
    for line in _LINE.finditer(text):
        header, quoted, plain = line.groups()
        if header is not None:
            section = header
        elif section is not None:
            out[fold_term(quoted or plain)] = section
    return out
