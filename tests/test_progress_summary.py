"""Tallies per skill and the rule that says who is behind."""

from __future__ import annotations

from datetime import UTC, datetime

from tutor.attempt import make_attempt
from tutor.model import Cloze, Skill
from tutor.progress_summary import Summary, Tally, behind_reason, class_medians, summarise
from tutor.scoring import grade


def tally(attempts: int, accuracy: float) -> Tally:
    return Tally(attempts=attempts, points=accuracy * attempts, max_points=float(attempts))


def test_accuracy_counts_partial_points() -> None:
    item = Cloze(
        id="c", skill=Skill.VOCABULARY, prompt="?", evidence="e", text="_", answer="munitions"
    )
    when = datetime(2024, 6, 19, tzinfo=UTC)
    attempts = [
        make_attempt("a.yaml", "h", item, grade(item, typed), typed, when=when)
        for typed in ("munitions", "munitons", "obus", "munitions")
    ]
    summary = summarise(attempts, [])
    vocabulary = summary.by_skill[Skill.VOCABULARY]
    assert vocabulary.attempts == 4
    assert vocabulary.accuracy == 2.5 / 4
    assert summary.by_skill[Skill.DATES].accuracy is None
    assert summary.by_exercise["a.yaml"].items == {("a.yaml", "c")}


def test_behind_below_sixty_percent() -> None:
    assert behind_reason(tally(5, 0.5), median=0.55) == "below 60%"
    assert behind_reason(tally(5, 0.6), median=0.6) is None


def test_behind_the_class_median_by_more_than_fifteen_points() -> None:
    assert behind_reason(tally(5, 0.7), median=0.9) == "20 points under the class median"
    assert behind_reason(tally(5, 0.8), median=0.9) is None


def test_too_few_attempts_to_judge() -> None:
    assert behind_reason(tally(2, 0.0), median=0.9) is None


def test_class_median_ignores_learners_with_too_few_attempts() -> None:
    def summary(attempts: int, accuracy: float) -> Summary:
        by_skill = {skill: Tally() for skill in Skill}
        by_skill[Skill.DATES] = tally(attempts, accuracy)
        return Summary(by_skill, {}, Tally())

    medians = class_medians([summary(5, 0.5), summary(5, 0.9), summary(4, 0.8), summary(1, 0.0)])
    assert medians[Skill.DATES] == 0.8
    assert medians[Skill.SPEAKERS] is None
