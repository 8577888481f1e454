"""An infinitive after its object pronoun ("pour la refroidir"), which the tagger reads as an
article and a noun: a key term of the fifth blind review of generated lessons was offered among
nouns for it. Invented sentences, with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

from tutor.extract.tokens import TokenTable
from tutor.nlp import analyse

pytestmark = pytest.mark.slow

_BEES = (
    "Selon elle, les abeilles dépensent beaucoup d'énergie à ventiler la ruche pour la "
    "refroidir, au lieu de butiner. Les apiculteurs installent des ruches à l'ombre."
)


def _pos(text: str, word: str, nlp) -> str:  # type: ignore[no-untyped-def]
    table = TokenTable(analyse(text, nlp))
    return next(table.pos[i] for i in range(len(table)) if table.lower[i] == word)


def test_an_infinitive_after_its_pronoun_is_a_verb_term(nlp) -> None:  # type: ignore[no-untyped-def]
    terms = {t.lemma: t.pos for t in facts_of_text(_BEES, nlp).terms}
    assert terms.get("refroidir") in (None, "VERB")
    assert _pos(_BEES, "refroidir", nlp) == "VERB"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Il s'est battu toute sa vie pour le pouvoir.", "pouvoir"),
        ("Ils sont venus pour le plaisir de jouer ensemble.", "plaisir"),
        ("Elle travaille pour l'avenir de ses enfants.", "avenir"),
    ],
)
def test_a_noun_after_its_article_stays_a_noun(text: str, word: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _pos(text, word, nlp) == "NOUN"
