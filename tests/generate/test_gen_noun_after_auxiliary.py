"""A word the tagger calls a noun is a participle after "avoir". The drink-driving trial of
term_corpus batch_ac (session 21 audit) asked "Après en avoir ___, le tribunal l'a condamné à
dix mois d'emprisonnement …" (answer "délibéré", answer_pos noun) with the hint "Le moment où
les juges réfléchissent ensemble avant de rendre leur décision.": the noun "le délibéré", where
the sentence has the verb "délibérer". The noun's definition is given only where the article
uses the noun ("mis en délibéré")."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import invented_context

from tutor.facts import Term
from tutor.generate.key_terms import located_terms

pytestmark = pytest.mark.slow

VERB = (
    "Après en avoir délibéré, le tribunal l'a condamné à dix mois d'emprisonnement, dont quatre "
    "avec sursis."
)
NOUN = "Le jugement a été mis en délibéré au 12 janvier par le tribunal de Saint-Omer."


def _located(tmp_path: Path, sentences: list[str]) -> list[object]:
    body = "Saint-Omer, 2 décembre 2026. – " + " ".join(sentences)
    term = Term("délibéré", "délibéré", sentences[0], 0.9, "NOUN")
    ctx = invented_context(tmp_path, body, "2026-12-02", terms=(term,), sentences=tuple(sentences))
    return [t for t in located_terms(ctx) if t.term.lemma == "délibéré"]


def test_the_noun_s_definition_is_not_given_to_the_verb(tmp_path: Path) -> None:
    for located in _located(tmp_path, [VERB]):
        assert located.entry is None or "juges" not in located.entry.definition, located


def test_the_noun_is_found_where_the_article_uses_it(tmp_path: Path) -> None:
    (located,) = _located(tmp_path, [VERB, NOUN])
    assert located.sentence == NOUN
