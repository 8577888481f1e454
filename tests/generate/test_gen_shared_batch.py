"""`tutor generate --all` on more than a few articles shares them with a forked copy of the
process: the files are those `tutor generate` writes one article at a time, every article is
reported in order, and a failure in either process is reported like any other."""

from __future__ import annotations

import multiprocessing
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tutor import nlp
from tutor.cli import main
from tutor.exercise_io import check_exercise_file
from tutor.extract import ExtractionError
from tutor.generate.batch import SHARED_CHUNK, generate_many

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = (
    sorted((ROOT / "content").glob("*.txt"))
    + sorted((ROOT / "tests" / "generate" / "data" / "review_16").glob("*.txt"))[:3]
)
"""Eleven different articles: more than two chunks, so both processes get some."""
MARKER = "Zorglub"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    content = tmp_path / "content"
    content.mkdir()
    (tmp_path / "exercises").mkdir()
    for n, article in enumerate(ARTICLES):
        shutil.copy(article, content / f"{n:02d}-{article.name}")
    monkeypatch.setenv("TUTOR_HOME", str(tmp_path))
    return tmp_path


def test_the_batch_writes_what_one_article_at_a_time_writes(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(ARTICLES) > 2 * SHARED_CHUNK
    assert main(["generate", "--all"]) == 0
    out = capsys.readouterr().out
    reported = [line.split("/exercises/")[1].split(":")[0] for line in out.splitlines()]
    names = sorted(p.stem + ".yaml" for p in (home / "content").iterdir())
    assert reported == names  # every article, in the order of the folder
    alone = home / "alone"
    for article in sorted((home / "content").iterdir()):
        one = alone / f"{article.stem}.yaml"
        assert main(["generate", str(article), "-o", str(one)]) == 0
        batch = home / "exercises" / f"{article.stem}.yaml"
        assert batch.read_bytes() == one.read_bytes(), article.name
        assert check_exercise_file(batch, home / "content").ok
    assert not multiprocessing.active_children()


@nlp.Language.component("tutor_test_shared_refuses_marker")
def _refuses_marker(doc: nlp.Doc) -> nlp.Doc:
    if MARKER in doc.text:
        raise ExtractionError(f"{MARKER}: the model refused this text (process {os.getpid()})")
    return doc


@pytest.fixture
def refusing_model() -> Iterator[None]:
    model = nlp.load()
    model.add_pipe("tutor_test_shared_refuses_marker", last=True)
    try:
        yield
    finally:
        model.remove_pipe("tutor_test_shared_refuses_marker")


def test_a_text_refused_in_the_copy_ends_the_command_with_its_message(
    home: Path, refusing_model: None, capsys: pytest.CaptureFixture[str]
) -> None:
    last = sorted((home / "content").iterdir())[-1]
    last.write_text(last.read_text(encoding="utf-8") + f"\nLe {MARKER} a parlé.\n", "utf-8")
    assert main(["generate", "--all"]) == 1
    err = capsys.readouterr().err
    assert f"tutor generate: {MARKER}: the model refused this text" in err
    assert "Traceback" not in err
    assert not multiprocessing.active_children()


def test_an_unwritable_file_is_reported_for_its_own_article(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be", encoding="utf-8")
    outs = [tmp_path / "exercises" / f"{n:02d}.yaml" for n in range(len(ARTICLES))]
    outs[-2] = blocked / "x.yaml"  # in the copy's chunk or this process's: either way
    outcomes = generate_many(list(zip(ARTICLES, outs, strict=True)), content_dir=ROOT / "content")
    assert [o.article for o in outcomes] == ARTICLES
    failed = [o for o in outcomes if o.error is not None]
    assert [o.article for o in failed] == [ARTICLES[-2]]
    assert "cannot write the file" in str(failed[0].error)
    assert all(o.result is not None and o.result.path.exists() for o in outcomes if not o.error)


PARENT = os.getpid()


@nlp.Language.component("tutor_test_copy_dies_at_marker")
def _copy_dies_at_marker(doc: nlp.Doc) -> nlp.Doc:
    if MARKER in doc.text and os.getpid() != PARENT:
        os._exit(9)  # as if the system killed the copy (out of memory)
    return doc


@pytest.fixture
def dying_copy() -> Iterator[None]:
    model = nlp.load()
    model.add_pipe("tutor_test_copy_dies_at_marker", last=True)
    try:
        yield
    finally:
        model.remove_pipe("tutor_test_copy_dies_at_marker")


def test_articles_of_a_copy_that_dies_are_done_by_this_process(
    home: Path, dying_copy: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every article but the first four holds the marker: the copy dies on the first of them
    it takes, and this process writes them all."""
    for article in sorted((home / "content").iterdir())[SHARED_CHUNK:]:
        article.write_text(article.read_text("utf-8") + f"\nLe {MARKER} a parlé.\n", "utf-8")
    assert main(["generate", "--all"]) == 0
    captured = capsys.readouterr()
    assert f"{len(ARTICLES)} file(s) written, 0 failed" in captured.err
    assert len(list((home / "exercises").glob("*.yaml"))) == len(ARTICLES)
    assert not multiprocessing.active_children()
