"""`tutor validate`: check exercise files against the schema and their articles, and the
teacher's glossary, for teachers."""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path

from tutor.content import ARTICLE_SUFFIXES, ArticleError, list_articles, load_article
from tutor.exercise_io import (
    CheckResult,
    Problem,
    check_exercise_file,
    exercise_files,
    resolve_article_path,
)
from tutor.glossary_files import TEACHER_GLOSSARY_NAME, read_glossary_file
from tutor.paths import project_paths
from tutor.shared_lessons import shadowed_lessons, shadowed_message
from tutor.yaml_source import Position, YamlProblem, read_yaml_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Files or folders to check, and where the articles are."""
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="exercise files or folders (default: exercises/); an article or content/ has "
        "its articles checked",
    )
    parser.add_argument(
        "--content",
        type=Path,
        help="the articles' folder (default: the content/ beside the exercise file's folder, "
        "else content/)",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print problems only, no summary"
    )


def _files(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    files: list[Path] = []
    missing: list[Problem] = []
    for path in paths:
        if path.is_dir():
            # content/ given: its articles, read as the app reads them (it said "no exercise
            # files found", status 0)
            # and the teacher's glossary there is checked as one, not as an exercise file
            lessons = [f for f in exercise_files(path) if f.name != TEACHER_GLOSSARY_NAME]
            files.extend(lessons or list_articles(path))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(Problem(path, Position(1, 1), "no such file or folder"))
    # a file named twice ('exercises exercises/x.yaml') was checked twice, and warned that
    # the app hides it behind itself
    unique: dict[Path, Path] = {}
    for path in files:
        unique.setdefault(path.resolve(), path)
    return list(unique.values()), missing


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _shown(problem: Problem) -> Problem:
    """The problem with its file relative to the current folder when it is inside it, so the
    lines stay short and editors open them from the terminal."""
    if not problem.file.is_absolute():
        return problem
    try:
        return replace(problem, file=problem.file.relative_to(Path.cwd()))
    except ValueError:
        return problem


def _check(path: Path, content: Path) -> CheckResult:
    try:
        return check_exercise_file(path, content)
    except Exception as err:  # a bug of ours must not hide the other files' results
        problem = Problem(
            path, Position(1, 1), f"could not be checked ({type(err).__name__}: {err})"
        )
        return CheckResult(path, None, (problem,))


def _article_problems(path: Path) -> list[Problem]:
    """An article given to validate, read as the app reads it: read as exercise YAML, a good
    article was "'Le conseil …' has no ':' after it"."""
    try:
        load_article(path)
    except ArticleError as err:
        detail = str(err).removeprefix(f"{path}:")
        line, colon, rest = detail.partition(": ")
        if colon and line.isdigit():
            return [Problem(path, Position(int(line), 1), rest)]
        return [Problem(path, Position(1, 1), detail.strip())]
    return []


def _content_for(path: Path, given: Path | None, default: Path) -> Path:
    """Where a file's article is: --content, else the `content/` beside the file's folder (a
    teacher's own `exercises/` checked from another folder), else the project's."""
    if given is not None:
        return given
    beside = path.resolve().parent.parent / "content"
    return beside if beside.is_dir() else default


def _glossary_problems(content: Path) -> list[Problem]:
    """The teacher's glossary is checked with the exercises: its definitions feed their items."""
    path = content / TEACHER_GLOSSARY_NAME
    if not path.is_file():
        return []
    return [
        Problem(problem.file, problem.position, problem.message)
        for problem in read_glossary_file(path).problems
    ]


def _shadowed_problems(results: list[tuple[CheckResult, Path]]) -> list[Problem]:
    """A warning on each file of an `exercises/` folder that the app will not show, because
    another file there is a lesson of the same article; `results` come with their content
    folder."""
    pairs: dict[Path, list[tuple[Path, Path]]] = {}
    for result, content in results:
        if result.exercise_set is None or result.path.resolve().parent.name != "exercises":
            continue
        article = resolve_article_path(content, result.exercise_set.article_path)
        if article is not None:
            pairs.setdefault(result.path.resolve().parent, []).append((result.path, article))
    problems = []
    for folder_pairs in pairs.values():
        for hidden, shown, article in shadowed_lessons(folder_pairs):
            try:
                where = read_yaml_file(hidden).position(("article", "path"))
            except YamlProblem:
                where = Position(1, 1)
            message = shadowed_message(shown, article)
            problems.append(Problem(hidden, where, message, "article.path", "warning"))
    return problems


_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def printable(line: str) -> str:
    """The line with control characters written as escapes: a value holding "\x1b[31m"
    (a YAML escape) was sent to the terminal, which coloured the rest and hid it from the
    message, and a newline would cut a file:line:column line in two."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", line)


def run(args: argparse.Namespace) -> int:
    """Print every problem as file:line:column; exit 1 when any file has an error (the
    exercise files', or the teacher's glossary in the content folder)."""
    paths = project_paths()
    if args.content is not None and not args.content.is_dir():
        # else every file said "article '…' not found in nope", one line each
        print(f"tutor validate: --content {args.content}: no such folder", file=sys.stderr)
        return 1
    files, missing_paths = _files(args.paths or [paths.exercises])
    problems = list(missing_paths)
    folders = {_content_for(path, args.content, paths.content) for path in files}
    valid = 0
    results = []
    for path in files:
        if path.suffix in ARTICLE_SUFFIXES:
            found = _article_problems(path)
            problems.extend(found)
            valid += not found
            continue
        content = _content_for(path, args.content, paths.content)
        result = _check(path, content)
        problems.extend(result.problems)
        valid += result.ok
        results.append((result, content))
    problems.extend(_shadowed_problems(results))
    glossary_problems = [
        problem
        for content in sorted(folders or {args.content or paths.content})
        for problem in _glossary_problems(content)
    ]
    problems.extend(glossary_problems)
    invalid = len(files) - valid + len(missing_paths) + bool(glossary_problems)
    for problem in problems:
        print(printable(str(_shown(problem))))
    if not args.quiet:
        errors = sum(p.severity == "error" for p in problems)
        warnings = len(problems) - errors
        print(
            f"{_count(len(files), 'file')} checked, {valid} valid; "
            f"{_count(errors, 'error')}, {_count(warnings, 'warning')}",
            file=sys.stderr,
        )
    if not files and not problems:
        print("no exercise files found", file=sys.stderr)
    return 1 if invalid else 0
