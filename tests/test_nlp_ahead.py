"""Parsing ahead in a process (or a thread where processes cannot fork, and for one batch): the
same parses, errors raised where the caller waits, no hang, nothing left running."""

from __future__ import annotations

import multiprocessing
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tutor import nlp

pytestmark = pytest.mark.slow

MARKER = "Zorglub"
"""A word in a text the failing component refuses."""

TEXTS = [
    "Le ministre a déclaré mardi qu'il partait.",
    "La Commission européenne a voté le texte jeudi.",
    "Le maire de Lyon a inauguré le pont en 2019.",
    "Les syndicats appellent à la grève lundi.",
]


@nlp.Language.component("tutor_test_fails_on_marker")
def _fails_on_marker(doc: nlp.Doc) -> nlp.Doc:
    if MARKER in doc.text:
        raise RuntimeError(f"the model failed on the text with {MARKER}")
    return doc


@pytest.fixture
def failing_model() -> Iterator[nlp.Language]:
    """The shared model with a last component that raises on the marker; removed after."""
    model = nlp.load()
    model.add_pipe("tutor_test_fails_on_marker", last=True)
    try:
        yield model
    finally:
        model.remove_pipe("tutor_test_fails_on_marker")


def within(seconds: float, call: Callable[[], Any]) -> Any:
    """The value of `call()`, failing the test (instead of hanging it) after `seconds`."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as err:
            outcome["error"] = err

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"still waiting after {seconds} s"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def parsers() -> list[object]:
    threads = [t for t in threading.enumerate() if t.name == "tutor-parse-ahead"]
    processes = [p for p in multiprocessing.active_children() if p.name == "tutor-parse-ahead"]
    return [*threads, *processes]


def wait_for_no_parser_thread(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while parsers() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not parsers(), "the parser thread or process is still running"


@pytest.fixture(params=["process", "thread"])
def way(request, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    """Each test runs with the parser process, and with the thread used where fork is missing."""
    if request.param == "thread":
        monkeypatch.setattr(nlp, "_CAN_FORK", False)
    elif not nlp._CAN_FORK:
        pytest.skip("no fork on this platform")
    return str(request.param)


def test_parses_made_ahead_are_the_parses_and_analyse_gets_them_again(way: str) -> None:
    model = nlp.load()
    switching = sys.getswitchinterval()
    ahead = within(60, lambda: list(nlp.analyse_ahead(TEXTS, ahead=1)))
    assert sys.getswitchinterval() == switching  # shortened while parsing ahead, then restored
    assert all(nlp.analyse(t) is doc for t, doc in zip(TEXTS, ahead, strict=True))
    alone = [model(nlp.for_analysis(t)) for t in TEXTS]
    for made_ahead, made_alone in zip(ahead, alone, strict=True):
        assert made_ahead.text == made_alone.text
        assert [_reading(t) for t in made_ahead] == [_reading(t) for t in made_alone]
        assert [s.text for s in made_ahead.sents] == [s.text for s in made_alone.sents]
        assert made_ahead[1].has_vector and (made_ahead[1].vector == made_alone[1].vector).all()
    wait_for_no_parser_thread(10)


def test_an_error_on_one_text_is_raised_where_its_parse_would_come(
    failing_model: nlp.Language, way: str
) -> None:
    texts = [TEXTS[0], f"Le {MARKER} a parlé mardi.", TEXTS[1]]
    docs = nlp.analyse_ahead(texts, failing_model, ahead=1)
    assert within(60, lambda: next(docs)).text == texts[0]
    with pytest.raises(RuntimeError, match=f"failed on the text with {MARKER}"):
        within(60, lambda: next(docs))
    wait_for_no_parser_thread(10)


def test_leaving_early_stops_the_parser_thread(way: str) -> None:
    docs = nlp.analyse_ahead(TEXTS * 3, ahead=1)
    within(60, lambda: next(docs))
    docs.close()  # as `with closing(...)` does on an exception or Ctrl-C
    wait_for_no_parser_thread(10)


def _reading(t: nlp.Token) -> tuple[object, ...]:
    """What extraction reads of a token."""
    parse = (t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start)
    return (t.text, t.whitespace_, *parse, t.ent_iob_, t.ent_type_)
