"""An interview's answer opens on a dash, often with a quotation mark (« – « De vérifier le
loyer … »): a cloze or a statement read from it showed the dash and the « at its start, marks
that open nothing once the answer stands alone (term_corpus: the Grenoble rents interview, the
melanoma vaccine interview, the FDSEA president's interview)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import lesson_of

from tutor.generate.clause_openers import strip_opener
from tutor.generate.sentence_crop import gap_window

CORPUS = Path(__file__).parents[1] / "extract" / "data" / "term_corpus"
INTERVIEWS = [
    CORPUS / "batch_m" / "grenoble-encadrement-loyers-entretien-adjointe.txt",
    CORPUS / "batch_k" / "essai-vaccin-arnm-melanome-entretien.txt",
    CORPUS / "batch_k" / "pac-2028-entretien-president-fdsea-marne.txt",
]


def _shown_texts(item: dict[str, object]) -> list[str]:
    return [str(item[k]) for k in ("text", "statement", "question") if k in item]


@pytest.mark.slow
@pytest.mark.parametrize("article", INTERVIEWS, ids=lambda p: p.stem)
def test_no_item_opens_on_the_interview_dash(tmp_path: Path, article: Path) -> None:
    lesson = lesson_of(tmp_path, article)
    opening = [t for i in lesson["items"] for t in _shown_texts(i) if t.lstrip("… ")[:1] in "–—-"]
    assert opening == []


@pytest.mark.parametrize(
    ("sentence", "word", "shown"),
    [
        (
            "– « De vérifier le loyer de référence, puis de saisir la commission de conciliation.",
            "conciliation",
            "De vérifier le loyer de référence, puis de saisir la commission de ___.",
        ),
        (
            "– « Non, c'est un constat. »",
            "constat",
            "« Non, c'est un ___. »",
        ),
        (
            "– Nous évaluons un traitement chez des patients à haut risque de récidive.",
            "récidive",
            "Nous évaluons un traitement chez des patients à haut risque de ___.",
        ),
    ],
)
def test_the_crop_leaves_the_dash_out(sentence: str, word: str, shown: str) -> None:
    start = sentence.index(word)
    assert gap_window(sentence, start, start + len(word), "___") == shown


def test_a_statement_leaves_the_dash_out() -> None:
    clause = "– Sur une ferme moyenne de 180 hectares, les aides représentent 30 000 euros"
    assert (
        strip_opener(clause)
        == "Sur une ferme moyenne de 180 hectares, les aides représentent 30 000 euros"
    )
