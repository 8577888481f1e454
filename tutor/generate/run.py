"""Writing exercise files: extraction (imported lazily), generation, checks, and safe overwrites.

Used by `tutor generate` and by the app, which calls `generate_exercise_file` in a worker thread;
every failure a user can cause is a `GenerationError` with a message to act on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from tutor.article_checks import text_problem
from tutor.content import ArticleError, load_article
from tutor.exercise_io import normalise_for_search
from tutor.exercise_writer import without_schema_comment
from tutor.generate import generate_document
from tutor.generate.check import item_problems
from tutor.generate.document import content_hash, dump_document, items_hash, stamped
from tutor.glossary import Glossary
from tutor.glossary_files import load_glossary
from tutor.model import Article
from tutor.yaml_source import YamlProblem, read_yaml_file

if TYPE_CHECKING:
    from tutor.facts import ArticleFacts

Progress = Callable[[str], None]


class GenerationError(Exception):
    """Generation cannot go on; the message says why and what to do."""


class EditedFileError(GenerationError):
    """The exercise file was changed by hand since it was generated."""


@dataclass(frozen=True)
class GenerationResult:
    """What was written: where, how many items per skill and per type, and any warnings."""

    path: Path
    article: Path
    items: int
    by_skill: dict[str, int] = field(default_factory=dict)
    by_type: dict[str, int] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    replaced: bool = False

    def summary(self) -> str:
        skills = ", ".join(f"{skill} {n}" for skill, n in sorted(self.by_skill.items()))
        return f"{self.path}: {self.items} items ({skills})"


def say(progress: Progress | None, message: str) -> None:
    if progress is not None:
        progress(message)


def read_generated_state(path: Path) -> tuple[str | None, str | None]:
    """(stored fingerprint, fingerprint of what the file holds now); (None, None) when the file
    is unreadable or was not generated. The fingerprint covers the items, title, defaults and
    article (older files: the items only); a file whose text is not what tutor writes for its
    data (a comment added, the layout changed) counts as edited: its current one is None."""
    try:
        doc = read_yaml_file(path)
    except YamlProblem:
        return None, None
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        return None, None
    generated = data.get("generated")
    if not isinstance(generated, dict):
        return None, None
    if generated.get("content_hash"):
        stored, current = str(generated["content_hash"]), content_hash(data)
    elif generated.get("items_hash"):  # written before content hashes
        stored, current = str(generated["items_hash"]), items_hash(data["items"])
    else:
        return None, None
    written, text = _as_written(data), _text_of(path)
    if written is None or text is None or written != without_schema_comment(text):
        return stored, None
    return stored, current


def _text_of(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _as_written(data: dict[str, Any]) -> str | None:
    """The text tutor generate writes for this document, after the schema comment (which only
    says where the file is); None if it cannot be written."""
    try:
        return without_schema_comment(dump_document(data))
    except yaml.YAMLError:
        return None


def ensure_replaceable(path: Path, force: bool) -> bool:
    """Whether `path` exists (and will be replaced); raises EditedFileError when a teacher
    edited it (or wrote it by hand) and `force` is not given."""
    if not path.exists():
        return False
    if force:
        return True
    if not path.is_file():
        raise GenerationError(f"{path} exists and is not a file")
    stored, current = read_generated_state(path)
    if stored is None:
        raise EditedFileError(
            f"{path} was not written by tutor generate (or is not a valid exercise file); "
            "it is kept as it is. Use --force to replace it, or -o to write elsewhere."
        )
    if stored != current:
        raise EditedFileError(
            f"{path} has been edited since it was generated; it is kept as it is. "
            "Use --force to replace it (the edits will be lost), or -o to write elsewhere."
        )
    return True


def check_text(article: Article) -> None:
    """Refuse texts that cannot give exercises: empty, too long, or not French."""
    problem = text_problem(article)
    if problem is not None:
        raise GenerationError(problem)


def read_article(path: Path) -> Article:
    """The article at `path`, checked for generation; problems become GenerationErrors."""
    if not path.is_file():
        raise GenerationError(f"{path}: no such article file")
    try:
        article = load_article(path)
    except ArticleError as err:
        raise GenerationError(str(err)) from err
    check_text(article)
    return article


def checked_document(doc: dict[str, Any], article: Article) -> tuple[dict[str, Any], list[str]]:
    """The document without any item that breaks the format's rules, and what was dropped.

    Generation should never produce such an item; this is the guarantee that a generated file
    always passes `tutor validate`, whatever the facts were.
    """
    body = normalise_for_search(article.body)
    kept, dropped = [], []
    for item in doc["items"]:
        problems = item_problems(item, body)
        if problems:
            dropped.append(f"item {item.get('id')} left out: {problems[0]}")
        else:
            kept.append(item)
    if not kept:
        raise GenerationError(f"{article.path}: no exercise could be made from this text")
    if dropped:
        doc = stamped({**doc, "items": kept})
    return doc, dropped


def write_document(
    doc: dict[str, Any], article: Article, out_path: Path, replaced: bool, warnings: Sequence[str]
) -> GenerationResult:
    """Check and write a document atomically; the result says what the file holds."""
    doc, dropped = checked_document(doc, article)
    write_exercise_text(out_path, dump_document(doc, out_path.parent))
    return result_of(doc, article, out_path, replaced, (*warnings, *dropped))


def write_exercise_text(out_path: Path, text: str) -> None:
    from tutor.exercise_writer import write_text_atomically

    try:
        write_text_atomically(out_path, text)
    except OSError as err:
        # "cannot write the file (File exists)" of exercises/ made a file by mistake
        blocking = next((p for p in out_path.parents if p.exists() and not p.is_dir()), None)
        if blocking is not None:
            raise GenerationError(
                f"{out_path}: cannot write the file: {blocking} is a file, where a folder "
                "should be; rename or remove it"
            ) from err
        raise GenerationError(f"{out_path}: cannot write the file ({err.strerror})") from err


def result_of(
    doc: dict[str, Any], article: Article, out_path: Path, replaced: bool, warnings: Sequence[str]
) -> GenerationResult:
    items = doc["items"]
    return GenerationResult(
        path=out_path,
        article=article.path,
        items=len(items),
        by_skill=dict(Counter(i["skill"] for i in items)),
        by_type=dict(Counter(i["type"] for i in items)),
        warnings=tuple(warnings),
        replaced=replaced,
    )


def extraction_package() -> Any:
    """The extraction package, imported on first use (it loads spaCy)."""
    try:
        import tutor.extract as extraction
    except ImportError as err:
        raise GenerationError(
            f"extraction is not available ({err}); install the project with `make test` "
            "or `pip install -e .`"
        ) from err
    return extraction


def run_extraction(call: Callable[[], Any]) -> Any:
    """Run an extraction call; input it refuses and a missing model become GenerationErrors."""
    try:
        return call()
    except Exception as err:
        if type(err).__name__ in ("ExtractionError", "ModelMissingError"):
            raise GenerationError(str(err)) from err
        raise


def _extract_one(article: Article, progress: Progress | None) -> ArticleFacts:
    say(progress, "Chargement du modèle de langue…")
    extraction = extraction_package()
    say(progress, "Analyse de l'article…")
    return run_extraction(lambda: extraction.extract_facts(article))


def generate_exercise_file(
    article_path: Path,
    out_path: Path,
    seed: int = 0,
    force: bool = False,
    progress: Progress | None = None,
    content_dir: Path | None = None,
    glossary: Glossary | None = None,
) -> GenerationResult:
    """Extract, generate and write the exercise file of one article.

    Refuses (EditedFileError) to replace a file a teacher has edited unless `force`; a file
    that is exactly as generated is simply regenerated. Safe to call from a worker thread.
    """
    say(progress, "Lecture de l'article…")
    article = read_article(article_path)
    replaced = ensure_replaceable(out_path, force)
    if glossary is None:
        glossary = load_glossary(content_dir or article_path.parent)
    facts = _extract_one(article, progress)
    say(progress, "Création des exercices…")
    doc = generate_document(article, facts, glossary, seed, content_dir or article_path.parent)
    say(progress, "Enregistrement…")
    warnings = tuple(str(p) for p in glossary.problems)
    return write_document(doc, article, out_path, replaced, warnings)
