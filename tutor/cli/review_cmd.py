"""`tutor review`: the items a learner should review now, most overdue first."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

from tutor.cli.progress_common import (
    CliError,
    add_learner_options,
    duration,
    load_exercises,
    missing_exercise_notes,
    open_learner,
    status_of,
    table,
    warning_lines,
)
from tutor.review import review_queue


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """--learner, --json, --progress-dir."""
    add_learner_options(parser)


def run(args: argparse.Namespace) -> int:
    """Print the due queue; exit 1 when the learner is unknown, 3 when the file is unreadable."""
    try:
        progress = open_learner(args)
    except CliError as err:
        print(f"tutor review: {err}", file=sys.stderr)
        return err.code
    for line in warning_lines(progress):
        print(line, file=sys.stderr)
    if not args.json:
        for line in missing_exercise_notes(a.exercise for a in progress.attempts):
            print(line, file=sys.stderr)
    now = datetime.now(UTC)
    exercises = load_exercises(a.exercise for a in progress.attempts)
    queue = review_queue(progress, now, exercises=exercises)
    if args.json:
        document = [
            {
                "exercise": d.exercise,
                "item": d.item_id,
                "skill": d.skill.value,
                "due": d.due.isoformat().replace("+00:00", "Z"),
                "overdue_seconds": int(d.overdue.total_seconds()),
                "attempts": d.attempts,
                "last_outcome": d.last_outcome.value,
            }
            for d in queue
        ]
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return status_of(progress)
    if not queue:
        print(f"Nothing to review now for {progress.learner}.")
        return status_of(progress)
    rows = [
        [duration(d.overdue), d.exercise, d.item_id, d.skill.value, d.attempts, d.last_outcome]
        for d in queue
    ]
    print(f"{len(queue)} item(s) to review for {progress.learner}, most overdue first:\n")
    headers = ["Overdue", "Exercise file", "Item", "Skill", "Attempts", "Last"]
    print(table(headers, rows, right={0, 4}))
    return status_of(progress)
