"""The project home and clock the UI tests share (a module of its own: `conftest` names clash
between test folders when they are imported by name)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from tutor.paths import ProjectPaths

CHECKOUT = Path(__file__).resolve().parents[2]
LESSON_FILE = CHECKOUT / "exercises" / "poutine-coree-du-nord.yaml"
UI_DATA = CHECKOUT / "tests" / "data" / "ui"


@dataclass
class Clock:
    """A fixed "now" for the app: snapshots and review due dates do not depend on the day."""

    moment: datetime

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, delta: timedelta) -> None:
        self.moment += delta


@dataclass(frozen=True)
class Home:
    """A copy of the shipped articles and the real lesson, and a progress folder."""

    paths: ProjectPaths
    progress: Path

    @property
    def exercises(self) -> Path:
        return self.paths.exercises
