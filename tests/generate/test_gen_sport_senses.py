"""Glossary words of sport articles get their sport's sense: "relance" in a handball or a
football report was defined as the State's effort to restart the economy, and "Ligue des
champions" as football's competition in a handball article. The reminder letters of the CAF
article ("lettres de relance") get the third sense."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import lesson_of

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parents[1] / "extract" / "data" / "term_corpus"


def _definitions(lesson: dict[str, object]) -> dict[str, str]:
    items = lesson["items"]
    assert isinstance(items, list)
    return {p["term"]: p["definition"] for i in items if i["type"] == "terms" for p in i["pairs"]}


@pytest.mark.parametrize(
    ("article", "term", "start"),
    [
        ("batch_l/handball-starligue-chambery-nantes.txt", "relance", "Au sport,"),
        ("batch_r/football-feminin-d1-fleury-dijon.txt", "relance", "Au sport,"),
        ("batch_q/caf-indus-allocataires-explications.txt", "relance", "Le fait de rappeler"),
    ],
)
def test_relance_has_the_article_s_sense(
    tmp_path: Path, article: str, term: str, start: str
) -> None:
    definitions = _definitions(lesson_of(tmp_path, CORPUS / article))
    assert definitions[term].startswith(start), definitions[term]


def test_the_champions_league_is_not_only_football_s(tmp_path: Path) -> None:
    definitions = _definitions(
        lesson_of(tmp_path, CORPUS / "batch_l/handball-starligue-chambery-nantes.txt")
    )
    assert "handball" in definitions["Ligue des champions"]
