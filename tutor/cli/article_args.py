"""What the ARTICLE of `tutor extract` and `tutor generate` may be: each refusal names what the
teacher gave instead (a folder, an exercise file, another kind of file) and what to give."""

from __future__ import annotations

import glob
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
    kind = _NOT_PLAIN.get(path.suffix.lower()) or (None if _is_text(path) else "not text")
    if kind is not None:
        return (
            f"{path}: not plain text ({kind}); save it as plain text (.txt, UTF-8) under the "
            f"name {path.with_suffix('.txt')}, or copy its text into that file (the title on "
            "the first line, then the text)"
        )
    return (
        f"{path}: articles are .txt or .md files (a title line, then the text); "
        f"rename it to {path.with_suffix('.txt').name}"
    )


_NOT_PLAIN = {
    ".docx": "a Word document",
    ".doc": "a Word document",
    ".odt": "a LibreOffice document",
    ".rtf": "an RTF document",
    ".pages": "a Pages document",
    ".pdf": "a PDF",
    ".html": "a web page",
    ".htm": "a web page",
}
"""Files a teacher saves an article in that renaming to .txt would not make text: a renamed
.docx is still a zip archive, a renamed .rtf or web page keeps its markup."""


def _is_text(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return b"\x00" not in file.read(8192)
    except OSError:
        return True  # the reading of the article says what is wrong


def other_kind_of(name: str, content: Path) -> Path | None:
    """A file of `content` named `name` with a suffix no article has (content/budget.docx for
    'budget'), which the teacher meant: "no such article" said nothing of it."""
    if not name or "/" in name or name.startswith("."):
        return None
    found = sorted(p for p in content.glob(f"{glob.escape(name)}.*") if p.is_file())
    return next((p for p in found if p.suffix not in ARTICLE_SUFFIXES), None)


def not_plain_files(content: Path) -> list[Path]:
    """The files of `content` saved from a word processor or a browser (.docx, .pdf, .html),
    which `tutor generate --all` would otherwise pass over without a word."""
    if not content.is_dir():
        return []
    return sorted(p for p in content.iterdir() if p.is_file() and p.suffix.lower() in _NOT_PLAIN)
