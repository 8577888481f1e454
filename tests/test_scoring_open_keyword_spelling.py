"""An open answer whose keywords are misspelt keeps its points and is told the spelling: it was
« Bravo ! Vous avez utilisé les mots importants : … » with no word on "rapeort" or "Benalli".
Found by the session-22 learner-feedback audit (term_corpus batch_i, speaker_articles_3)."""

from __future__ import annotations

from tutor.model import Keyword, OpenQuestion, Skill
from tutor.scoring import Outcome, Reason, grade

BEA = OpenQuestion(
    id="resume-article",
    skill=Skill.COMPREHENSION,
    prompt="De quoi parle cet article ? Répondez en deux ou trois phrases.",
    evidence="Le BEA a rendu public mercredi son rapport sur l'incident grave survenu le 14 mars "
    "2025 à l'aéroport de Lyon-Saint-Exupéry.",
    points=2.0,
    keywords=(
        Keyword("Nathalie Berger", accept=("Berger",)),
        Keyword("BEA"),
        Keyword("rapport", accept=("rapports",)),
        Keyword("incursion", accept=("incursions",)),
    ),
    min_keywords=2,
    model_answer="Le BEA publie son rapport sur une incursion de piste évitée de justesse à "
    "Lyon-Saint-Exupéry.",
)


def test_a_misspelt_keyword_keeps_its_points_and_is_told_its_spelling() -> None:
    verdict = grade(BEA, "Le BEA a publié un rapeort sur une incursion à Lyon.")
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.points == 2.0
    assert Reason.TYPO in verdict.reason
    assert "on écrit «\u00a0rapport\u00a0», pas «\u00a0rapeort\u00a0»" in verdict.explanation


def test_a_misspelt_name_is_told_too() -> None:
    verdict = grade(BEA, "Nathelie Berger présente le rapport du BEA.")
    assert "«\u00a0Nathalie Berger\u00a0», pas «\u00a0Nathelie Berger\u00a0»" in verdict.explanation


def test_inflected_and_unaccented_keywords_are_no_spelling_slip() -> None:
    verdict = grade(BEA, "Le BEA publie ses rapports sur les incursions de piste.")
    assert verdict.reason == (Reason.EXACT,)
    assert "orthographe" not in verdict.explanation
