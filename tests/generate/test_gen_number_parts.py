"""A "Quel nombre manque ?" gap that is a part of a whole ("___ des 17 ministères") offers no
option as large as the whole: "17 des 17" would read "les 17", so a learner strikes it out
without reading (seen in tmux on the Greek government lesson, whose options were 10, 17, 7, 14).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import context_for

from tutor.content import load_article
from tutor.facts import ArticleFacts
from tutor.generate.numbers import number_items

pytestmark = pytest.mark.slow

BODY = (
    "21 juin 2012. – Le nouveau gouvernement compte 38 membres, dont 17 ministres et 14 "
    "secrétaires d'État. Le parti de droite récupère 10 des 17 ministères. "
    "Les écologistes obtiennent 8 sièges au Parlement."
)


def _items(tmp_path: Path, seed: int) -> list[dict[str, object]]:
    path = tmp_path / "grece.txt"
    path.write_text(f"Un gouvernement en Grèce\n\n{BODY}\n\nSource : test.\n", encoding="utf-8")
    article = load_article(path)
    ctx = context_for(article, ArticleFacts(path.name, article.title, "2012-06-21"), seed)
    for sentence in ctx.sentences:
        evidence = ctx.evidence(sentence)
        if evidence and "des 17" in evidence:
            ctx.shown[evidence] = "17"  # an earlier item told the whole, as in the Greek lesson
    return number_items(ctx)  # type: ignore[arg-type]


@pytest.mark.parametrize("seed", range(3))
def test_a_part_of_a_whole_has_no_option_as_large_as_the_whole(tmp_path: Path, seed: int) -> None:
    items = _items(tmp_path, seed)
    (part,) = [i for i in items if i["answer"] == "10"]
    options = [float(str(o).replace(" ", "").replace(",", ".")) for o in part["options"]]  # type: ignore[attr-defined]
    assert len(options) >= 3
    assert all(o < 17 for o in options), part["options"]
