"""The summary's keywords hold the title's nouns the article keeps coming back to: "saumon" of
« Biodiversité : le saumon de l'Allier, dernier grand migrateur de la Loire, à nouveau en
recul » is in every paragraph, yet it was no keyword (neither a glossary term nor a rare
word): "Le saumon de l'Allier est en danger à cause des barrages" earned nothing. Adjectives of
the title ("hauts fourneaux", "haute mer") are no such nouns."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import lesson_of

from tutor.exercise_io import item_from_dict
from tutor.scoring import Outcome, grade

pytestmark = pytest.mark.slow

SALMON = (
    Path(__file__).resolve().parents[1]
    / "extract/data/term_corpus/batch_ab/saumon-atlantique-allier-poissons-migrateurs.txt"
)


def test_a_summary_about_the_salmon_earns_its_points(tmp_path: Path) -> None:
    lesson = lesson_of(tmp_path, SALMON)
    (summary,) = [i for i in lesson["items"] if i["id"].startswith("resume")]
    assert "saumon" in [k["word"] for k in summary["keywords"]]
    verdict = grade(
        item_from_dict(summary), "Le saumon de l'Allier est un poisson migrateur en danger."
    )
    assert verdict.outcome is Outcome.CORRECT, verdict.explanation
