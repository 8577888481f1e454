"""What changed in an article since its exercise file was written: its text, or its title.

The `article.hash` of an exercise file covers the body only, so that files written before titles
were recorded keep validating. The title is compared on its own: with `article.title` when the
file records it, else with the lesson `title` of a file that `tutor generate` wrote and nobody
edited since (generation copies the article's title there, and the file's `content_hash` proves
it is still the copy). A file edited by hand without `article.title` says nothing of the title
it was written for, so nothing is compared: a lesson title a teacher chose is no retitled article.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from tutor.model import Article
from tutor.yaml_source import PathKey

Finding = tuple[PathKey, str]
"""Where in the file (a path to a field) and what to tell the teacher; always a warning."""


def content_fingerprint(data: dict[str, Any]) -> str:
    """The `generated.content_hash` tutor generate writes for this document: everything but the
    `generated` block, as canonical JSON (the same formula as tutor.generate.document, which
    this module does not import: it would load the generator to validate a file)."""
    canonical = json.dumps(
        [{k: v for k, v in data.items() if k != "generated"}],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def is_unedited_generated(data: dict[str, Any]) -> bool:
    """Whether the file is exactly what tutor generate wrote (its content fingerprint holds)."""
    generated = data.get("generated")
    if not isinstance(generated, dict) or not generated.get("content_hash"):
        return False
    return generated["content_hash"] == content_fingerprint(data)


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def body_change(data: dict[str, Any], article: Article) -> Finding | None:
    """The note for an article whose text differs from the one the file was written for."""
    if article.text_hash == data["article"]["hash"]:
        return None
    return (
        ("article", "hash"),
        "the article's text has changed since this file was written; check the items against "
        f"it, then set the hash to {article.text_hash}",
    )


def title_change(data: dict[str, Any], article: Article, article_shown: str) -> Finding | None:
    """The note for an article retitled since the file was written, or None when the title is
    the same or the file does not say which title it was written for."""
    recorded = data["article"].get("title")
    if isinstance(recorded, str):
        if recorded.strip() == article.title:
            return None
        return (
            ("article", "title"),
            f"the article's title has changed since this file was written: it was "
            f"{_quoted(recorded.strip())}, it is now {_quoted(article.title)} "
            f"({article_shown}); check the items that repeat it (the lesson title, model "
            f"answers, feedback), then set article.title to {_quoted(article.title)}",
        )
    lesson_title = data.get("title")
    if not isinstance(lesson_title, str) or not is_unedited_generated(data):
        return None
    if lesson_title.strip() == article.title:
        return None
    return (
        ("title",),
        f"the article's title has changed since this file was generated: it was "
        f"{_quoted(lesson_title.strip())}, it is now {_quoted(article.title)} "
        f"({article_shown}); the file is as generated, so `tutor generate {article_shown}` "
        "remakes it; or check the items that repeat the title and add "
        f"`title: {_quoted(article.title)}` under `article:`",
    )
