"""`tutor generate`: write the exercise file of an article, or of every article without one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tutor.content import ARTICLE_SUFFIXES, list_articles
from tutor.paths import ProjectPaths, project_paths


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """One article (or --all), where to write, the seed, and --force for edited files."""
    parser.add_argument(
        "article",
        nargs="?",
        type=Path,
        metavar="ARTICLE",
        help="the article file, or its name in content/ (e.g. poutine-coree-du-nord)",
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="every article of content/ that has no exercise file yet (one model load)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="where to write (default: exercises/<article name>.yaml, beside the article's "
        "content/ folder)",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=0,
        help="choice of items and order of options; the same seed gives the same file",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace the exercise file even if a teacher has edited it",
    )


def _find_article(given: Path, paths: ProjectPaths) -> Path | None:
    """The article file: as given, else by name in content/ (with or without its suffix)."""
    candidates = [given, paths.content / given]
    candidates += [paths.content / f"{given.name}{suffix}" for suffix in ARTICLE_SUFFIXES]
    return next((c for c in candidates if c.is_file()), None)


def _home_of(article: Path, paths: ProjectPaths) -> ProjectPaths:
    """The project an article belongs to: the current one, or, for an article in another
    `content/` folder (a teacher's own, named from elsewhere), the folder that holds it, so its
    exercise file goes to the `exercises/` beside it and not into this project."""
    folder = article.resolve().parent
    if folder.is_relative_to(paths.content) or folder.name != "content":
        return paths
    return ProjectPaths(folder.parent)


def _error(message: str) -> int:
    print(f"tutor generate: {message}", file=sys.stderr)
    return 1


def _report(result: object) -> None:
    from tutor.generate.run import GenerationResult

    assert isinstance(result, GenerationResult)
    verb = "replaced" if result.replaced else "wrote"
    print(f"{verb} {result.summary()}")
    for warning in result.warnings:
        print(f"  warning: {warning}", file=sys.stderr)


def _run_all(args: argparse.Namespace, paths: ProjectPaths) -> int:
    from tutor.generate.run import GenerationInterrupted, generate_many

    if args.output is not None:
        return _error("--all writes one file per article in exercises/; -o cannot be used")
    articles = list_articles(paths.content)
    if not articles:
        return _error(f"no articles in {paths.content}")
    jobs = []
    for article in articles:
        out = paths.exercise_file_for(article)
        if out.exists() and not args.force:
            print(f"skipped {article.name}: {out} exists")
        else:
            jobs.append((article, out))
    if not jobs:
        print("nothing to do: every article has an exercise file")
        return 0
    try:
        outcomes = generate_many(
            jobs, seed=args.seed, force=args.force, content_dir=paths.content, progress=None
        )
    except GenerationInterrupted as stop:
        for outcome in stop.written:  # what Ctrl-C did not undo
            _report(outcome.result)
        print(f"interrupted: {len(stop.written)} file(s) written", file=sys.stderr)
        return 130
    failed = 0
    for outcome in outcomes:
        if outcome.result is not None:
            _report(outcome.result)
        else:
            failed += 1
            print(f"tutor generate: {outcome.error}", file=sys.stderr)
    print(f"{len(outcomes) - failed} file(s) written, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def run(args: argparse.Namespace) -> int:
    """Write the file(s) and print what was written; exit 1 on any refusal or failure."""
    from tutor.generate.run import GenerationError, generate_exercise_file

    paths = project_paths()
    try:
        if args.all:
            if args.article is not None:
                return _error("give an ARTICLE or --all, not both")
            return _run_all(args, paths)
        if args.article is None:
            return _error("give an ARTICLE (a file of content/) or --all")
        article = _find_article(args.article, paths)
        if article is None:
            return _error(f"{args.article}: no such article (looked in {paths.content} too)")
        home = _home_of(article, paths)
        out = args.output or home.exercise_file_for(article)
        content = home.content if article.resolve().is_relative_to(home.content) else None
        result = generate_exercise_file(
            article, out, seed=args.seed, force=args.force, content_dir=content
        )
    except GenerationError as err:
        return _error(str(err))
    _report(result)
    return 0
