"""Where the project's folders are: content, exercises, glossary and learners' progress.

Run from a checkout, they are the checkout's folders; `TUTOR_HOME` points elsewhere (a classroom
share, a test's temporary folder), and `TUTOR_PROGRESS_DIR` moves learners' progress on its own.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
CHECKOUT_DIR = PACKAGE_DIR.parent


@dataclass(frozen=True)
class ProjectPaths:
    """The folders one run of tutor works with."""

    home: Path

    @property
    def content(self) -> Path:
        return self.home / "content"

    @property
    def exercises(self) -> Path:
        return self.home / "exercises"

    def exercise_file_for(self, article_path: Path) -> Path:
        """The default exercise file of an article: `exercises/<article stem>.yaml`."""
        return self.exercises / f"{article_path.stem}.yaml"


def project_paths(home: Path | None = None) -> ProjectPaths:
    """The project folders: an explicit home, else $TUTOR_HOME, else the current folder when it
    has a `content/` folder, else the checkout this package runs from (the embedded default)."""
    if home is not None:
        return ProjectPaths(home.resolve())
    env_home = os.environ.get("TUTOR_HOME")
    if env_home:
        return ProjectPaths(Path(env_home).resolve())
    cwd = Path.cwd()
    if (cwd / "content").is_dir():
        return ProjectPaths(cwd.resolve())
    return ProjectPaths(CHECKOUT_DIR)
