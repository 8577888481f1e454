"""`tutor generate --all`: many articles with one model load, on both cores.

Where processes fork, the batch is shared with a copy of this process (two_processes.py): each
takes the next few articles as it becomes free, and parses, extracts, generates and writes
them. Before session 18 one process parsed while the other ran our rules on the parses; our
work then took longer than the parse, and the parser waited (270 articles: 35.7 s of wall time
against 31.6 s for a bare `nlp.pipe`; see bench/generate.py for the figures now). For a few
articles, and where there is no fork, this process does the work while the parses are made
ahead of it.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tutor.generate import generate_document
from tutor.generate.document import dump_document
from tutor.generate.run import (
    GenerationError,
    GenerationResult,
    Progress,
    checked_document,
    ensure_replaceable,
    extraction_package,
    read_article,
    result_of,
    run_extraction,
    say,
    write_exercise_text,
)
from tutor.generate.two_processes import CAN_FORK, Interrupted, SharedBatch
from tutor.glossary import Glossary
from tutor.glossary_files import load_glossary
from tutor.model import Article

SHARED_CHUNK = 4
"""Articles a process takes at a time from a shared batch (fewer near its end): few, so that
both processes end together."""

Job = tuple[Article, Path, bool]
"""An article, the file to write, and whether that file is replaced."""


def _parse_ahead(articles: Sequence[Article]) -> Generator[Any, None, None]:
    """The parses of the articles' bodies, in order, made ahead of the caller."""
    from tutor.nlp import analyse_ahead

    return analyse_ahead([article.body for article in articles])


@dataclass(frozen=True)
class BatchOutcome:
    """One article of a batch: its result, or the message of why it was not generated."""

    article: Path
    result: GenerationResult | None = None
    error: str | None = None


class GenerationInterrupted(KeyboardInterrupt):
    """Ctrl-C during `generate_many`: the files written before it, for the caller to report."""

    def __init__(self, written: list[BatchOutcome]) -> None:
        super().__init__()
        self.written = written


def generate_many(
    jobs: Sequence[tuple[Path, Path]],
    seed: int = 0,
    force: bool = False,
    progress: Progress | None = None,
    content_dir: Path | None = None,
    glossary: Glossary | None = None,
) -> list[BatchOutcome]:
    """Generate several (article, out file) pairs with one model load, on both cores; a bad
    article is reported and the others go on. The outcomes come in the order of `jobs`."""
    outcomes: dict[Path, BatchOutcome] = {}
    ready: list[Job] = []
    for article_path, out_path in jobs:
        try:
            article = read_article(article_path)
            replaced = ensure_replaceable(out_path, force)
        except GenerationError as err:
            outcomes[article_path] = BatchOutcome(article_path, error=str(err))
            continue
        ready.append((article, out_path, replaced))
    if ready:
        if glossary is None:
            glossary = load_glossary(content_dir)
        say(progress, "Chargement du modèle de langue…")
        extraction = extraction_package()
        checked = []
        for job in ready:
            try:
                run_extraction(lambda job=job: extraction.check_article(job[0]))
            except GenerationError as err:
                outcomes[job[0].path] = BatchOutcome(job[0].path, error=str(err))
                continue
            checked.append(job)
        ready = checked
        say(progress, f"Analyse de {len(ready)} articles…")
        warnings = tuple(str(p) for p in glossary.problems)
        if CAN_FORK and len(ready) > SHARED_CHUNK:
            made = _generate_shared(ready, extraction, glossary, seed, content_dir, warnings)
            outcomes.update((outcome.article, outcome) for outcome in made)
        else:
            outcomes.update(
                _generate_parsed_ahead(ready, extraction, glossary, seed, content_dir, warnings)
            )
    return [outcomes[a] for a, _ in jobs if a in outcomes]


def _generate_parsed_ahead(
    ready: list[Job],
    extraction: Any,
    glossary: Glossary,
    seed: int,
    content_dir: Path | None,
    warnings: tuple[str, ...],
) -> dict[Path, BatchOutcome]:
    """The batch in this process, parsed ahead by another (or a thread where processes cannot
    fork): the way for a few articles, and where there is no fork."""
    articles = [article for article, _, _ in ready]
    outcomes: dict[Path, BatchOutcome] = {}
    # the articles are parsed by a process (a thread where processes cannot fork) that runs
    # ahead of this loop, so on two cores the model parses the next articles while our rules,
    # generation and checks work on this one; generation reads the parse again (genders,
    # vectors), and gets it from tutor.nlp's memory of the last parses handed over
    parses = run_extraction(lambda: _parse_ahead(articles))
    # files are written (and synced to disk) by another thread: the waits for the disk
    # overlap with the work on the next articles
    from concurrent.futures import Future, ThreadPoolExecutor

    written: list[tuple[GenerationResult, Future[None]]] = []
    try:
        with (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="tutor-write") as writer,
            closing(parses),  # on leaving early (an error, Ctrl-C), the parser stops
        ):
            for article, out_path, replaced in ready:
                facts = run_extraction(
                    lambda article=article: extraction.facts_from_doc(article, next(parses))
                )
                try:
                    doc = generate_document(article, facts, glossary, seed, content_dir)
                    doc, dropped = checked_document(doc, article)
                    text = dump_document(doc, out_path.parent)
                except GenerationError as err:
                    outcomes[article.path] = BatchOutcome(article.path, error=str(err))
                    continue
                result = result_of(doc, article, out_path, replaced, (*warnings, *dropped))
                written.append((result, writer.submit(write_exercise_text, out_path, text)))
            for result, done in written:
                try:
                    done.result()
                except GenerationError as err:
                    outcomes[result.article] = BatchOutcome(result.article, error=str(err))
                    continue
                outcomes[result.article] = BatchOutcome(result.article, result=result)
    except KeyboardInterrupt:
        # the writer thread finished the files handed to it before the pool closed
        finished = [r for r, w in written if w.done() and w.exception() is None]
        raise GenerationInterrupted([BatchOutcome(r.article, r) for r in finished]) from None
    return outcomes


def _generate_shared(
    ready: list[Job],
    extraction: Any,
    glossary: Glossary,
    seed: int,
    content_dir: Path | None,
    warnings: tuple[str, ...],
) -> list[BatchOutcome]:
    """The batch shared with a forked copy of this process; each writes its own files."""
    from tutor.nlp import analyse_each

    def work(chunk: Sequence[Job]) -> Iterator[BatchOutcome]:
        parses = analyse_each([article.body for article, _, _ in chunk])
        for article, out_path, replaced in chunk:
            facts = run_extraction(
                lambda article=article: extraction.facts_from_doc(article, next(parses))
            )
            try:
                doc = generate_document(article, facts, glossary, seed, content_dir)
                doc, dropped = checked_document(doc, article)
                write_exercise_text(out_path, dump_document(doc, out_path.parent))
            except GenerationError as err:
                yield BatchOutcome(article.path, error=str(err))
                continue
            result = result_of(doc, article, out_path, replaced, (*warnings, *dropped))
            yield BatchOutcome(article.path, result=result)

    try:
        made = SharedBatch(ready, work, SHARED_CHUNK).run()
    except Interrupted as stop:
        done = [stop.finished[i] for i in sorted(stop.finished)]
        raise GenerationInterrupted([o for o in done if o.result is not None]) from None
    return [made[i] for i in range(len(ready))]
