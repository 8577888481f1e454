"""Whether a gap's sentence has a verb, as the word banks' strict check asks (a sentence without
one lets a word of the answer's field fit the gap: `tutor.generate.bank_cloze`): decided on the
sentence's own words, not on the parser's cut of the article, which missed a list item inside a
longer parsed sentence, and not on the tagger alone, which read "compte" and "contrôlent" as a
noun and an adjective and called their sentences verbless.

The sentences were written for these tests; the spaCy model is real.
"""

from __future__ import annotations

import pytest

from tutor.generate.lexicon import article_lexicon, is_nominal

pytestmark = pytest.mark.slow

ARTICLE = (
    "Trente salles climatisées sont ouvertes au public, dont :\n"
    "- les mairies des neuf arrondissements ;\n"
    "- la bibliothèque de la Part-Dieu ;\n"
    "- six centres sociaux, à Vénissieux et à Bron.\n"
    "Le refuge compte 120 places, toutes réservées jusqu'à la fin du mois. "
    "Les gendarmes contrôlent au départ du sentier. "
    "Des lettres aux directeurs, des plaintes à l'agence régionale de santé, des messages aux élus."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "les mairies des neuf arrondissements ;",
        "la bibliothèque de la Part-Dieu ;",
        "Des lettres aux directeurs, des plaintes à l'agence régionale de santé, des messages "
        "aux élus.",
    ],
)
def test_a_sentence_without_a_verb_is_verbless_wherever_the_parser_cut(sentence: str) -> None:
    assert is_nominal(article_lexicon(ARTICLE), sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le refuge compte 120 places, toutes réservées jusqu'à la fin du mois.",
        "Les gendarmes contrôlent au départ du sentier.",
        "Trente salles climatisées sont ouvertes au public, dont :",
    ],
)
def test_a_verb_the_tagger_took_for_a_noun_is_still_a_verb(sentence: str) -> None:
    assert not is_nominal(article_lexicon(ARTICLE), sentence)
