"""A figure given as a comparison ("inférieur à 25 %", "au-dessus de 80 points") is a bound: the
organ-donation lesson (term_corpus batch_ab, session 21 audit) marked false "… tandis qu'il
reste inférieur à 50 % dans plusieurs hôpitaux de l'Ouest." where the article says "inférieur à
25 %": below 25 is below 50, so the learner who answers "vrai" is right and was marked wrong.
Such a figure makes no false statement (a true one, as given, is still sound)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import context_for

from tutor.content import load_article
from tutor.facts import ArticleFacts
from tutor.generate.number_statements import number_statements

pytestmark = pytest.mark.slow

COMPARISONS = [
    "Dans plusieurs hôpitaux de l'Ouest, le taux de refus reste inférieur à 25 % des familles.",
    "Dans plusieurs hôpitaux de Paris, le taux de refus est supérieur à 45 % des familles.",
    "L'écart de taux avec l'Allemagne s'est installé au-dessus de 80 points de base.",
    "Le niveau de la nappe est resté en dessous de 12 mètres pendant tout l'été.",
    "Le chantier a coûté au moins 300 millions d'euros à la métropole de Lyon.",
    "La température est descendue sous la barre des 15 degrés dans la nuit de mardi.",
    "Le nombre de visiteurs a franchi le cap des 40 000 entrées pour la première fois.",
]


@pytest.mark.parametrize("sentence", COMPARISONS)
def test_a_compared_figure_makes_no_false_statement(tmp_path: Path, sentence: str) -> None:
    path = tmp_path / "bilan.txt"
    path.write_text(f"Un bilan\n\n3 mars 2026. – {sentence}\n\nSource : test.\n", encoding="utf-8")
    article = load_article(path)
    ctx = context_for(article, ArticleFacts(path.name, article.title, "2026-03-03"))
    assert number_statements(ctx, ["false"]) == []  # type: ignore[arg-type]
