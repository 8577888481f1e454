"""Exercise files that serve the same article: the app shows one lesson per article, the first
file by name, so the others would silently never reach a learner."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def shadowed_lessons(pairs: Iterable[tuple[Path, Path]]) -> list[tuple[Path, Path, Path]]:
    """(file not shown, file shown instead, article) for each exercise file whose article an
    earlier file by name already serves; `pairs` are (exercise file, resolved article file)."""
    first: dict[Path, Path] = {}
    found = []
    for exercise, article in sorted(pairs, key=lambda pair: pair[0].name):
        if article in first:
            found.append((exercise, first[article], article))
        else:
            first[article] = exercise
    return found


def shadowed_message(shown: Path, article: Path) -> str:
    """What the teacher reads about a file the app does not show."""
    return (
        f"the app does not show this file: {shown.name} is also a lesson of {article.name} "
        "and comes first by name (one lesson per article); remove or rename one of them, "
        "or point article.path at another article"
    )
