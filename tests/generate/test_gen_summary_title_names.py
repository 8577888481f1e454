"""« De quoi parle cet article ? » asks for what happened, which a title's places, teams and
bodies often say. The Vannes basketball report (speaker_articles_3, « Basket : Vannes renverse
Arras au bout du suspense ») had for keywords the two coaches' names and 'suspense', one
needed: « Franck Le Gall. » alone earned 2 / 2 (found by the session-22 answer audit)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import lesson_of

from tutor.exercise_io import load_exercise_set
from tutor.generate.document import dump_document
from tutor.scoring import Outcome, grade

pytestmark = pytest.mark.slow

BASKET = (
    Path(__file__).parents[1]
    / "extract"
    / "data"
    / "speaker_articles_3"
    / "basket-vannes-arras.txt"
)


def test_a_coach_s_name_alone_is_no_summary(tmp_path: Path) -> None:
    lesson = lesson_of(tmp_path, BASKET)
    path = tmp_path / "basket.yaml"
    path.write_text(dump_document(lesson, tmp_path), "utf-8")
    (summary,) = [i for i in lesson["items"] if i["id"] == "resume-article"]
    words = [str(k["word"]) for k in summary["keywords"]]
    assert {"Vannes", "Arras"} <= set(words), words
    assert summary["min_keywords"] == 2
    item = load_exercise_set(path, tmp_path).item("resume-article")
    assert item is not None
    assert grade(item, "Franck Le Gall.").outcome is not Outcome.CORRECT
    assert grade(item, str(summary["model_answer"])).outcome is Outcome.CORRECT
    assert grade(item, "Vannes a battu Arras à la dernière seconde.").outcome is Outcome.CORRECT
