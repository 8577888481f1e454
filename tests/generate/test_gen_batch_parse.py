"""generate --all parses in a process (or a thread) ahead of the rest: a failure there still
ends the command with its message, promptly, and leaves no process or thread behind."""

from __future__ import annotations

import multiprocessing
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tutor import nlp
from tutor.cli import main
from tutor.extract import ExtractionError

ROOT = Path(__file__).resolve().parents[2]
MARKER = "Zorglub"


@nlp.Language.component("tutor_test_refuses_marker")
def _refuses_marker(doc: nlp.Doc) -> nlp.Doc:
    if MARKER in doc.text:
        raise ExtractionError(f"{MARKER}: the model refused this text")
    return doc


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Three articles in content/, the second with the marker the test model refuses."""
    content = tmp_path / "content"
    content.mkdir()
    (tmp_path / "exercises").mkdir()
    shutil.copy(ROOT / "content" / "poutine-coree-du-nord.md", content / "a-poutine.md")
    rio = (ROOT / "content" / "rio-paris-rapport-bea.txt").read_text(encoding="utf-8")
    (content / "b-rio.txt").write_text(f"{rio}\nLe {MARKER} a parlé mardi.\n", encoding="utf-8")
    shutil.copy(ROOT / "content" / "psa-suppressions-emplois.txt", content / "c-psa.txt")
    monkeypatch.setenv("TUTOR_HOME", str(tmp_path))
    return tmp_path


@pytest.fixture
def refusing_model() -> Iterator[None]:
    model = nlp.load()
    model.add_pipe("tutor_test_refuses_marker", last=True)
    try:
        yield
    finally:
        model.remove_pipe("tutor_test_refuses_marker")


def generate_all(seconds: float) -> int:
    """`tutor generate --all`, failing the test (instead of hanging it) after `seconds`."""
    outcome: dict[str, Any] = {}
    worker = threading.Thread(target=lambda: outcome.update(status=main(["generate", "--all"])))
    worker.daemon = True
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"generate --all still running after {seconds} s"
    return outcome["status"]


@pytest.mark.slow
def test_a_text_the_parser_refuses_ends_the_command_with_its_message(
    home: Path, refusing_model: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert generate_all(120) == 1
    err = capsys.readouterr().err
    assert f"tutor generate: {MARKER}: the model refused this text" in err
    assert "Traceback" not in err
    deadline = time.monotonic() + 10  # the parser ends once it has handed the error over
    while any(t.name == "tutor-parse-ahead" for t in threading.enumerate()) or any(
        p.name == "tutor-parse-ahead" for p in multiprocessing.active_children()
    ):
        assert time.monotonic() < deadline, "the parser is still running"
        time.sleep(0.05)


def test_a_missing_model_ends_the_command_with_how_to_install_it(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_load = nlp.load
    monkeypatch.setattr(nlp, "load", lambda name=nlp.MODEL_NAME: real_load("fr_core_news_absent"))
    assert generate_all(60) == 1
    err = capsys.readouterr().err
    assert "tutor generate: the spaCy model 'fr_core_news_absent' is not installed" in err
    assert "make test" in err


@nlp.Language.component("tutor_test_interrupted_at_marker")
def _interrupted_at_marker(doc: nlp.Doc) -> nlp.Doc:
    if MARKER in doc.text:
        raise KeyboardInterrupt  # as Ctrl-C would, while the model parses that article
    return doc


@pytest.fixture
def interrupted_model() -> Iterator[None]:
    model = nlp.load()
    model.add_pipe("tutor_test_interrupted_at_marker", last=True)
    try:
        yield
    finally:
        model.remove_pipe("tutor_test_interrupted_at_marker")


@pytest.mark.slow
@pytest.mark.parametrize("articles", [3, 10], ids=["parsed-ahead", "shared"])
def test_ctrl_c_reports_exactly_the_files_written(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    interrupted_model: None,
    capsys: pytest.CaptureFixture[str],
    articles: int,
) -> None:
    """Ctrl-C comes while the model parses the last article: whichever process had it, the
    command ends with status 130 and reports the files on disk, no more and no fewer (3
    articles are parsed ahead of this process; 10 are shared with a copy of it)."""
    (tmp_path / "content").mkdir()
    (tmp_path / "exercises").mkdir()
    psa = (ROOT / "content" / "psa-suppressions-emplois.txt").read_text(encoding="utf-8")
    for n in range(1, articles):
        (tmp_path / "content" / f"a-{n:02d}.txt").write_text(psa, encoding="utf-8")
    (tmp_path / "content" / "b.txt").write_text(f"{psa}\nLe {MARKER} a parlé.\n", "utf-8")
    monkeypatch.setenv("TUTOR_HOME", str(tmp_path))
    assert generate_all(120) == 130
    captured = capsys.readouterr()
    on_disk = sorted(p.name for p in (tmp_path / "exercises").iterdir())
    reported = sorted(
        line.split("/exercises/")[1].split(":")[0]
        for line in captured.out.splitlines()
        if line.startswith("wrote ")
    )
    assert reported == on_disk
    assert "b.yaml" not in on_disk
    assert all(name.endswith(".yaml") for name in on_disk)  # no temporary file left
    assert f"interrupted: {len(on_disk)} file(s) written" in captured.err
    assert "Traceback" not in captured.err
    assert not multiprocessing.active_children()
    if articles > 3:  # the first article is done before the copy starts
        assert on_disk
