"""`tutor report`: a class summary for teachers over several learners' progress files.

Per learner and skill: attempts, accuracy (points earned / points possible), items due now, and
whether the learner is behind (under 60%, or 15 points under the class median, with at least 3
attempts: see `tutor.progress_summary`). A text table, or CSV with --csv. With --items, one
row per item instead (`tutor.item_analysis`).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from tutor.cli.progress_common import (
    EXIT_BAD_FILE,
    EXIT_NOT_FOUND,
    CliError,
    has_damage,
    is_exercise_file,
    load_exercises,
    percent,
    read_progress_file,
    spreadsheet_text,
    table,
    warning_lines,
)
from tutor.cli.report_items import print_items
from tutor.learners import is_progress_candidate, progress_dir, starts_like_progress
from tutor.model import ExerciseSet
from tutor.progress import LearnerProgress
from tutor.progress_summary import Summary, behind_reason, class_medians, summarise
from tutor.review import review_queue


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """PATH ... and --csv."""
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        type=Path,
        help="learners' progress files, or folders of them (default: the folder the app "
        "writes them to: $TUTOR_PROGRESS_DIR, else the user data folder)",
    )
    parser.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    parser.add_argument(
        "--items",
        action="store_true",
        help="one row per item instead: how many learners got it right at their first answer, "
        "its facility (points earned over points possible), the most common wrong answer, "
        "hardest first; an item under 30%% with 3 learners or more is flagged for checking",
    )


def _files(paths: list[Path]) -> list[Path]:
    """The progress files named and those in the folders; a folder's .yaml file that is not one (a
    teacher's notes.yaml, an exercise file copied there) is named on stderr and left out."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for file in sorted(p for p in path.iterdir() if is_progress_candidate(p)):
                if starts_like_progress(file):
                    found.append(file)
                else:
                    _not_progress(file)
        elif path.is_file():
            found.append(path)  # named by the teacher: read, and told what it is if not progress
        else:
            raise CliError(f"{path}: no such file or folder", EXIT_NOT_FOUND)
    return list(dict.fromkeys(p.resolve() for p in found))


def _not_progress(path: Path) -> None:
    what = (
        "an exercise file, not a learner's progress file"
        if is_exercise_file(path)
        else "not a progress file (no 'learner:' or 'attempts:')"
    )
    print(f"tutor report: {path}: {what}; left out", file=sys.stderr)


def _summaries(
    learners: list[LearnerProgress], exercises: list[ExerciseSet]
) -> list[tuple[LearnerProgress, Summary]]:
    now = datetime.now(UTC)
    return [(p, summarise(p.attempts, review_queue(p, now, exercises=exercises))) for p in learners]


def _labels(learners: list[LearnerProgress]) -> dict[Path, str]:
    """Each learner as named in the report: the recorded name, and the file's name too when two
    files hold the same name ("Zoé (Zoé (copie).yaml)"). They are not merged: a copy may be a
    backup holding the same answers (merged, they would count twice) or another pupil of that
    name, and the teacher must know which file each row is to keep or remove one."""
    counts = Counter(p.learner.casefold() for p in learners)
    return {
        p.path: f"{p.learner} ({p.path.name})" if counts[p.learner.casefold()] > 1 else p.learner
        for p in learners
    }


def _rows(
    results: list[tuple[LearnerProgress, Summary]], labels: dict[Path, str]
) -> tuple[list[list[object]], list[str]]:
    medians = class_medians(summary for _, summary in results)
    rows: list[list[object]] = []
    behind: list[str] = []
    for progress, summary in results:
        for skill, tally in summary.by_skill.items():
            reason = behind_reason(tally, medians[skill])
            median = medians[skill]
            rows.append(
                [
                    labels[progress.path],
                    skill.value,
                    tally.attempts,
                    tally.accuracy,
                    tally.due,
                    reason,
                    median,
                ]
            )
            if reason:
                behind.append(
                    f"  {labels[progress.path]}: {skill.value} ({percent(tally.accuracy)}, "
                    f"class median {percent(median)}: {reason})"
                )
    return rows, behind


def run(args: argparse.Namespace) -> int:
    """Print the report; exit 1 when a path does not exist, 3 when a file could not be read
    (the others are still reported)."""
    # like `tutor progress`, the folder the app writes to unless told otherwise: a teacher
    # on the class computer need not know where that is
    default = not args.paths
    args.paths = args.paths or [progress_dir()]
    try:
        files = [] if default and not args.paths[0].is_dir() else _files(args.paths)
    except CliError as err:
        print(f"tutor report: {err}", file=sys.stderr)
        return err.code
    if not files:
        where = ", ".join(str(p) for p in args.paths)
        print(
            f"tutor report: no progress files found in {where} (a learner's file is "
            "<name>.yaml, written by the app; see `tutor progress --help` for where)",
            file=sys.stderr,
        )
        return EXIT_NOT_FOUND
    learners: list[LearnerProgress] = []
    status = 0
    for path in files:
        try:
            learners.append(read_progress_file(path))
        except CliError as err:
            print(f"tutor report: {err}", file=sys.stderr)
            status = EXIT_BAD_FILE
            continue
        for line in warning_lines(learners[-1]):
            print(f"tutor report: {line}", file=sys.stderr)
        if has_damage(learners[-1]):
            status = EXIT_BAD_FILE
    if not learners:
        return status  # no table of nobody, and no "Nobody is behind."
    exercises = load_exercises(a.exercise for p in learners for a in p.attempts)
    if args.items:
        print_items(learners, exercises, args.csv)
        return status
    rows, behind = _rows(_summaries(learners, exercises), _labels(learners))
    if args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(
            ["learner", "skill", "attempts", "accuracy", "items_due", "behind", "class_median"]
        )
        for learner, skill, attempts, accuracy, due, reason, median in rows:
            writer.writerow(
                [
                    spreadsheet_text(learner),
                    skill,
                    attempts,
                    "" if accuracy is None else f"{accuracy:.4f}",
                    due,
                    reason or "",
                    "" if median is None else f"{median:.4f}",
                ]
            )
        return status
    shown = [
        [learner, skill, attempts, percent(accuracy), due, "yes" if reason else ""]
        for learner, skill, attempts, accuracy, due, reason, _ in rows
    ]
    headers = ["Learner", "Skill", "Attempts", "Accuracy", "Due", "Behind"]
    print(f"Class report: {len(learners)} learner(s)\n")
    print(table(headers, shown, right={2, 3, 4}))
    print()
    print("Behind:" if behind else "Nobody is behind.")
    for line in behind:
        print(line)
    return status
