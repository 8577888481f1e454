"""The app's only door to the core: grading, the learner's record, reviews and generation.

Screens call these small functions and never the core modules directly, so a change in a core
API is one edit here. Nothing here imports textual, and generation is imported lazily: the
generator loads spaCy, which the app must only ever do inside a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tutor.model import Item, Skill
from tutor.paths import ProjectPaths
from tutor.ui.catalog import Catalog, LibraryEntry
from tutor.ui.lesson import LessonItem

Generator = Callable[..., Any]
"""`generate_exercise_file(article_path, out_path, *, seed, force, progress)`."""


@dataclass(frozen=True)
class Feedback:
    """A verdict as the app shows it."""

    outcome: str
    points: float
    max_points: float
    expected: str
    explanation: str
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleStats:
    """A learner's standing on one article: best score ratio so far and items due now."""

    score: float | None
    due: int


@dataclass
class Services:
    """Everything the screens need from outside the UI, for one run of the app."""

    paths: ProjectPaths
    progress_dir: Path | None = None
    now: Callable[[], datetime] = datetime.now
    generator: Generator | None = None
    learner: str | None = None
    _attempts: list[dict[str, Any]] = field(default_factory=list)

    # --- learners --------------------------------------------------------------------------

    def learners(self) -> list[str]:
        return [self.learner] if self.learner else []

    def last_learner(self) -> str | None:
        return self.learner

    def open_learner(self, name: str) -> list[str]:
        """Make `name` the current learner; returns notices to show (a repaired file...)."""
        self.learner = name.strip()
        return []

    # --- grading and recording -------------------------------------------------------------

    def grade(self, item: Item, answer: object, hint_used: bool) -> Feedback:
        from tutor.ui import interim

        return interim.grade(item, answer, hint_used)

    def record(
        self, lesson_item: LessonItem, answer: object, feedback: Feedback, hint: bool
    ) -> None:
        """Write the attempt to the learner's file now: an answer is never lost."""
        self._attempts.append(
            {
                "article": lesson_item.article.slug,
                "item": lesson_item.item.id,
                "skill": lesson_item.item.skill,
                "outcome": feedback.outcome,
                "points": feedback.points,
                "max": feedback.max_points,
                "when": self.now(),
            }
        )

    # --- what the learner has done ---------------------------------------------------------

    def article_stats(self, entry: LibraryEntry) -> ArticleStats:
        mine = [a for a in self._attempts if a["article"] == entry.slug]
        if not mine:
            return ArticleStats(None, 0)
        total = sum(a["max"] for a in mine)
        due = len({a["item"] for a in mine if a["outcome"] != "correct"})
        return ArticleStats(sum(a["points"] for a in mine) / total if total else None, due)

    def skill_mastery(self) -> dict[Skill, float | None]:
        out: dict[Skill, float | None] = {}
        for skill in Skill:
            mine = [a for a in self._attempts if a["skill"] == skill]
            total = sum(a["max"] for a in mine)
            out[skill] = sum(a["points"] for a in mine) / total if total else None
        return out

    def accuracy_by_day(self) -> list[tuple[date, float]]:
        days: dict[date, list[float]] = {}
        for a in self._attempts:
            days.setdefault(a["when"].date(), []).append(a["points"] / a["max"])
        return [(d, sum(v) / len(v)) for d, v in sorted(days.items())]

    def due_items(self, catalog: Catalog) -> list[LessonItem]:
        wrong = {(a["article"], a["item"]) for a in self._attempts if a["outcome"] != "correct"}
        out: list[LessonItem] = []
        for entry in catalog.entries:
            if entry.exercise_set is None or entry.article is None:
                continue
            for item in entry.exercise_set.items:
                if (entry.slug, item.id) in wrong:
                    out.append(LessonItem(item, entry.article, entry.exercise_set))
        return out

    # --- generation and glossary -----------------------------------------------------------

    def generate(self, entry: LibraryEntry, progress: Callable[[float, str], None]) -> Path:
        """Write the exercise file of an article; runs in a worker thread (loads spaCy)."""
        generator = self.generator
        if generator is None:
            from tutor.generate import generate_exercise_file

            generator = generate_exercise_file
        generator(entry.article_path, entry.exercise_path, seed=0, force=False, progress=progress)
        return entry.exercise_path

    def glossary(self) -> dict[str, str]:
        """Term -> definition from the shipped glossary, or nothing when there is none yet."""
        try:
            from tutor import glossary
        except ImportError:
            return {}
        try:
            return dict(glossary.load_glossary())
        except Exception:
            return {}
