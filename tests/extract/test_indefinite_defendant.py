"""« Dans l'une d'elles, un prévenu se félicite d'avoir « fait 400 dossiers dans la semaine » »
(the Créteil training-fraud trial, term_corpus batch_t): since fbeb055 the whole article failed
to extract (KeyError 'un': the defendant rule read only definite articles), so `tutor generate`
made no lesson. "un prévenu" is one of several, not the one the article put on trial: it is no
one named. Real article, real model."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import extract_facts

pytestmark = pytest.mark.slow

CRETEIL = (
    Path(__file__).parent
    / "data"
    / "term_corpus"
    / "batch_t"
    / "creteil-proces-fraude-cpf-formations-fictives.txt"
)


def test_un_prevenu_is_read_and_credited_to_no_named_defendant(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = extract_facts(load_article(CRETEIL), nlp)
    speakers = {q.speaker for q in facts.quotes if "400 dossiers" in q.text}
    assert speakers == {"un prévenu"}
    assert "Samuel Haddad" in {q.speaker for q in facts.quotes}
