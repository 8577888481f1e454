"""The app's only door to the core: learners, grading, the learner's record, reviews, generation.

Screens call these methods and never the core modules directly, so a change in a core API is one
edit here. Core modules are imported inside the methods that need them: the first screen only
needs the list of learners, and everything else loads while the learner reads it (startup time
is measured by bench/startup.py). Generation imports spaCy, so it only ever runs in a worker
thread.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.paths import ProjectPaths
from tutor.ui.reader_glossary import ReaderGlossary

if TYPE_CHECKING:
    from tutor.glossary import Glossary
    from tutor.model import Item, Skill
    from tutor.progress import LearnerProgress
    from tutor.review import DueItem
    from tutor.scoring import Answer, Verdict
    from tutor.ui.catalog import Catalog, LibraryEntry
    from tutor.ui.lesson import Lesson, LessonItem, Played


Generator = Callable[..., Any]
"""`generate_exercise_file(article_path, out_path, *, seed, force, progress, content_dir)`."""
GENERATION_STEPS = 5
"""Stages the generator reports (reading, model, analysis, exercises, saving)."""
FIRST_LESSON = "poutine-coree-du-nord"
"""The article a new learner is offered first: the app's hand-written default lesson (the
library lists articles alphabetically, and the first one is not meant as a start)."""


@dataclass(frozen=True)
class ArticleStats:
    """A learner's standing on one article: the share of its points earned on the last try of
    each item (None before any answer), and how many of its items are due for review."""

    score: float | None
    due: int


def corrupt_notice(kept: int, found: int) -> str:
    """What a learner reads when their record was damaged and moved aside: the answers kept in
    words ("1 réponse sur 2 a été récupérée", never "0 réponse(s) sur 0"), and that a copy is
    kept for the teacher (its path, cut in two in a notification, said nothing to a learner)."""
    from tutor import messages as msg

    if kept == 0:
        kept_words = msg.UI_PROGRESS_KEPT_NONE
    else:
        kept_words = msg.UI_PROGRESS_KEPT[kept > 1].format(kept=kept, found=found)
    return msg.UI_PROGRESS_CORRUPT.format(kept_words=kept_words)


def local_now() -> datetime:
    """Now, with the local time zone: progress and reviews compare aware times."""
    return datetime.now().astimezone()


@dataclass
class Services:
    """Everything the screens need from outside the UI, for one run of the app."""

    paths: ProjectPaths
    progress_dir: Path | None = None
    now: Callable[[], datetime] = local_now
    generator: Generator | None = None
    progress: LearnerProgress | None = None
    _reader: ReaderGlossary = field(init=False)

    def __post_init__(self) -> None:
        self._reader = ReaderGlossary(self.paths.content)

    # --- learners --------------------------------------------------------------------------

    def _folder(self) -> Path:
        from tutor.learners import progress_dir

        return progress_dir(self.progress_dir)

    def learners(self) -> list[str]:
        """Names of the learners with a progress file, the last one first."""
        from tutor.learners import list_learners

        names = [entry.name for entry in list_learners(self._folder())]
        last = self.last_learner()
        if last:  # first, and listed even before their first answer writes their file
            if last in names:
                names.remove(last)
            names.insert(0, last)
        return names

    def last_learner(self) -> str | None:
        from tutor.learners import last_learner

        return last_learner(self._folder())

    @property
    def learner(self) -> str | None:
        return self.progress.learner if self.progress else None

    def open_learner(self, name: str) -> list[str]:
        """Open a learner's record (a typed "zoe" finds "Zoé"); returns the French notices to
        show: a file repaired or moved aside. Raises OSError when the folder is unusable."""
        from tutor.learners import find_learner, remember_last_learner
        from tutor.progress import open_progress

        folder = self._folder()
        known = find_learner(folder, name)
        name = known.name if known else name.strip()
        if self.progress is not None:
            self.progress.close()
        self.progress = open_progress(name, folder)
        remember_last_learner(folder, name)
        return [
            corrupt_notice(w.kept, w.found) if w.kind == "corrupt" else w.message
            for w in self.progress.warnings
        ]

    def remember_article(self, slug: str) -> None:
        """Note the article the learner opens, so the next library starts on it."""
        from tutor.learners import remember_last_article

        if self.learner:
            remember_last_article(self._folder(), self.learner, slug)

    def start_article(self, catalog: Catalog) -> str | None:
        """Where the library's cursor starts: the article opened last, else the one of the
        last answer (records from before articles were remembered), else, for a new learner,
        the default lesson, or the first article with exercises; None for the first row."""
        from tutor.learners import last_article

        opened = last_article(self._folder(), self.learner) if self.learner else None
        if opened and catalog.entry(opened) is not None:
            return opened
        if self.progress is not None and self.progress.attempts:
            exercise = self.progress.attempts[-1].exercise
            for entry in catalog.entries:
                if entry.exercise_set is not None and entry.exercise_set.path.name == exercise:
                    return entry.slug
        first = catalog.entry(FIRST_LESSON)
        if first is not None and first.ready:
            return first.slug
        return next((e.slug for e in catalog.entries if e.ready), None)

    def refresh(self) -> None:
        """Pick up the answers the same learner gave meanwhile in another window: the record
        is shared through its file (appends are locked), the screens read this copy."""
        if self.progress is not None:
            with contextlib.suppress(OSError):
                self.progress.refresh()

    # --- grading and recording -------------------------------------------------------------

    def grade(self, item: Item, answer: Answer, hint_used: bool) -> Verdict:
        from tutor.scoring import grade

        return grade(item, answer, hint_used=hint_used)

    def prepare_grading(self) -> None:
        """Load the grader ahead, off the UI thread (about 30 ms, taken from the first answer)."""
        import tutor.scoring  # noqa: F401

    def record(
        self,
        lesson_item: LessonItem,
        answer: Answer,
        verdict: Verdict,
        hint_used: bool,
        seconds: float | None = None,
    ) -> None:
        """Write the attempt to the learner's file before returning: an answer is never lost."""
        assert self.progress is not None, "a learner is chosen before any exercise"
        self.progress.record(
            lesson_item.exercise_set,
            lesson_item.item,
            verdict,
            answer,
            hint_used=hint_used,
            when=self.now(),
            seconds=seconds,
        )

    # --- what the learner has done ---------------------------------------------------------

    def answers_to(self, lesson_item: LessonItem) -> int:
        """How many answers to the item the learner's record holds: the attempt about to be
        played, which sets the order of its options (0 without a learner)."""
        if self.progress is None:
            return 0
        key = (lesson_item.exercise_set.path.name, lesson_item.item.id)
        return sum(1 for attempt in self.progress.attempts if attempt.key == key)

    def _states(self, catalog: Catalog | None) -> dict[tuple[str, str], Any]:
        from tutor.review import item_states

        if self.progress is None:
            return {}
        sets = [e.exercise_set for e in catalog.entries if e.exercise_set] if catalog else None
        current = None
        if sets is not None:
            from tutor.review import current_fingerprints

            current = current_fingerprints(sets)
        return item_states(self.progress.attempts, current)

    def due(self, catalog: Catalog) -> list[DueItem]:
        """Items due now across all articles, most overdue first."""
        from tutor.review import review_queue

        if self.progress is None:
            return []
        sets = [e.exercise_set for e in catalog.entries if e.exercise_set]
        return review_queue(self.progress, self.now(), exercises=sets)

    def article_stats(self, catalog: Catalog) -> dict[str, ArticleStats]:
        """Each ready article's score and items due, by slug, in one pass over the record."""
        states = self._states(catalog)
        due_by_file: dict[str, int] = defaultdict(int)
        for due in self.due(catalog):
            due_by_file[due.exercise] += 1
        out: dict[str, ArticleStats] = {}
        for entry in catalog.entries:
            if entry.exercise_set is None:
                continue
            name = entry.exercise_set.path.name
            total = sum(item.points for item in entry.exercise_set.items)
            tried = [
                states[(name, i.id)] for i in entry.exercise_set.items if (name, i.id) in states
            ]
            score = sum(s.last.points for s in tried) / total if tried and total else None
            out[entry.slug] = ArticleStats(score, due_by_file.get(name, 0))
        return out

    def skill_mastery(self, catalog: Catalog | None = None) -> dict[Skill, float | None]:
        """Per skill, the share of points earned on the last try of each item tried."""
        from tutor.model import Skill

        earned: dict[Skill, float] = defaultdict(float)
        possible: dict[Skill, float] = defaultdict(float)
        for state in self._states(catalog).values():
            earned[state.skill] += state.last.points
            possible[state.skill] += state.last.max_points
        return {s: (earned[s] / possible[s] if possible[s] else None) for s in Skill}

    def accuracy_by_day(self) -> list[tuple[date, float]]:
        """Share of points earned per day of work (local days), oldest first."""
        if self.progress is None:
            return []
        earned: dict[date, float] = defaultdict(float)
        possible: dict[date, float] = defaultdict(float)
        for attempt in self.progress.attempts:
            day = attempt.time.astimezone(self.now().tzinfo).date()
            earned[day] += attempt.points
            possible[day] += attempt.max_points
        return [(d, earned[d] / possible[d]) for d in sorted(possible) if possible[d]]

    def due_items(self, catalog: Catalog) -> list[LessonItem]:
        """The items due now, ready to play, from articles that can still be played."""
        from tutor.ui.lesson import LessonItem

        by_file = {
            e.exercise_set.path.name: e for e in catalog.entries if e.exercise_set and e.article
        }
        last_answered: dict[tuple[str, str], datetime] = {}
        for attempt in self.progress.attempts if self.progress else ():
            known = last_answered.get(attempt.key)
            if known is None or attempt.time > known:
                last_answered[attempt.key] = attempt.time
        zone = self.now().tzinfo
        out: list[LessonItem] = []
        for due in self.due(catalog):
            entry = by_file.get(due.exercise)
            item = entry.exercise_set.item(due.item_id) if entry and entry.exercise_set else None
            if entry is not None and item is not None and entry.article is not None:
                assert entry.exercise_set is not None
                answered = last_answered.get((due.exercise, due.item_id))
                day = answered.astimezone(zone).date() if answered else None
                out.append(
                    LessonItem(item, entry.article, entry.exercise_set, str(due.last_outcome), day)
                )
        return out

    def played_so_far(self, lesson: Lesson) -> dict[str, Played]:
        """The items of a one-article lesson answered in the pass under way, by item id.

        A pass ends when the learner answers the lesson's last item: only the answers given
        after that count (all of them before the first pass ends), so a learner who leaves at
        question 9 comes back to question 9, and one who finished starts again from the top.
        Answers to an older version of an item do not count.
        """
        from tutor.review import current_fingerprints
        from tutor.ui.lesson import Played

        if self.progress is None or not lesson.items:
            return {}
        exercise_set = lesson.items[0].exercise_set
        name = exercise_set.path.name
        current = current_fingerprints([exercise_set])
        latest: dict[str, Any] = {}
        before: dict[str, int] = {}  # answers recorded before the latest: the attempt it was
        answered: dict[str, int] = defaultdict(int)
        for attempt in self.progress.attempts:
            if attempt.exercise == name:
                answered[attempt.item_id] += 1
            if (
                attempt.exercise != name
                or current.get((name, attempt.item_id)) != attempt.fingerprint
            ):
                continue
            known = latest.get(attempt.item_id)
            if known is None or attempt.time >= known.time:
                latest[attempt.item_id] = attempt
                before[attempt.item_id] = answered[attempt.item_id] - 1
        final = latest.get(lesson.items[-1].item.id)
        if final is not None:
            latest = {k: a for k, a in latest.items() if a.time > final.time}
        played: dict[str, Played] = {}
        for lesson_item in lesson.items:
            attempt = latest.get(lesson_item.item.id)
            if attempt is None:
                continue
            expected = self.grade(lesson_item.item, "", False).expected
            played[lesson_item.item.id] = Played(
                lesson_item,
                str(attempt.outcome),
                attempt.points,
                attempt.max_points,
                expected,
                attempt.hint_used,
                before.get(lesson_item.item.id, 0),
            )
        return played

    # --- generation and glossary -----------------------------------------------------------

    def generate(self, entry: LibraryEntry, progress: Callable[[float, str], None]) -> Path:
        """Write the exercise file of an article; runs in a worker thread (loads spaCy).

        The generator reports stages as French sentences; each one moves the bar a step.
        """
        generator = self.generator
        if generator is None:
            from tutor.generate import generate_exercise_file

            generator = generate_exercise_file
        steps = 0

        def stage(message: str) -> None:
            nonlocal steps
            steps += 1
            progress(min(steps / GENERATION_STEPS, 0.95), message)

        generator(
            entry.article_path,
            entry.exercise_path,
            seed=0,
            force=False,
            progress=stage,
            content_dir=self.paths.content,
        )
        return entry.exercise_path

    def glossary(self) -> Glossary | None:
        """The shipped glossary with the teacher's additions, read once (ui/reader_glossary.py);
        None when it cannot be read (the reader then highlights the exercises' terms only)."""
        return self._reader.glossary()

    def is_common_word(self, term: str) -> bool:
        """Whether a single word is everyday French, so the reader need not highlight it."""
        return self._reader.is_common_word(term)

    def prepare_reader(self) -> None:
        """Read the glossary, its word index and which of its words are everyday ahead, off the
        UI thread."""
        self._reader.prepare()
