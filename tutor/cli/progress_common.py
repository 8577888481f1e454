"""What `tutor progress`, `review` and `report` share: finding a learner, tables, exit codes."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from datetime import timedelta
from pathlib import Path

from tutor.learners import (
    LearnerEntry,
    find_learner,
    last_learner,
    list_learners,
    loose_matches,
    progress_dir,
)
from tutor.model import ExerciseSet
from tutor.progress import (
    LearnerProgress,
    ProgressFileError,
    ProgressWarning,
    open_progress_file,
)

EXIT_NOT_FOUND = 1
"""No such learner, folder or file."""
EXIT_BAD_FILE = 3
"""A progress file that cannot be read."""


class CliError(Exception):
    """A problem to report in one line, with the exit status to use."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def add_learner_options(parser: argparse.ArgumentParser) -> None:
    """--learner and --progress-dir, the same for every learner command."""
    parser.add_argument(
        "--learner",
        metavar="NAME",
        help="whose progress (default: the last learner who used the app, or the only one); "
        "case and accents may be left out",
    )
    parser.add_argument(
        "--progress-dir",
        metavar="DIR",
        help="folder of progress files (default: $TUTOR_PROGRESS_DIR, else the user data folder)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def _named(entry: LearnerEntry, *, always: bool = False) -> str:
    """A learner as listed in a message: the name, and the file when it says more (a file
    whose recorded name is another's: "Zoé (Tom.yaml)")."""
    if always or entry.path.stem != entry.name:
        return f"{entry.name} ({entry.path.name})"
    return entry.name


def open_learner(args: argparse.Namespace) -> LearnerProgress:
    """The chosen learner's progress, read-only; CliError when there is none or it is broken."""
    folder = progress_dir(args.progress_dir)
    known = list_learners(folder)
    names = ", ".join(_named(e) for e in known) or "none"
    if args.learner:
        entry = find_learner(folder, args.learner)
        several = loose_matches(folder, args.learner) if entry is None else []
        if len(several) > 1:
            raise CliError(
                f"several learners match {args.learner!r} in {folder}: "
                f"{', '.join(_named(e, always=True) for e in several)}; "
                "give the name with its capitals and accents",
                EXIT_NOT_FOUND,
            )
        if entry is None:
            raise CliError(
                f"no progress for learner {args.learner!r} in {folder} (learners: {names})",
                EXIT_NOT_FOUND,
            )
    else:
        last = last_learner(folder)
        entry = find_learner(folder, last) if last else None
        if entry is None and len(known) == 1:
            entry = known[0]
        if entry is None:
            if not known:
                raise CliError(f"no learner's progress in {folder}", EXIT_NOT_FOUND)
            raise CliError(f"several learners in {folder}: choose one with --learner ({names})", 1)
    return read_progress_file(entry.path)


def is_exercise_file(path: Path) -> bool:
    """Whether a YAML file is an exercise file (top-level `article:` and `items:`): a teacher
    who points `report` at exercises/ is told so, not to repair learners' files."""
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:20_000]
    except OSError:
        return False
    keys = {line.split(":", 1)[0] for line in head.splitlines() if line[:1].isalpha()}
    return {"article", "items"} <= keys


def read_progress_file(path: Path) -> LearnerProgress:
    """A progress file, read-only; CliError with advice when it cannot be read."""
    if path.suffix != ".yaml":  # an article or a CSV given by mistake: nothing to move aside
        raise CliError(
            f"{path}: not a learner's progress file (those are <name>.yaml files, written by "
            "the app; see `tutor progress --help` for where)",
            EXIT_BAD_FILE,
        )
    if is_exercise_file(path):  # checked first: opening a record leaves its lock file
        raise CliError(
            f"{path}: an exercise file, not a learner's progress file; give the folder "
            "where the app keeps progress (see `tutor progress --help`)",
            EXIT_BAD_FILE,
        )
    try:
        return open_progress_file(path, salvage=True)
    except ProgressFileError as err:
        if err.newer:  # the app never moves such a file aside: its answers are fine
            raise CliError(f"{err}. The file was left as it is.", EXIT_BAD_FILE) from err
        raise CliError(
            f"{err}. The file was left as it is: open the learner in the app to move it aside "
            "and keep the answers that can still be read.",
            EXIT_BAD_FILE,
        ) from err
    except OSError as err:
        raise CliError(f"{path}: cannot read ({err.strerror})", EXIT_NOT_FOUND) from err


def warning_lines(progress: LearnerProgress) -> list[str]:
    """The file's warnings, in English, for stderr."""
    lines = []
    for warning in progress.warnings:
        if warning.kind == "torn_line":
            lines.append(f"warning: {progress.path}: last line incomplete (a crash?), ignored")
        elif warning.kind == "damaged":
            lines.append(_damaged_warning(progress, warning))
        else:
            lines.append(f"warning: {progress.path}: {warning.kind}")
    return lines


def _damaged_warning(progress: LearnerProgress, warning: ProgressWarning) -> str:
    """Where a learner's file is damaged and what the figures then count, in words a teacher
    can act on (PyYAML's 'while scanning for the next token' was all they read before)."""
    numbers = ", ".join(map(str, warning.lines[:5])) + (" …" if len(warning.lines) > 5 else "")
    where = f"line{'s' if len(warning.lines) > 1 else ''} {numbers}" if warning.lines else ""
    return (
        f"warning: {progress.path}: damaged at {where or 'its start'} (not written the way the "
        f"app writes answers; was it edited by hand?); the figures count the {warning.kept} "
        f"answers that can still be read, of {warning.found}. The file is left as it is: the "
        f"app repairs it when {progress.learner} next opens it, and keeps a copy of this one."
    )


def has_damage(progress: LearnerProgress) -> bool:
    """Whether the file was read in part only (the commands then exit with EXIT_BAD_FILE)."""
    return any(warning.kind == "damaged" for warning in progress.warnings)


def status_of(progress: LearnerProgress) -> int:
    """The exit status of a command that showed a learner: EXIT_BAD_FILE when the file was
    read in part only, as when it could not be read at all."""
    return EXIT_BAD_FILE if has_damage(progress) else 0


def load_exercises(names: Iterable[str]) -> list[ExerciseSet]:
    """The exercise files the attempts name, as they are now; files that cannot be loaded are
    skipped (their items are then judged by their latest recorded version)."""
    from tutor.exercise_io import ExerciseFileError, load_exercise_set
    from tutor.paths import project_paths

    paths = project_paths()
    loaded = []
    for name in sorted(set(names)):
        path = paths.exercises / name
        if not path.is_file():
            continue
        try:
            loaded.append(load_exercise_set(path, paths.content))
        except (ExerciseFileError, OSError, ValueError):
            continue
    return loaded


def missing_exercise_notes(names: Iterable[str]) -> list[str]:
    """A note for each exercise file the attempts name that is not in exercises/ any more (or
    not in the folder this run looks at): its items are judged by their last recorded
    version, so a removed lesson still counts, and its items still fall due."""
    from tutor.paths import project_paths

    folder = project_paths().exercises
    return [
        f"note: {name} is not in {folder}; its items are counted as last answered "
        "(a lesson removed or renamed, or another project folder)"
        for name in sorted(set(names))
        if not (folder / name).is_file()
    ]


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value: str) -> str:
    """Text a learner typed (a name, an answer), safe in a CSV opened in a spreadsheet: a cell
    that opens on = + - @ is run as a formula ('=HYPERLINK(…)' typed as an answer would run in
    the teacher's sheet); a leading ' keeps it text, as OWASP advises for CSV exports."""
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def percent(value: float | None) -> str:
    """An accuracy for a table: "75%", or "-" when there is nothing to measure."""
    return "-" if value is None else f"{value * 100:.0f}%"


def duration(delta: timedelta) -> str:
    """A short, readable length of time: "3 d 4 h", "2 h 5 min", "12 min", "now".

    A missed item is due a few minutes ahead of its time (`tutor.review.LEARN_AHEAD`): its
    negative delay reads "now", not "-1 d 23 h" (floor division of a few seconds below zero)."""
    minutes = max(int(delta.total_seconds() // 60), 0)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min" if minutes else "now"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], right: set[int]) -> str:
    """An aligned text table; columns whose index is in `right` are right-aligned."""
    cells = [[str(c) for c in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for row in cells:
        parts = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)
