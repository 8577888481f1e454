"""The library's content: every article of `content/` with its exercise file, or why it has none.

Loading never raises: a broken exercise file or article becomes an entry marked unavailable with
the first problem (file:line:column), so one teacher's typo never hides the other lessons.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.model import Article, ExerciseSet
    from tutor.paths import ProjectPaths

# The modules that read and check lessons (YAML, schema, rules) are imported by the functions
# that use them: a catalog kept from the last run (catalog_cache) needs none of them.


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
    folder: str = ""
    """The folder of content/ the article is in ("cm2"), "" for content/ itself."""
    broken_file: bool = False
    """The problem is in the exercise file (a teacher fixes it there), not in the article."""

    @property
    def slug(self) -> str:
        """The article's name in content/, unique: "tram", or "cm2/tram" in a folder."""
        return f"{self.folder}/{self.article_path.stem}" if self.folder else self.article_path.stem

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


def _exercise_files_by_article(paths: ProjectPaths) -> tuple[dict[Path, Path], tuple[str, ...]]:
    """Which exercise file serves which article: by the file's `article.path` when it can be read,
    else by the shared file name (`exercises/<article stem>.yaml`); and a line for the teacher
    per file left out because an earlier file by name serves its article (one lesson per
    article; `tutor validate` warns of the same).

    Only the path is wanted here, not where values stand: libyaml's loader reads it several
    times faster than the pure-Python one, and a file it cannot read falls back on its name
    (its problems, with their positions, come from `check_exercise_file`)."""
    import yaml

    from tutor.exercise_io import exercise_files, resolve_article_path
    from tutor.shared_lessons import shadowed_lessons, shadowed_message

    pairs: list[tuple[Path, Path]] = []
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
        pairs.append((file, target.resolve()))
    found: dict[Path, Path] = {}
    for file, article in pairs:
        found.setdefault(article, file)
    notes = tuple(
        f"{hidden}:1:1: warning: article.path: {shadowed_message(shown, article)}"
        for hidden, shown, article in shadowed_lessons(pairs)
    )
    return found, notes


def load_entry(
    article_path: Path,
    exercise_path: Path | None,
    paths: ProjectPaths,
    default_exercise: Path | None = None,
) -> LibraryEntry:
    """One library entry; every failure is turned into `problem`. `default_exercise` is where
    a lesson generated from the app goes when the article has none yet."""
    from tutor.article_checks import text_problem
    from tutor.content import ArticleError, load_article
    from tutor.exercise_io import check_exercise_file

    folder = _folder_of(article_path, paths)
    default = exercise_path or default_exercise or paths.exercise_file_for(article_path)
    try:
        article = load_article(article_path)
    except ArticleError as err:
        return LibraryEntry(
            article_path, article_path.stem, default, problem=str(err), folder=folder
        )
    if exercise_path is None:
        # an article no lesson can come from says so now, not after a wait on "g"
        problem = text_problem(article)
        return LibraryEntry(
            article_path, article.title, default, article, problem=problem, folder=folder
        )
    try:
        result = check_exercise_file(exercise_path, paths.content)
    except Exception as err:  # a bug in the loader must not take the library down
        problem = f"{exercise_path}:1:1: {type(err).__name__}: {err}"
        return LibraryEntry(
            article_path,
            article.title,
            exercise_path,
            article,
            problem=problem,
            folder=folder,
            broken_file=True,
        )
    errors = [p for p in result.problems if p.severity == "error"]
    warnings = tuple(str(p) for p in result.problems if p.severity != "error")
    if errors or result.exercise_set is None:
        first = str(errors[0]) if errors else f"{exercise_path}:1:1: unusable"
        return LibraryEntry(
            article_path,
            article.title,
            exercise_path,
            article,
            problem=first,
            warnings=warnings,
            folder=folder,
            broken_file=True,
        )
    return LibraryEntry(
        article_path,
        article.title,
        exercise_path,
        article,
        result.exercise_set,
        None,
        warnings,
        folder,
    )


def _folder_of(article_path: Path, paths: ProjectPaths) -> str:
    """ "cm2" for content/cm2/tram.txt, "" for an article of content/ itself (or elsewhere)."""
    try:
        folder = article_path.parent.resolve().relative_to(paths.content.resolve()).as_posix()
    except ValueError:
        return ""
    return "" if folder == "." else folder


def load_catalog(paths: ProjectPaths) -> Catalog:
    """Every article of content/ and of its folders, with its exercises; slow parts (YAML,
    schema) run here, off the UI thread, and only when a file changed since the last run."""
    from tutor.ui import catalog_cache

    try:
        kept = catalog_cache.read(paths)
        before = catalog_cache.snapshot(paths) if kept is None else None
    except OSError:  # no current folder, say: the cache only ever saves time
        kept = before = None
    if kept is not None:
        return kept
    catalog = _read_catalog(paths)
    if before is not None:
        catalog_cache.write(paths, before, catalog)
    return catalog


def _read_catalog(paths: ProjectPaths) -> Catalog:
    from tutor.content import list_articles

    by_article, shadowed = _exercise_files_by_article(paths)
    articles = list_articles(paths.content, nested=True)
    taken = {f.resolve() for f in by_article.values()} | {
        paths.exercise_file_for(a).resolve() for a in articles if a.parent == paths.content
    }
    entries = []
    for article in articles:
        exercise = by_article.get(article.resolve())
        default = None
        if exercise is None and article.parent != paths.content:
            default = _free_exercise_file(article, paths, taken)
            taken.add(default.resolve())
        entries.append(load_entry(article, exercise, paths, default))
    problems = tuple(e.problem for e in entries if e.problem) + shadowed
    return Catalog(tuple(entries), problems)


def _free_exercise_file(article: Path, paths: ProjectPaths, taken: set[Path]) -> Path:
    """Where the lesson of an article in a folder of content/ goes, named as `tutor generate`
    names it: `exercises/tram.yaml` for content/cm2/tram.txt, or `exercises/cm2-tram.yaml`
    when that name is another article's (content/tram.txt), so neither replaces the other."""
    plain = paths.exercise_file_for(article)
    if plain.resolve() not in taken and not plain.exists():
        return plain
    name = article.relative_to(paths.content).with_suffix("").as_posix().replace("/", "-")
    return paths.exercises / f"{name}.yaml"


def shown_problem(problem: str, paths: ProjectPaths) -> str:
    """A problem as the app shows it: its file named from the project folder
    (`exercises/x.yaml:44:11`), not by an absolute path that wraps in the middle of its name."""
    return problem.replace(f"{paths.home}{os.sep}", "")
