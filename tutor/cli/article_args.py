"""What the ARTICLE of `tutor extract` and `tutor generate` may be: each refusal names what the
teacher gave instead (a folder, an exercise file, another kind of file) and what to give."""

from __future__ import annotations

from pathlib import Path

from tutor.content import ARTICLE_SUFFIXES
from tutor.exercise_io import EXERCISE_SUFFIXES


def article_refusal(path: Path) -> str | None:
    """Why `path`, which exists, cannot be read as an article; None when it can be tried.

    An exercise file read as an article made `tutor extract` analyse its YAML as French, and
    `tutor generate` advise renaming it to .txt; a folder was "no such article".
    """
    if path.is_dir():
        return f"{path}: a folder, not an article; give one of its .txt or .md files"
    if path.suffix in ARTICLE_SUFFIXES:
        return None
    if path.suffix in EXERCISE_SUFFIXES:
        return (
            f"{path}: an exercise file, not an article; give the article it is made from "
            "(its article.path, a file of content/)"
        )
    return (
        f"{path}: articles are .txt or .md files (a title line, then the text); "
        f"rename it to {path.with_suffix('.txt').name}"
    )
