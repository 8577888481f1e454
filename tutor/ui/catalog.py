"""The library's content: every article of `content/` with its exercise file, or why it has none.

Loading never raises: a broken exercise file or article becomes an entry marked unavailable with
the first problem (file:line:column), so one teacher's typo never hides the other lessons.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tutor.content import ArticleError, list_articles, load_article
from tutor.exercise_io import check_exercise_file, exercise_files, resolve_article_path
from tutor.model import Article, ExerciseSet
from tutor.paths import ProjectPaths


@dataclass(frozen=True)
class LibraryEntry:
    """One article as the library lists it.

    `exercise_set` is None when there is no usable exercise file; `problem` then says why when
    a file exists but cannot be used, and `exercise_path` is where a generated file would go.
    """

    article_path: Path
    title: str
    exercise_path: Path
    article: Article | None = None
    exercise_set: ExerciseSet | None = None
    problem: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def slug(self) -> str:
        return self.article_path.stem

    @property
    def published(self) -> date | None:
        return self.article.published if self.article else None

    @property
    def level(self) -> str | None:
        return self.article.level if self.article else None

    @property
    def item_count(self) -> int:
        return len(self.exercise_set.items) if self.exercise_set else 0

    @property
    def ready(self) -> bool:
        return self.article is not None and self.exercise_set is not None

    @property
    def can_generate(self) -> bool:
        """Only an article with no exercise file at all is offered generation: a broken file is
        a teacher's work in progress and must not be overwritten from the app."""
        return self.article is not None and self.problem is None and self.exercise_set is None


@dataclass(frozen=True)
class Catalog:
    """The library: entries in article order, and the problems worth a notification."""

    entries: tuple[LibraryEntry, ...]
    problems: tuple[str, ...] = field(default=())

    def entry(self, slug: str) -> LibraryEntry | None:
        return next((e for e in self.entries if e.slug == slug), None)


def _exercise_files_by_article(paths: ProjectPaths) -> dict[Path, Path]:
    """Which exercise file serves which article: by the file's `article.path` when it can be read,
    else by the shared file name (`exercises/<article stem>.yaml`).

    Only the path is wanted here, not where values stand: libyaml's loader reads it several
    times faster than the pure-Python one, and a file it cannot read falls back on its name
    (its problems, with their positions, come from `check_exercise_file`)."""
    import yaml

    found: dict[Path, Path] = {}
    for file in exercise_files(paths.exercises):
        target = paths.content / f"{file.stem}.txt"
        try:
            text = file.read_text("utf-8")
            data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
            ref = data["article"]["path"]
            resolved = resolve_article_path(paths.content, str(ref))
            if resolved is not None:
                target = resolved
        except Exception:
            for suffix in (".txt", ".md"):
                if (paths.content / f"{file.stem}{suffix}").is_file():
                    target = (paths.content / f"{file.stem}{suffix}").resolve()
        found.setdefault(target.resolve(), file)
    return found


def load_entry(article_path: Path, exercise_path: Path | None, paths: ProjectPaths) -> LibraryEntry:
    """One library entry; every failure is turned into `problem`."""
    default_exercise = exercise_path or paths.exercise_file_for(article_path)
    try:
        article = load_article(article_path)
    except ArticleError as err:
        return LibraryEntry(article_path, article_path.stem, default_exercise, problem=str(err))
    if exercise_path is None:
        return LibraryEntry(article_path, article.title, default_exercise, article)
    try:
        result = check_exercise_file(exercise_path, paths.content)
    except Exception as err:  # a bug in the loader must not take the library down
        problem = f"{exercise_path}:1:1: {type(err).__name__}: {err}"
        return LibraryEntry(article_path, article.title, exercise_path, article, problem=problem)
    errors = [p for p in result.problems if p.severity == "error"]
    warnings = tuple(str(p) for p in result.problems if p.severity != "error")
    if errors or result.exercise_set is None:
        first = str(errors[0]) if errors else f"{exercise_path}:1:1: unusable"
        return LibraryEntry(
            article_path, article.title, exercise_path, article, problem=first, warnings=warnings
        )
    return LibraryEntry(
        article_path, article.title, exercise_path, article, result.exercise_set, None, warnings
    )


def load_catalog(paths: ProjectPaths) -> Catalog:
    """Every article with its exercises; slow parts (YAML, schema) run here, off the UI thread."""
    by_article = _exercise_files_by_article(paths)
    entries = [
        load_entry(article, by_article.get(article.resolve()), paths)
        for article in list_articles(paths.content)
    ]
    problems = tuple(e.problem for e in entries if e.problem)
    return Catalog(tuple(entries), problems)


def shown_problem(problem: str, paths: ProjectPaths) -> str:
    """A problem as the app shows it: its file named from the project folder
    (`exercises/x.yaml:44:11`), not by an absolute path that wraps in the middle of its name."""
    return problem.replace(f"{paths.home}{os.sep}", "")
