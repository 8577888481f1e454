"""Words judged on their own: whether a cloze's gap holds a conjugated verb, read from the words
around it, and whether a near miss is another French word rather than a slip of the fingers."""

from __future__ import annotations

import re

from tutor.normalize import clean


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_BEFORE_A_VERB = _words("je j tu il elle on nous vous ils elles ne n se s me m te t y qui lui")
"""Words after which a gap is a conjugated verb: subject pronouns and the clitics between a
subject and its verb ("elle ne ___ pas", "qui s'___")."""
_BEFORE_A_NOUN = _words(
    "le la les l un une des du de d au aux ce cet cette ces mon ma mes ton ta tes "
    "son sa ses notre nos votre vos leur leurs quel quelle quels quelles chaque "
    "plusieurs"
)
"""Determiners and the prepositions that take one: after them a gap is a noun or an adjective,
so an "s" too many or too few is a slip of number."""
_AFTER_A_VERB = _words(
    "aussi pas jamais rien déjà encore toujours souvent désormais également surtout"
)
"""Adverbs that follow a conjugated verb ("La Corée du Nord ___ aussi de la Russie") and seldom
an adjective placed after its noun ("plus" and "bien" do: "un soutien ___ plus fort")."""
_GAP_WORDS = re.compile(r"([^\W\d_]+)?\W*___\W*([^\W\d_]+)?")


def gap_is_verb(text: str) -> bool:
    """Whether the gap of a cloze sentence holds a conjugated verb, read from its neighbours: a
    subject pronoun before it ("elle ___ de la Russie"), or an adverb after it with no
    determiner before ("La Corée du Nord ___ aussi de la Russie").

    Scoring does not tag the sentence (spaCy stays out of the learner's app), so this is the
    words around the gap only; when they say nothing, the gap is not taken for a verb.
    """
    found = _GAP_WORDS.search(clean(text))
    if found is None:
        return False
    before, after = found.group(1) or "", found.group(2) or ""
    if before in _BEFORE_A_VERB:
        return True
    return bool(before) and before not in _BEFORE_A_NOUN and after in _AFTER_A_VERB
