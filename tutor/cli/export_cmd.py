"""`tutor export`: write an exercise file as a Moodle GIFT quiz, for a school's LMS."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tutor.atomic_files import write_atomically
from tutor.exercise_io import EXERCISE_SUFFIXES, check_exercise_file, exercise_files
from tutor.export_gift import GiftQuiz, export_gift
from tutor.paths import ProjectPaths, project_paths

GIFT_SUFFIX = ".gift"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """One exercise file (or --all), where to write, the format and the articles' folder."""
    parser.add_argument(
        "exercise_file",
        nargs="?",
        type=Path,
        metavar="EXERCISE_FILE",
        help="the exercise file, or its name in exercises/ (e.g. poutine-coree-du-nord)",
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="every exercise file of exercises/, one .gift file each in the -o folder",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="where to write: a file (default: the standard output), a folder with --all",
    )
    parser.add_argument(
        "--format",
        choices=["gift"],
        default="gift",
        help="the quiz format: gift, Moodle's plain-text import format (the default and only "
        "one); in Moodle: Question bank > Import > GIFT format",
    )
    parser.add_argument(
        "--content",
        type=Path,
        help="the articles' folder (default: the content/ beside the exercise file's folder, "
        "else content/)",
    )


def _find_exercise_file(given: Path, paths: ProjectPaths) -> Path | None:
    """The exercise file: as given, else by name in exercises/ (with or without `.yaml`)."""
    candidates = [given, paths.exercises / given]
    candidates += [paths.exercises / f"{given}{suffix}" for suffix in EXERCISE_SUFFIXES]
    return next((c for c in candidates if c.is_file()), None)


def _content_for(path: Path, given: Path | None, default: Path) -> Path:
    """Where a file's article is: --content, else the `content/` beside the file's folder,
    else the project's (as `tutor validate` finds it)."""
    if given is not None:
        return given
    beside = path.resolve().parent.parent / "content"
    return beside if beside.is_dir() else default


def _shown(path: Path) -> str:
    """A path relative to the current folder when it is inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _quiz(path: Path, content: Path) -> GiftQuiz | None:
    """The file's quiz, or None after printing why it cannot be exported (its errors)."""
    result = check_exercise_file(path, content)
    if not result.ok or result.exercise_set is None:
        for problem in result.problems:
            if problem.severity == "error":
                print(problem, file=sys.stderr)
        print(f"tutor export: {_shown(path)} is not exported: fix its errors", file=sys.stderr)
        return None
    for problem in result.problems:  # warnings: a changed article, say; the quiz is written
        print(problem, file=sys.stderr)
    quiz = export_gift(result.exercise_set, result.article, _shown(path))
    for note in quiz.notes:
        print(f"{_shown(path)}: {note}", file=sys.stderr)
    return quiz


def _write(quiz: GiftQuiz, out: Path) -> str | None:
    """Write the quiz; None when done, else why not in one line (an OSError was a traceback)."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(out, quiz.text.encode("utf-8"))
    except OSError as err:
        return f"tutor export: {_shown(out)}: cannot write the file ({err.strerror})"
    return None


def _export_all(args: argparse.Namespace, paths: ProjectPaths) -> int:
    if args.output is None:
        print("tutor export: --all needs -o FOLDER, where the .gift files go", file=sys.stderr)
        return 2
    if args.output.exists() and not args.output.is_dir():
        print(f"tutor export: {args.output} is a file; give a folder with --all", file=sys.stderr)
        return 2
    files = exercise_files(paths.exercises)
    if not files:
        print(f"tutor export: no exercise files in {_shown(paths.exercises)}", file=sys.stderr)
        return 1
    failed = 0
    for path in files:
        quiz = _quiz(path, _content_for(path, args.content, paths.content))
        if quiz is None:
            failed += 1
            continue
        out = args.output / f"{path.stem}{GIFT_SUFFIX}"
        failure = _write(quiz, out)
        if failure:
            print(failure, file=sys.stderr)
            failed += 1
            continue
        print(f"{_shown(out)}: {quiz.questions} questions", file=sys.stderr)
    print(f"{len(files) - failed} of {len(files)} files exported", file=sys.stderr)
    return 1 if failed else 0


def run(args: argparse.Namespace) -> int:
    """Write the quiz; exit 1 when a file cannot be exported, 2 for a wrong command line.
    Items GIFT cannot hold in full are named on the standard error, with their file."""
    paths = project_paths()
    if args.all:
        if args.exercise_file is not None:
            print("tutor export: give an exercise file or --all, not both", file=sys.stderr)
            return 2
        return _export_all(args, paths)
    if args.exercise_file is None:
        print("tutor export: give an exercise file, or --all -o FOLDER", file=sys.stderr)
        return 2
    path = _find_exercise_file(args.exercise_file, paths)
    if path is None and args.exercise_file.is_dir():
        print(
            f"tutor export: {args.exercise_file}: a folder; give one of its exercise files, "
            "or --all -o FOLDER for all of them",
            file=sys.stderr,
        )
        return 1
    if path is None:
        print(f"tutor export: {args.exercise_file}: no such exercise file", file=sys.stderr)
        return 1
    quiz = _quiz(path, _content_for(path, args.content, paths.content))
    if quiz is None:
        return 1
    if args.output is None or str(args.output) == "-":
        sys.stdout.write(quiz.text)
        return 0
    if args.output.is_dir():
        args.output = args.output / f"{path.stem}{GIFT_SUFFIX}"
    failure = _write(quiz, args.output)
    if failure:
        print(failure, file=sys.stderr)
        return 1
    print(f"{_shown(args.output)}: {quiz.questions} questions", file=sys.stderr)
    return 0
