"""Which quotations are a claim to attribute ("Qui a dit", statements) and which a few words with
no verb. Gold quotations of the readable corpora that
`is_fragment` dropped though they hold a verb: "le temps joue contre les océans"
(lisbonne-moratoire-grands-fonds), "la tension restera forte jusqu'aux fêtes"
(urgences-pediatriques-nantes), "Cette fois, nous irons au bout" (plan-crues-agen)."""

from __future__ import annotations

import pytest

from tutor.generate.lexicon import article_lexicon
from tutor.generate.quote_text import is_fragment

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        (
            "Pour le biologiste Karim Benali, « le temps joue contre les océans ».",
            "le temps joue contre les océans",
        ),
        (
            "« La tension restera forte jusqu'aux fêtes », prévient le chef de service.",
            "La tension restera forte jusqu'aux fêtes",
        ),
        ("« Cette fois, nous irons au bout », promet le maire.", "Cette fois, nous irons au bout"),
    ],
)
def test_a_short_quotation_with_a_verb_is_a_claim(body: str, quote: str) -> None:
    assert not is_fragment(quote, article_lexicon(body))


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        (
            "Une professeure la décrit comme « une enfant discrète, très bonne élève ». Chaque "
            "élève a reçu une lettre. Le professeur élève la voix.",
            "une enfant discrète, très bonne élève",
        ),
        (
            "Qui était chargé de la sécurité ? « Le responsable de la sécurité. »",
            "Le responsable de la sécurité.",
        ),
        ("Son roman « La Farine des jours » paraît en mars.", "La Farine des jours"),
    ],
)
def test_a_few_words_without_a_verb_stay_a_fragment(body: str, quote: str) -> None:
    """ "élève" read as a verb elsewhere in the article is a noun here, as elsewhere too."""
    assert is_fragment(quote, article_lexicon(body))
