"""Driving the app like a learner: waiting for screens, reading widgets, answering any item."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import DataTable

from tutor.model import (
    Choice,
    Chronology,
    Cloze,
    DateQuestion,
    Item,
    OpenQuestion,
    SpeakerMatch,
    TermMatch,
    TrueFalse,
    Truth,
)
from tutor.plain_sentences import split_sentences
from tutor.ui.item_view import (
    TRUTH_KEYS,
    TRUTH_ORDER,
    option_keys,
    pair_row,
    shuffled_bank,
    shuffled_events,
    shuffled_options,
    shuffled_rows,
)
from tutor.ui.screens.library import LibraryScreen
from tutor.ui.screens.session import SessionScreen
from tutor.ui.text_spans import find_sentence, paragraphs

STEP_LIMIT = 200
"""Pauses to wait for a screen before a test gives up (about 10 s)."""


async def wait_until(pilot: Pilot, condition: Callable[[], bool], what: str) -> None:
    """Let the app run until `condition` holds; fail with `what` when it never does."""
    for _ in range(STEP_LIMIT):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"timed out waiting for {what}")


async def wait_screen(pilot: Pilot, screen_type: type[Screen]) -> Screen:
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, screen_type), screen_type.__name__)
    await pilot.pause()
    return pilot.app.screen


async def open_library(pilot: Pilot) -> LibraryScreen:
    """The library once its catalog is loaded (it loads in a worker)."""
    library = await wait_screen(pilot, LibraryScreen)
    assert isinstance(library, LibraryScreen)
    await wait_until(pilot, lambda: library.catalog is not None, "the catalog")
    await pilot.pause()
    return library


def text(app: App, selector: str) -> str:
    """The plain text a widget of the current screen shows."""
    return str(app.screen.query_one(selector).render())


def cell(table: DataTable, row: str, column: str) -> str:
    """The text of a table cell (cells may be styled Text)."""
    return str(table.get_cell(row, column))


def texts(app: App, selector: str) -> list[str]:
    return [str(w.render()) for w in app.screen.query(selector)]


def notifications(app: App) -> list[str]:
    return [n.message for n in app._notifications]


def typing(value: str) -> list[str]:
    """Key presses that type a text into an Input."""
    return ["space" if c == " " else c for c in value]


def strip_accents(value: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", value) if not unicodedata.combining(c))


async def choose_row(pilot: Pilot, slug: str) -> None:
    """Put the library's cursor on an article."""
    table = pilot.app.screen.query_one(DataTable)
    await wait_until(pilot, lambda: table.row_count > 0, "the library rows")
    row = table.get_row_index(slug)
    table.move_cursor(row=row)
    await pilot.pause()


def typed_answer(item: Cloze | DateQuestion | OpenQuestion) -> str:
    """What a learner who knows types: the answer, or an open question's keywords (a short
    answer: typing a whole model answer key by key would only make the test slow)."""
    if isinstance(item, OpenQuestion):
        return " ".join(k.word for k in item.keywords)
    return item.answer


def _evidence_index(item: Item, body: str) -> int:
    sentences = [s for p in paragraphs(body) for s in split_sentences(p)]
    for index, sentence in enumerate(sentences):
        if find_sentence(item.evidence, sentence) or find_sentence(sentence, item.evidence):
            return index
    raise AssertionError(f"no sentence of the article proves {item.id}")


def right_keys(item: Item, body: str, attempt: int = 0) -> list[str]:
    """The key presses of a learner who knows the answer, for every kind of item; `attempt` is
    how many answers to the item the learner's record already holds (options move with it)."""
    if isinstance(item, Choice):
        options = shuffled_options(item, attempt)
        return [option_keys(options)[0][options.index(item.answer)]]
    if isinstance(item, TrueFalse):
        keys = [TRUTH_KEYS[TRUTH_ORDER.index(item.answer)]]
        if item.justify and item.answer is not Truth.NOT_GIVEN:
            keys += [*str(_evidence_index(item, body) + 1), "enter"]  # the sentence's number
        return keys
    if isinstance(item, Cloze) and item.bank:
        words = shuffled_bank(item, attempt)
        return [option_keys(words)[0][words.index(item.answer)]]
    if isinstance(item, Cloze | DateQuestion | OpenQuestion):
        return [*typing(typed_answer(item)), "enter"]
    if isinstance(item, SpeakerMatch | TermMatch):
        rows, choices = shuffled_rows(item, attempt)
        right = {r: c for r, c in _right_pairs(item)}
        keys: list[str] = []
        for row in rows:  # each row opens on its first choice; Entrée picks and goes on
            keys += [*["down"] * choices.index(right[row]), "enter"]
        return [*keys, "enter"]
    if isinstance(item, Chronology):
        return _chronology_keys(item, attempt)
    raise AssertionError(f"no keys for {type(item).__name__}")


def wrong_choice_key(item: Choice, attempt: int = 0) -> str:
    """The key of the first wrong option shown."""
    options = shuffled_options(item, attempt)
    keys, _how = option_keys(options)
    return next(k for k, o in zip(keys, options, strict=True) if o != item.answer)


def _right_pairs(item: SpeakerMatch | TermMatch) -> list[tuple[str, str]]:
    if isinstance(item, SpeakerMatch):
        return [(pair_row(p), p.speaker) for p in item.pairs]
    return [(p.definition, p.term) for p in item.pairs]


def _chronology_keys(item: Chronology, attempt: int = 0) -> list[str]:
    """Selection sort with the reorder keys: bring each event up to its place in turn."""
    order = shuffled_events(item, attempt)
    right = [e.text for e in item.events]
    cursor = 0
    keys: list[str] = []
    for place, event in enumerate(right):
        index = order.index(event)
        keys += ["down" if index > cursor else "up"] * abs(index - cursor)
        keys += ["shift+up"] * (index - place)
        order.insert(place, order.pop(index))
        cursor = place
    return [*keys, "enter"]


async def burst(pilot: Pilot, keys: list[str]) -> None:
    """Keys sent all at once, as a terminal delivers them when the learner types faster than
    the app handles them (`pilot.press` waits for the app after each key)."""
    from textual import events

    for key in keys:
        pilot.app.post_message(events.Key(key, key if len(key) == 1 else None))
    for _ in range(len(keys) + 10):
        await pilot.pause(0.01)


async def session_of(pilot: Pilot, slug: str, item_ids: list[str]) -> SessionScreen:
    """A session of chosen items of an article, opened from the loaded library (the way a
    review opens one): a test reaches the item it is about without playing the ones before."""
    from tutor.ui.lesson import Lesson, LessonItem

    library = await open_library(pilot)
    entry = library.catalog.entry(slug) if library.catalog else None
    assert entry is not None and entry.exercise_set is not None and entry.article is not None
    items = [entry.exercise_set.item(i) for i in item_ids]
    missing = [i for i, item in zip(item_ids, items, strict=True) if item is None]
    assert not missing, f"no such item in {slug}: {missing}"
    lesson = Lesson(
        entry.title,
        [LessonItem(item, entry.article, entry.exercise_set) for item in items if item],
    )
    session = SessionScreen(lesson)
    pilot.app.push_screen(session)
    await wait_until(pilot, lambda: session.answer_widget is not None, "the first item")
    await pilot.pause()
    return session


def shown_text(app: App, widget_selector: str) -> str:
    """The characters on screen inside a widget's region: what the learner sees of it, after
    scrolling and clipping."""
    region = app.screen.query_one(widget_selector).region
    strips = app.screen._compositor.render_strips()
    lines = strips[region.y : region.bottom]
    return "\n".join(s.crop(region.x, region.right).text for s in lines)
