"""`tutor generate`: write the exercise file of an article, or of every article without one."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from tutor.cli.article_args import article_refusal, not_plain_files, other_kind_of
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
    """The article file: as given, else by name in content/ or a folder of it (with or
    without its suffix: `bretagne/tram` is `content/bretagne/tram.txt`)."""
    candidates = [given, paths.content / given]
    for suffix in ARTICLE_SUFFIXES:
        candidates += [Path(f"{given}{suffix}"), paths.content / f"{given}{suffix}"]
    return next((c for c in candidates if c.is_file()), None)


def _lesson_of_another_article(out: Path, reference: str) -> str | None:
    """Why `out` must not be replaced: it is the lesson of another article with the same name
    (content/tram.txt and content/bretagne/tram.txt both make exercises/tram.yaml)."""
    from tutor.yaml_source import YamlProblem, read_yaml_file

    if not out.is_file():
        return None
    try:
        data = read_yaml_file(out).data
    except YamlProblem:
        return None  # generation says what is wrong with the file
    ref = data.get("article") if isinstance(data, dict) else None
    other = ref.get("path") if isinstance(ref, dict) else None
    if not isinstance(other, str) or other == reference:
        return None
    return (
        f"{_shown(out)} is the lesson of the article {other!r}, not of {reference!r}; it is "
        f"kept as it is. Write this one elsewhere with -o {_shown(_free_name(out, reference))}, "
        "or use --force to replace it."
    )


def _reference(article: Path, content: Path | None) -> str:
    """The `article.path` generation writes for this article (tutor.generate.document's
    `article_reference`): relative to content/, else the file name."""
    if content is not None:
        try:
            return article.resolve().relative_to(content.resolve()).as_posix()
        except ValueError:
            pass
    return article.name


def _free_name(out: Path, reference: str) -> Path:
    """A file name for the lesson of `reference` beside `out` that no file has yet:
    `bretagne-tram.yaml` for bretagne/tram.txt, else `tram-2.yaml`."""
    wanted = out.with_name(Path(reference).with_suffix("").as_posix().replace("/", "-") + ".yaml")
    if not wanted.exists():
        return wanted
    number = 2
    while out.with_name(f"{out.stem}-{number}{out.suffix}").exists():
        number += 1
    return out.with_name(f"{out.stem}-{number}{out.suffix}")


def _lesson_in_folder(article: Path, paths: ProjectPaths, claimed: set[Path]) -> Path:
    """The lesson of an article in a folder of content/, as the app names it: the plain name
    (exercises/tram.yaml for content/bretagne/tram.txt) unless an article of content/ or another
    article's lesson has it, then exercises/bretagne-tram.yaml; never the other's file."""
    out = paths.exercise_file_for(article)
    reference = _reference(article, paths.content)
    if out not in claimed and not _lesson_of_another_article(out, reference):
        return out
    return paths.exercises / (
        Path(reference).with_suffix("").as_posix().replace("/", "-") + ".yaml"
    )


def _home_of(article: Path, paths: ProjectPaths) -> ProjectPaths:
    """The project an article belongs to: the current one, or, for an article in another
    `content/` folder (a teacher's own, named from elsewhere), the folder that holds it, so its
    exercise file goes to the `exercises/` beside it and not into this project."""
    folder = article.resolve().parent
    if folder.is_relative_to(paths.content) or folder.name != "content":
        return paths
    return ProjectPaths(folder.parent)


def _shown(path: Path) -> Path:
    """A path as the teacher would type it: relative to the current folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def _error(message: str) -> int:
    print(f"tutor generate: {message}", file=sys.stderr)
    return 1


def _report(result: object) -> None:
    from tutor.generate.run import GenerationResult

    assert isinstance(result, GenerationResult)
    verb = "replaced" if result.replaced else "wrote"
    print(f"{verb} {replace(result, path=_shown(result.path)).summary()}")
    for warning in result.warnings:
        print(f"  warning: {warning}", file=sys.stderr)


def _run_all(args: argparse.Namespace, paths: ProjectPaths) -> int:
    from tutor.generate.batch import GenerationInterrupted, generate_many

    if args.output is not None:
        return _error("--all writes one file per article in exercises/; -o cannot be used")
    articles = list_articles(paths.content, nested=True)
    not_plain = not_plain_files(paths.content)  # budget.docx: told, not left out silently
    for path in not_plain:
        print(f"tutor generate: {article_refusal(path)}", file=sys.stderr)
    if not articles:
        return 1 if not_plain else _error(f"no articles in {paths.content}")
    jobs = []
    claimed = {paths.exercise_file_for(a) for a in articles if a.parent == paths.content}
    for article in articles:
        out = paths.exercise_file_for(article)
        if article.parent != paths.content:
            out = _lesson_in_folder(article, paths, claimed)
            claimed.add(out)
        if out.exists() and not args.force:
            print(f"skipped {_reference(article, paths.content)}: {_shown(out)} exists")
        else:
            jobs.append((article, out))
    if not jobs:
        print("nothing to do: every article has an exercise file")
        return 1 if not_plain else 0
    try:
        outcomes = generate_many(
            jobs, seed=args.seed, force=args.force, content_dir=paths.content, progress=None
        )
    except GenerationInterrupted as stop:
        for outcome in stop.written:  # what Ctrl-C did not undo
            _report(outcome.result)
        print(f"interrupted: {len(stop.written)} file(s) written", file=sys.stderr)
        return 130
    failed = len(not_plain)
    for outcome in outcomes:
        if outcome.result is not None:
            _report(outcome.result)
        else:
            failed += 1
            print(f"tutor generate: {outcome.error}", file=sys.stderr)
    written = sum(outcome.result is not None for outcome in outcomes)
    print(f"{written} file(s) written, {failed} failed", file=sys.stderr)
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
            folder = next(
                (f for f in (args.article, paths.content / args.article) if f.is_dir()), None
            )
            if folder is not None:
                return _error(f"{article_refusal(folder)}, or --all for every article")
            other = other_kind_of(str(args.article), paths.content)
            if other is not None:
                return _error(str(article_refusal(other)))
            return _error(f"{args.article}: no such article (looked in {paths.content} too)")
        refusal = article_refusal(article)
        if refusal:
            return _error(refusal)
        home = _home_of(article, paths)
        out = args.output or home.exercise_file_for(article)
        content = home.content if article.resolve().is_relative_to(home.content) else None
        if not args.force:
            refusal = _lesson_of_another_article(out, _reference(article, content))
            if refusal:
                return _error(refusal)
        result = generate_exercise_file(
            article, out, seed=args.seed, force=args.force, content_dir=content
        )
    except GenerationError as err:
        return _error(str(err))
    _report(result)
    return 0
