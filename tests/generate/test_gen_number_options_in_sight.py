"""A "Quel nombre manque ?" option the prompt itself shows is struck out without reading: the
Greek lesson asked "« … 14 secrétaires d'État, 7 vices-ministres …, qui récupère ___ des 17
ministères … »" with the options 10, 14, 7 and 5 (seen in tmux, session 20). A wrong option is
never a number the gapped text shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from gold_facts import context_for

from tutor.content import load_article
from tutor.facts import ArticleFacts
from tutor.generate.numbers import number_items

pytestmark = pytest.mark.slow

BODY = (
    "Athènes, 21 juin 2012. – Le nouveau gouvernement compte 38 membres (17 ministres, 14 "
    "secrétaires d'État, 7 vice-ministres et un porte-parole), principalement issus du parti "
    "de droite, qui récupère 10 des 17 ministères. Les socialistes obtiennent 5 ministères et "
    "la gauche modérée 2. Le Parlement votera la confiance le 6 juillet, après 3 jours de débat."
)


def _shown(number: str, text: str) -> bool:
    return re.search(rf"(?<![\d,]){re.escape(number)}(?![\d]|,\d)", text) is not None


@pytest.mark.parametrize("seed", range(5))
def test_no_wrong_option_is_a_number_the_prompt_shows(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "grece.txt"
    path.write_text(f"Un gouvernement en Grèce\n\n{BODY}\n\nSource : test.\n", encoding="utf-8")
    article = load_article(path)
    ctx = context_for(article, ArticleFacts(path.name, article.title, "2012-06-21"), seed)
    items = number_items(ctx)  # type: ignore[arg-type]
    assert items
    for item in items:
        prompt = str(item["prompt"])
        wrong = [str(o) for o in item["options"] if o != item["answer"]]  # type: ignore[attr-defined]
        assert len(wrong) >= 2
        assert not [o for o in wrong if _shown(o, prompt)], (prompt, item["options"])
