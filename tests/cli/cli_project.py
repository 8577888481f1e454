"""A teacher's project for the CLI tests: the seed article and its lesson copied into it (the
empty project itself is conftest's `classroom` fixture)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEED = ("poutine-coree-du-nord.md", "poutine-coree-du-nord.yaml")
"""The seed article and its shipped lesson, which `with_seed` copies."""


def with_seed(home: Path, lesson: bool = True) -> Path:
    """The seed article copied into the project (and its lesson, unless `lesson` is False)."""
    article, exercise = SEED
    (home / "content" / article).write_bytes((REPO / "content" / article).read_bytes())
    if lesson:
        (home / "exercises" / exercise).write_bytes((REPO / "exercises" / exercise).read_bytes())
    return home
