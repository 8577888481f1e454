"""`tutor progress`: a learner's attempts, accuracy and items due, per skill and per article."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

from tutor.cli.progress_common import (
    CliError,
    add_learner_options,
    load_exercises,
    missing_exercise_notes,
    open_learner,
    percent,
    status_of,
    table,
    warning_lines,
)
from tutor.progress_summary import Summary, summarise
from tutor.review import review_queue


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """--learner, --json, --progress-dir."""
    add_learner_options(parser)


def _text(learner: str, path: str, summary: Summary) -> str:
    skill_rows = [
        [skill.value, t.attempts, percent(t.accuracy), t.due]
        for skill, t in summary.by_skill.items()
    ]
    article_rows = [
        [name, t.attempts, percent(t.accuracy), len(t.items), t.due]
        for name, t in summary.by_exercise.items()
    ]
    total = summary.total
    parts = [
        f"Progress of {learner} ({path})",
        "",
        table(["Skill", "Attempts", "Accuracy", "Due"], skill_rows, right={1, 2, 3}),
        "",
        table(["Exercise file", "Attempts", "Accuracy", "Items", "Due"], article_rows, {1, 2, 3, 4})
        if article_rows
        else "No answers yet.",
        "",
        f"Total: {total.attempts} attempts, accuracy {percent(total.accuracy)}, "
        f"{total.due} item(s) due now.",
    ]
    return "\n".join(parts)


def run(args: argparse.Namespace) -> int:
    """Print the summary; exit 1 when the learner is unknown, 3 when the file is unreadable."""
    try:
        progress = open_learner(args)
    except CliError as err:
        print(f"tutor progress: {err}", file=sys.stderr)
        return err.code
    for line in warning_lines(progress):
        print(line, file=sys.stderr)
    if not args.json:
        for line in missing_exercise_notes(a.exercise for a in progress.attempts):
            print(line, file=sys.stderr)
    exercises = load_exercises(a.exercise for a in progress.attempts)
    due = review_queue(progress, datetime.now(UTC), exercises=exercises)
    summary = summarise(progress.attempts, due)
    if args.json:
        document = {
            "learner": progress.learner,
            "file": str(progress.path),
            "skills": {skill.value: t.as_dict() for skill, t in summary.by_skill.items()},
            "exercises": {name: t.as_dict() for name, t in summary.by_exercise.items()},
            "total": summary.total.as_dict(),
            "warnings": [w.kind for w in progress.warnings],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print(_text(progress.learner, str(progress.path), summary))
    return status_of(progress)
