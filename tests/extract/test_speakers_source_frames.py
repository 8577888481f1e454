"""An unnamed person who frames a sentence as a source ("Pour un magistrat honoraire …, le
tribunal a rappelé …") is whom the next "il" means, not the body that sentence is about
(session 22 audit). The Goodyear trial (term_corpus batch_aa) gave « Il souligne toutefois que
les peines de prison ferme restent exceptionnelles … » to the tribunal, and the lesson asked
"Selon le tribunal, les peines de prison ferme restent exceptionnelles …" (vrai): the
magistrate says so, not the court. Real article, real model."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import load_article, parse_article
from tutor.extract import extract_facts

pytestmark = pytest.mark.slow

GOODYEAR = (
    Path(__file__).parent / "data/term_corpus/batch_aa/goodyear-amiens-proces-sequestration.txt"
)


def test_il_after_a_framing_source_is_that_source(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = extract_facts(load_article(GOODYEAR), nlp)
    speakers = {q.speaker for q in facts.quotes if "restent exceptionnelles" in q.text}
    assert speakers == {"un magistrat honoraire"}
    # the court's own words, quoted inside the magistrate's sentence, stay the court's
    recalled = {q.speaker for q in facts.quotes if "aucun conflit social" in q.text}
    assert recalled == {"le tribunal"}


def test_elle_after_a_framing_source_of_her_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Un jugement\n\nLyon, jeudi 3 décembre 2026. – La cour d'appel de Lyon a confirmé jeudi "
        "la condamnation de l'entreprise.\n\nPour une avocate spécialisée en droit du travail, la "
        "cour a rappelé qu'« aucun licenciement ne peut reposer sur un motif discriminatoire ». "
        "Elle estime toutefois que les indemnités accordées restent modestes.\n"
    )
    facts = extract_facts(parse_article(text, Path("jugement.txt")), nlp)
    (speaker,) = {q.speaker for q in facts.quotes if "restent modestes" in q.text}
    assert speaker.startswith("une avocate")
