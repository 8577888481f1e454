"""A vrai / faux statement names the body it is about, not the word the article used so as not
to repeat its name. The Banque de France lesson (term_corpus batch_ab, session 21 audit)
stated « L'institution emploie les mots « une stratégie de redressement crédible et stable dans
la durée ». »: read on its own, which institution? The article names one body that
"l'institution" and "la banque centrale" stand for; the statement gives its name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gold_facts import ROOT, generated_lessons

pytestmark = pytest.mark.slow

CORPUS = ROOT / "tests/extract/data/term_corpus/batch_ab"
ARTICLE = CORPUS / "banque-de-france-projections-croissance-2027.txt"


@pytest.mark.parametrize("seed", range(3))
def test_a_statement_names_the_body(tmp_path: Path, seed: int) -> None:
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    ((_, _, doc),) = generated_lessons(tmp_path, seed)
    statements = [str(i["statement"]) for i in doc["items"] if i["type"] == "true_false"]
    assert statements
    for statement in statements:
        opening = statement.lower()
        assert not opening.startswith(("l'institution", "la banque centrale")), statement
        assert "selon l'institution" not in opening and "selon la banque centrale" not in opening
