"""Fixtures for driving the real app: a project home in tmp_path and a clock the test controls."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from ui_home import CHECKOUT, LESSON_FILE, Clock, Home

from tutor.paths import ProjectPaths


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Home]:
    root = tmp_path / "home"
    shutil.copytree(CHECKOUT / "content", root / "content")
    (root / "exercises").mkdir()
    shutil.copy(LESSON_FILE, root / "exercises" / LESSON_FILE.name)
    progress = tmp_path / "progress"
    monkeypatch.setenv("TUTOR_HOME", str(root))
    monkeypatch.setenv("TUTOR_PROGRESS_DIR", str(progress))
    yield Home(ProjectPaths(root), progress)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 2, 9, 30, tzinfo=UTC))


@pytest.fixture
def make_app(home: Home, clock: Clock) -> Callable[..., object]:
    """A new TutorApp on the test home; each call is a fresh start of the program."""
    from tutor.ui.app import TutorApp

    def make(**kwargs: object) -> TutorApp:
        kwargs.setdefault("paths", home.paths)
        kwargs.setdefault("progress_dir", home.progress)
        kwargs.setdefault("now", clock)
        return TutorApp(**kwargs)  # type: ignore[arg-type]

    return make
