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


def _range_items(tmp_path: Path, body: str, shown: str, seed: int) -> list[dict[str, object]]:
    path = tmp_path / "loup.txt"
    path.write_text(f"Le loup dans le Vercors\n\n{body}\n\nSource : test.\n", encoding="utf-8")
    article = load_article(path)
    ctx = context_for(article, ArticleFacts(path.name, article.title, "2025-07-28"), seed)
    for sentence in ctx.sentences:
        evidence = ctx.evidence(sentence)
        if evidence and "entre" in evidence:
            ctx.shown[evidence] = shown  # the other end of the range was told already
    return number_items(ctx)  # type: ignore[arg-type]


@pytest.mark.parametrize("seed", range(3))
def test_the_bottom_of_a_range_has_no_option_above_its_top(tmp_path: Path, seed: int) -> None:
    """ "indemnisée entre ___ et 300 euros" offered 300 and 600 (eighth blind review)."""
    body = (
        "28 juillet 2025. – Les éleveurs du Vercors ont perdu 214 brebis cet été. "
        "Chaque bête tuée est indemnisée entre 150 et 300 euros."
    )
    (low,) = [i for i in _range_items(tmp_path, body, "300", seed) if i["answer"] == "150"]
    assert all(float(str(o)) < 300 for o in low["options"]), low["options"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("seed", range(3))
def test_the_top_of_a_range_has_no_option_below_its_bottom(tmp_path: Path, seed: int) -> None:
    """ "estimé entre 400 000 et ___ euros" offered 400 000 (eighth blind review)."""
    body = (
        "28 juillet 2025. – Le tableau a été vendu 720 000 euros samedi. "
        "Il était estimé entre 400 000 et 600 000 euros."
    )
    (top,) = [i for i in _range_items(tmp_path, body, "400 000", seed) if i["answer"] == "600 000"]
    values = [float(str(o).replace(" ", "")) for o in top["options"]]  # type: ignore[attr-defined]
    assert all(v > 400_000 for v in values), top["options"]
