"""The library: every article with its level, items, the learner's score and what is due.

The catalog is read in a worker thread (YAML and schema checks take a moment), and exercises
for an article that has none are generated in another, with a progress bar: the list stays live.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label, LoadingIndicator, ProgressBar, Static

from tutor import messages as msg
from tutor.article_checks import MAX_CHARS
from tutor.ui.formatting import format_date, format_percent, format_questions
from tutor.ui.typography import quote

if TYPE_CHECKING:
    from tutor.ui.app import TutorApp
    from tutor.ui.catalog import Catalog, LibraryEntry
    from tutor.ui.lesson import Lesson
    from tutor.ui.services import ArticleStats

COLUMNS = (
    ("title", msg.UI_COL_TITLE),
    ("date", msg.UI_COL_DATE),
    ("level", msg.UI_COL_LEVEL),
    ("score", msg.UI_COL_SCORE),
    ("due", msg.UI_COL_DUE),
    ("state", msg.UI_COL_STATE),
)
OTHER_COLUMNS_WIDTH = 10 + 4 + 6 + 8 + 14 + 2 * len(COLUMNS) + 2
"""Room taken by every column but the title, with cell padding and the scrollbar."""
MIN_TITLE_WIDTH = 20


def _shown_title(entry: LibraryEntry) -> str:
    """The title, after the folder of content/ the article is in, if any."""
    if not entry.folder:
        return entry.title
    return msg.UI_TITLE_IN_FOLDER.format(folder=entry.folder, title=entry.title)


class LibraryTable(DataTable[str]):
    """The article list; Enter reads the highlighted article (and says so in the footer)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", msg.UI_KEY_READ),
        # a list of articles has one column: Home and End go to the first and last article
        Binding("home", "scroll_top", show=False),
        Binding("end", "scroll_bottom", show=False),
    ]


class LibraryScreen(Screen[None]):
    """Home of a learner; Enter reads the highlighted article."""

    app: TutorApp
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("g", "generate", msg.UI_KEY_GENERATE),
        Binding("r", "review", msg.UI_KEY_REVIEW),
        Binding("p", "app.progress", msg.UI_KEY_PROGRESS),
        Binding("c", "app.change_learner", msg.UI_KEY_LEARNER),
    ]
    AUTO_FOCUS = ""
    """No focus until the list is shown (Textual's default would focus the hidden, empty
    table): keys typed at launch wait for the list, then move its cursor (TutorApp)."""

    def __init__(self, learner: str) -> None:
        super().__init__()
        self.learner = learner
        self.catalog: Catalog | None = None
        self._stats: dict[str, ArticleStats] = {}
        self._generating: dict[str, tuple[float, str]] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Label(msg.UI_LIBRARY_TITLE, id="library-title", classes="screen-title")
        yield LoadingIndicator(id="library-loading")
        table = LibraryTable(id="library", cursor_type="row", zebra_stripes=True)
        table.display = False
        yield table
        with Vertical(id="library-detail"):
            yield Static("", id="detail-text")
            bar = ProgressBar(total=100, show_eta=False, id="generation-bar")
            bar.display = False
            yield bar
        yield Footer()

    def on_mount(self) -> None:
        if self.catalog is None:
            self.app.hold_keys()  # Entrée typed right after the name opens the article
        table = self.query_one(DataTable)
        for key, label in COLUMNS:
            table.add_column(label, key=key)
        # first paint first: the worker's imports (YAML, schema checks) would compete with it
        self.call_after_refresh(self._load)

    @work(thread=True, exclusive=True, group="catalog")
    def _load(self) -> None:
        from tutor import regex_cache
        from tutor.progress import ProgressFileError
        from tutor.ui.catalog import load_catalog

        regex_cache.load_deferred()  # the app's stored regexes, read off the first screen's path

        try:
            notices = self.app.services.open_learner(self.learner)
        except (OSError, ProgressFileError) as err:
            self.app.call_from_thread(self.app.learner_failed, err)
            return
        self.app.call_from_thread(self.app.learner_opened, notices)
        catalog = load_catalog(self.app.services.paths)
        start = self.app.services.start_article(catalog)
        self.app.call_from_thread(self._show_catalog, catalog, start)

    @work(thread=True, exclusive=True, group="reader")
    def _prepare_reader(self) -> None:
        """Glossary and word frequencies for the reader, read while the learner chooses."""
        self.app.services.prepare_reader()

    def _show_catalog(self, catalog: Catalog, start: str | None = None) -> None:
        self.catalog = catalog
        self.query_one(LoadingIndicator).display = False
        table = self.query_one(DataTable)
        table.display = True
        self._fill()
        if start is not None:
            table.move_cursor(row=table.get_row_index(start))
        table.focus()
        self.app.call_later(self.app.flush_held_keys)
        self.call_after_refresh(self._prepare_reader)
        for problem in catalog.problems:
            self.notify(
                msg.UI_LIBRARY_BROKEN.format(problem=self._shown(problem)),
                title=msg.UI_LIBRARY_BROKEN_TITLE,
                severity="error",
                timeout=15,
                markup=False,
            )
        if not catalog.entries:
            empty = msg.UI_LIBRARY_EMPTY.format(folder=self.app.services.paths.content)
            self.query_one("#detail-text", Static).update(Content(empty))

    def _row(self, entry: LibraryEntry) -> tuple[str | Text, ...]:
        stats = self._stats.get(entry.slug)
        title = _shown_title(entry)
        width = max(MIN_TITLE_WIDTH, self.size.width - OTHER_COLUMNS_WIDTH)
        if len(title) > width:
            title = title[: width - 1] + "…"
        return (
            Text(title),  # a str cell is read as markup: a title with "[/]" stopped the app
            format_date(entry.published),
            Text(entry.level or "–"),  # as the teacher typed it in the front matter
            format_percent(stats.score) if stats else "–",
            str(stats.due) if stats and stats.due else "–",
            self._state(entry),
        )

    def _state(self, entry: LibraryEntry) -> Text:
        """The exercises column: ready ones stand out, the rest are dimmed or in red."""
        if entry.slug in self._generating:
            percent = round(self._generating[entry.slug][0])
            return Text(msg.UI_STATE_GENERATING.format(percent=percent), style="italic")
        if entry.ready:
            return Text(msg.UI_STATE_READY.format(questions=format_questions(entry.item_count)))
        if entry.can_generate:
            return Text(msg.UI_STATE_TO_GENERATE, style="dim")
        return Text(msg.UI_STATE_UNAVAILABLE, style="bold red")

    def _fill(self) -> None:
        if self.catalog is None:
            return
        self._stats = self.app.services.article_stats(self.catalog)
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        for entry in self.catalog.entries:
            table.add_row(*self._row(entry), key=entry.slug)
        if self.catalog.entries:
            table.move_cursor(row=min(row, len(self.catalog.entries) - 1))
        self._describe()

    def _update_row(self, entry: LibraryEntry) -> None:
        table = self.query_one(DataTable)
        for (key, _), value in zip(COLUMNS, self._row(entry), strict=True):
            table.update_cell(entry.slug, key, value, update_width=True)
        self._describe()

    def on_screen_resume(self) -> None:
        self.app.services.refresh()
        self._fill()

    def on_resize(self) -> None:
        self._fill()

    def highlighted(self) -> LibraryEntry | None:
        if self.catalog is None or not self.catalog.entries:
            return None
        table = self.query_one(DataTable)
        return self.catalog.entries[table.cursor_row]

    def _shown(self, problem: str) -> str:
        from tutor.ui.catalog import shown_problem

        return shown_problem(problem, self.app.services.paths)

    @on(DataTable.RowHighlighted)
    def _describe(self) -> None:
        entry = self.highlighted()
        detail = self.query_one("#detail-text", Static)
        bar = self.query_one("#generation-bar", ProgressBar)
        if entry is None:
            return
        bar.display = entry.slug in self._generating
        if entry.slug in self._generating:
            bar.update(progress=self._generating[entry.slug][0])
        lines = [_shown_title(entry)]
        if entry.problem:
            lines.append(msg.UI_DETAIL_PROBLEM.format(problem=self._shown(entry.problem)))
        elif entry.slug in self._generating:
            lines.append(msg.UI_DETAIL_GENERATING.format(stage=self._generating[entry.slug][1]))
        elif entry.can_generate:
            lines.append(msg.UI_DETAIL_NO_EXERCISES)
        elif entry.warnings:
            lines.append(msg.UI_DETAIL_CHANGED)
        else:
            questions = format_questions(entry.item_count)
            number = self._stopped_at(entry)
            if number:
                lines.append(msg.UI_DETAIL_IN_PROGRESS.format(questions=questions, number=number))
            else:
                lines.append(msg.UI_DETAIL_READY.format(questions=questions))
        detail.update(Content("\n".join(lines)))

    def _stopped_at(self, entry: LibraryEntry) -> int | None:
        """The question a learner who left the lesson half-way goes on at (None when there is
        none): the score column alone read "24 %" as a poor result, not as half a lesson."""
        from tutor.ui.lesson import lesson_for, resume

        if entry.exercise_set is None or entry.article is None:
            return None
        lesson = lesson_for(entry.exercise_set, entry.article, entry.title)
        position = resume(lesson, self.app.services.played_so_far(lesson))
        return position + 1 if position else None

    @on(DataTable.RowSelected)
    def _selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        from tutor.ui.screens.reader import ReaderScreen

        entry = self.highlighted()
        if entry is None or self.app.screen is not self:
            return  # a second Entrée typed fast: the reader is already on its way
        if entry.article is None:
            self.notify(self._shown(entry.problem or ""), severity="error", markup=False)
            return
        if entry.exercise_set is None and len(entry.article.body) > MAX_CHARS:
            # laying out a 5 MB text froze the app for 24 s, and no lesson can come from it; a
            # lesson a teacher wrote for a long text is still opened (the wait is theirs to weigh)
            chars = f"{len(entry.article.body):,}".replace(",", "\u202f")
            self.notify(msg.UI_READER_TOO_LONG.format(chars=chars), severity="warning")
            return
        self.app.push_screen(ReaderScreen(entry))
        self._remember(entry.slug)

    @work(thread=True, group="remember")
    def _remember(self, slug: str) -> None:
        """A small file write with fsync: off the UI thread, and a failure only means the
        next library starts elsewhere."""
        with contextlib.suppress(OSError):
            self.app.services.remember_article(slug)

    # --- generation ------------------------------------------------------------------------

    def action_generate(self) -> None:
        entry = self.highlighted()
        if entry is None:
            return
        if entry.slug in self._generating:
            self.notify(msg.UI_GENERATE_RUNNING)
        elif entry.ready:
            self.notify(msg.UI_GENERATE_EXISTS)
        elif entry.broken_file:
            self.notify(msg.UI_GENERATE_BROKEN, severity="warning")
        elif not entry.can_generate:
            problem = self._shown(entry.problem or "")
            self.notify(
                msg.UI_GENERATE_UNFIT.format(problem=problem), severity="warning", markup=False
            )
        else:
            self._generating[entry.slug] = (0.0, "")
            self._update_row(entry)
            started = msg.UI_GENERATE_STARTED.format(title=quote(entry.title))
            self.notify(started, markup=False)  # a title may hold "[/]"
            self._generate(entry)

    @work(thread=True, group="generate")
    def _generate(self, entry: LibraryEntry) -> None:
        def progress(fraction: float, stage: str) -> None:
            self.app.call_from_thread(self._generation_progress, entry, fraction, stage)

        from tutor.ui.catalog import load_entry

        try:
            self.app.services.generate(entry, progress)
            fresh = load_entry(entry.article_path, entry.exercise_path, self.app.services.paths)
        except Exception as err:  # the worker must always hand back to the screen
            self.app.call_from_thread(self._generation_failed, entry, err)
            return
        self.app.call_from_thread(self._generation_done, fresh)

    def _generation_progress(self, entry: LibraryEntry, fraction: float, stage: str) -> None:
        if entry.slug in self._generating:
            self._generating[entry.slug] = (max(0.0, min(100.0, fraction * 100)), stage)
            self._update_row(entry)

    def _generation_failed(self, entry: LibraryEntry, err: Exception) -> None:
        self._generating.pop(entry.slug, None)
        self._update_row(entry)
        self.notify(
            msg.UI_GENERATE_FAILED.format(title=quote(entry.title), error=err),
            severity="error",
            timeout=15,
            markup=False,
        )

    def _generation_done(self, fresh: LibraryEntry) -> None:
        from tutor.ui.catalog import Catalog

        self._generating.pop(fresh.slug, None)
        if self.catalog is not None:
            entries = tuple(fresh if e.slug == fresh.slug else e for e in self.catalog.entries)
            self.catalog = Catalog(entries, self.catalog.problems)
        self._fill()
        if fresh.ready:
            self.notify(
                msg.UI_GENERATE_DONE.format(
                    title=quote(fresh.title), questions=format_questions(fresh.item_count)
                ),
                markup=False,
            )
        else:
            self.notify(fresh.problem or "", severity="error", markup=False)

    # --- review ----------------------------------------------------------------------------

    def action_review(self) -> None:
        self.start_review()

    def review_lesson(self) -> Lesson | None:
        """A session of every item due now, across all articles; None (and the learner told
        why) when there is nothing to review yet."""
        from tutor.ui.lesson import Lesson

        if self.catalog is None:
            self.notify(msg.UI_LIBRARY_LOADING)
            return None
        self.app.services.refresh()
        items = self.app.services.due_items(self.catalog)
        if not items:
            progress = self.app.services.progress
            done = progress is not None and bool(progress.attempts)
            self.notify(msg.UI_REVIEW_NOTHING if done else msg.UI_REVIEW_NOTHING_YET)
            return None
        return Lesson(msg.UI_REVIEW_TITLE, items, review=True)

    def start_review(self) -> None:
        """Open the review from wherever the learner is; with nothing due, they stay there."""
        from tutor.ui.screens.session import SessionScreen

        lesson = self.review_lesson()
        if lesson is not None:
            self.app.action_library()
            self.app.push_screen(SessionScreen(lesson))
