"""What kind of word a candidate term is made of, from its lemma and written form alone: a
relational adjective that makes a term with its noun ("partenariat stratégique") or a
qualitative one that describes ("inquiétant"), and the lemma to trust when the lemmatiser
invents a word or leaves a verb conjugated."""

from __future__ import annotations

import re
from functools import lru_cache

from tutor.french_frequency import zipf_frequency

LOWER_WORD = re.compile(r"^[a-zà-öø-ÿœæ][a-zà-öø-ÿœæ'-]*[a-zà-öø-ÿœæ]$")
"""A lower-case word of letters, apostrophes and hyphens, as terms are made of."""

_PARTICIPLE_ENDING = re.compile(r"(?<=..)(é|i|u)(?:e|es|s)$")

_RELATIONAL = re.compile(
    r"(ique|el|elle|al|ale|aire|if|ive|ier|ière|é|ée|libre|public|cole|estre|iste|oire)$"
)
"""Relational adjectives ("stratégique", "intellectuelle", "blindée") make terms with their noun;
qualitative ones ("inquiétant", "virile") make passing descriptions."""
_QUALITATIVE_WORDS = """
    crucial global principal essentiel actuel réel potentiel exceptionnel total final normal
    spécial vital fondamental éventuel habituel idéal brutal général particulier entier
    premier dernier fier cher inquiet complet rusé positif négatif
    triste optimiste pessimiste réaliste idéaliste juste notoire illusoire provisoire
"""
_QUALITATIVE = frozenset(_QUALITATIVE_WORDS.split())
"""Adjectives with a relational ending that still describe rather than classify."""


_RELATIONAL_WORDS = """
    civil marin sous-marin maritime aérien éolien urbain humain citoyen
"""
_RELATIONAL_OTHERS = frozenset(_RELATIONAL_WORDS.split())
"""Relational adjectives without a telling ending ("partie civile", "puissance maritime")."""


def relational(lemma: str) -> bool:
    """An adjective that classifies its noun ("brigade blindée") rather than describes it."""
    if lemma in _RELATIONAL_OTHERS:
        return True
    return bool(_RELATIONAL.search(lemma)) and lemma not in _QUALITATIVE


@lru_cache(maxsize=8192)
def checked_lemma(lemma: str, text: str) -> str:
    """The lemma, unless the lemmatiser invented a word ("réciprocité" -> "réciprociter")."""
    lemma = lemma.lower().replace("’", "'")
    text = text.lower().replace("’", "'")
    if not LOWER_WORD.match(lemma) or (
        zipf_frequency(lemma, "fr") == 0 < zipf_frequency(text, "fr")
    ):
        # a participle used as an adjective, of a verb that does not exist ("inappropriées",
        # not "inapproprier"): its masculine singular
        participle = _PARTICIPLE_ENDING.sub(r"\1", text)
        return participle if participle != text and zipf_frequency(participle, "fr") else text
    return lemma


@lru_cache(maxsize=8192)
def plural_lemma(lemma: str, text: str) -> str:
    """The singular of a plural noun whose lemma the lemmatiser took from another word, often
    English ("parties" -> "party"): a plural in -s has its singular in front of the -s. Only
    when that singular is far more common French than the lemma (Zipf +1.5): a masculine lemma
    of a feminine plural ("infirmières" -> "infirmier") or an irregular one ("yeux" -> "œil")
    stays."""
    text = text.lower().replace("’", "'")
    if lemma == text or not text.endswith("s") or text.startswith(lemma) or len(text) < 5:
        return lemma
    singular = text[:-1]
    if zipf_frequency(singular, "fr") >= zipf_frequency(lemma, "fr") + _FOREIGN_LEMMA_GAP:
        return singular
    return lemma


_FOREIGN_LEMMA_GAP = 1.5


_CONJUGATED = re.compile(r"(?<=[a-zà-öø-ÿœæ]{3})(e|es|ent)$")


@lru_cache(maxsize=4096)
def infinitive(lemma: str) -> str:
    """The infinitive of a first-group verb the lemmatiser left conjugated ("demande",
    "estime", "réclament" -> "demander", "estimer", "réclamer"), when French has it."""
    if lemma.endswith(("er", "ir", "re", "oir")) or " " in lemma:
        return lemma
    infinitive = _CONJUGATED.sub("er", lemma)
    return infinitive if infinitive != lemma and zipf_frequency(infinitive, "fr") > 0 else lemma


RARE_PARTICIPLE_ZIPF = 3.0
"""A participle this rare (or unknown) right after its noun makes a term with it ("contrôle
inopiné", "clôture électrifiée"): the tagger reads it as a verb, but it qualifies, and a learner
meets the pair. Commoner participles describe ("bâtiment rénové"). On the six development
corpora: +1 gold term ("clôture électrifiée"), "contrôle inopiné" a candidate where it was
none; 3 of 50 articles change their 25 terms."""


def rare_participle(form: str) -> bool:
    """A participle rare enough to make a term with its noun (RARE_PARTICIPLE_ZIPF)."""
    return zipf_frequency(form, "fr") < RARE_PARTICIPLE_ZIPF
