"""A wire dateline with its place ("Brest, 14 septembre 2026. –") dates the article, as the
plain one ("14 septembre 2026. –") does: before, the lesson asked « Quand est-ce que Brest. – ? »
and gave the dateline as the evidence of its summary question. "Paris, mercredi 2 décembre 2026
(AFP). –" (term_corpus batch_p) left its dash at the head of the first sentence: « – Des
chercheurs de l'Institut Pasteur ont identifié … » in a cloze and three proofs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.generate import generate_document

ARTICLE = """Brest inaugure sa nouvelle ligne de tramway

{dateline} La métropole de Brest a inauguré samedi sa deuxième ligne de tramway, après trois ans \
de travaux. « C'est un grand jour pour les habitants », a déclaré le maire, François \
Cuillandre. La ligne relie la gare au quartier de Lambézellec en vingt minutes.

Les travaux ont coûté 200 millions d'euros. Selon la métropole, 40 000 voyageurs par jour sont \
attendus dès octobre.

Source : article écrit pour les tests.
"""


@pytest.fixture(scope="module")
def lessons(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    folder = tmp_path_factory.mktemp("content")
    datelines = {
        "place": "Brest, 14 septembre 2026. –",
        "wire": "BREST, le 14 septembre 2026 (AFP) –",
        "plain": "14 septembre 2026. –",
        # the wire after the year and a full stop: "– La métropole …" opened every proof
        "wire_stop": "Brest, dimanche 14 septembre 2026 (AFP). –",
    }
    articles = []
    for name, dateline in datelines.items():
        path = folder / f"{name}.txt"
        path.write_text(ARTICLE.format(dateline=dateline), encoding="utf-8")
        articles.append(load_article(path))
    return {
        Path(article.path).stem: generate_document(article, facts, content_dir=folder)["items"]
        for article, facts in zip(articles, extract_many(articles), strict=True)
    }


@pytest.mark.parametrize("name", ["place", "wire", "plain", "wire_stop"])
def test_the_dateline_is_no_event_and_no_evidence(lessons, name: str) -> None:
    items = lessons[name]
    assert all("Brest." not in str(i.get("prompt", "")) for i in items)
    assert all("septembre 2026" not in str(i["evidence"]) for i in items)
    dates = [i for i in items if i["type"] == "date"]
    assert [d["prompt"] for d in dates] == [
        "Quand la métropole de Brest a-t-elle inauguré sa deuxième ligne de tramway ?"
    ]
    summary = next(i for i in items if i["id"] == "resume-article")
    assert summary["evidence"].startswith("La métropole de Brest a inauguré samedi")


def test_the_three_datelines_give_one_lesson(lessons) -> None:
    assert lessons["place"] == lessons["plain"] == lessons["wire"] == lessons["wire_stop"]
