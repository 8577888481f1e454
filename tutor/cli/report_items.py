"""`tutor report --items`: the class's first answers per item, hardest first, as a text table
or CSV. See `tutor.item_analysis` for what counts."""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence

from tutor.cli.progress_common import percent, spreadsheet_text, table
from tutor.item_analysis import HARD_BELOW, HARD_FLAG, MIN_LEARNERS, ItemStats, analyse
from tutor.model import ExerciseSet
from tutor.progress import LearnerProgress

WRONG_ANSWER_WIDTH = 30
"""Characters of the most common wrong answer a table row shows (the CSV has it whole)."""


def _short(text: str | None) -> str:
    if not text:
        return ""
    return text if len(text) <= WRONG_ANSWER_WIDTH else text[: WRONG_ANSWER_WIDTH - 1] + "…"


def print_items(
    learners: Sequence[LearnerProgress], exercises: Sequence[ExerciseSet], as_csv: bool
) -> None:
    """Print one row per item answered by at least one learner."""
    stats = analyse({p.learner: p.attempts for p in learners}, exercises)
    if as_csv:
        _write_csv(stats)
        return
    print(f"Item analysis: {len(learners)} learner(s), first answers only, hardest first")
    headers = ["Item", "Skill", "Learners", "Right", "Facility", "Common wrong", "Flag"]
    for exercise in sorted({s.exercise for s in stats}):
        rows = [
            [
                s.item_id,
                s.skill.value,
                s.learners,
                f"{s.right_first}/{s.learners}",
                percent(s.facility),
                _short(s.common_wrong_answer),
                s.flag() or "",
            ]
            for s in stats
            if s.exercise == exercise
        ]
        print(f"\n{exercise}\n")
        print(table(headers, rows, right={2, 3, 4}))
    flagged = sum(1 for s in stats if s.flag() == HARD_FLAG)
    if flagged:
        print(
            f"\n{flagged} item(s) under {HARD_BELOW:.0%} with {MIN_LEARNERS} learners or more: "
            "read them before the class (a faulty item, or a point to go over again)."
        )


def _write_csv(stats: Sequence[ItemStats]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(
        [
            "exercise",
            "item",
            "skill",
            "kind",
            "learners",
            "right_first",
            "facility",
            "common_wrong_answer",
            "flag",
        ]
    )
    for s in stats:
        facility = s.facility
        writer.writerow(
            [
                s.exercise,
                s.item_id,
                s.skill.value,
                s.kind,
                s.learners,
                s.right_first,
                "" if facility is None else f"{facility:.4f}",
                spreadsheet_text(s.common_wrong_answer or ""),
                s.flag() or "",
            ]
        )
