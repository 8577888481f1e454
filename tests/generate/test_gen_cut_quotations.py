"""A statement cut out of a sentence never starts or ends inside a quotation. The Vosges
hospitals (speaker_articles_2): « Un rapport de la chambre régionale des comptes, intitulé
« Hôpitaux vosgiens : l'heure des choix », avait déjà pointé ces difficultés en 2024. » gave
the vrai/faux statement « L'heure des choix », avait déjà pointé ces difficultés en décembre
2024. »: no subject, a closing mark with no opening one. The Lille strike: « Dans une tribune
intitulée « L'école n'est pas une variable d'ajustement », publiée mardi … » gave the date
question « Quand la variable d'ajustement » a-t-elle été publiée dans La Voix du Nord ? ».
Real articles, real model."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import lesson_of

from tutor.generate.clause_checks import dangles

pytestmark = pytest.mark.slow

DATA = Path(__file__).parents[1] / "extract" / "data" / "speaker_articles_2"
ARTICLES = [DATA / "fusion-hopitaux-vosges.txt", DATA / "greve-enseignants-lille.txt"]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("seed", range(3))
def test_no_statement_is_cut_inside_a_quotation(tmp_path: Path, seed: int, article: Path) -> None:
    lesson = lesson_of(tmp_path, article, seed)
    for item in lesson["items"]:
        for field in ("statement", "prompt", "text"):
            shown = str(item.get(field, ""))
            assert shown.count("«") == shown.count("»"), (item["id"], shown)


@pytest.mark.parametrize(
    ("clause", "cut"),
    [
        ("L'heure des choix », avait déjà pointé ces difficultés en 2024.", True),
        ("Le rapport intitulé « L'heure des choix » avait pointé ces difficultés.", False),
        ("Le maire a parlé d'une « inquiétude ».", False),
        ("Les agents n'ont « jamais été consultés", True),
    ],
)
def test_a_clause_with_one_mark_of_a_pair_dangles(clause: str, cut: bool) -> None:
    assert dangles(clause) is cut
