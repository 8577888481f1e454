"""A source question never offers a document named by its kind alone as a wrong answer: the
Institut Pasteur report (term_corpus batch_p) asked which source says « l'antibiorésistance a
été directement responsable de plus d'un million de décès … » (« Selon une estimation publiée
en 2024 dans The Lancet ») with 'Une étude' among the wrong options, and an estimate published
in a journal is a study too."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import lesson_of

from tutor.generate.sources import _any_one

pytestmark = pytest.mark.slow

PASTEUR = (
    Path(__file__).parents[1]
    / "extract"
    / "data"
    / "term_corpus"
    / "batch_p"
    / "antibioresistance-klebsiella-institut-pasteur.txt"
)


@pytest.mark.parametrize("seed", range(3))
def test_une_etude_is_no_wrong_source(tmp_path: Path, seed: int) -> None:
    lesson = lesson_of(tmp_path, PASTEUR, seed)
    for item in lesson["items"]:
        if str(item["id"]).startswith("source-"):
            wrong = [o for o in item["options"] if o != item["answer"]]
            assert not any(_any_one(o) for o in wrong), item["options"]


def test_a_document_named_by_its_kind_alone() -> None:
    assert _any_one("Une étude")
    assert not _any_one("L'étude de l'Inserm")
    assert not _any_one("Nadia Benslimane")
