"""How long an exercise file's texts may be: a warning past it in `tutor validate`, and a cap on
what the app shows.

A hint is a sentence, feedback says why in a few lines, a passage is a paragraph: the longest
of any field in the shipped and test lessons is 653 characters (an evidence sentence). A text
of 1 MB (a paste gone wrong) took seconds for the app to lay out, on the screen's thread.
"""

from __future__ import annotations

from collections.abc import Iterator

MAX_TEXT = 3000
"""Characters past which a text of an item is surely not what its author meant."""

SHOWN_MARK = " […]"


def long_texts(
    data: object, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Where a document holds a text longer than MAX_TEXT, and the text."""
    if isinstance(data, str):
        if len(data) > MAX_TEXT:
            yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from long_texts(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from long_texts(value, (*path, index))


def long_text_message(text: str) -> str:
    """The warning for an over-long text."""
    return (
        f"is {len(text):,} characters long (more than {MAX_TEXT:,}); the app shows only the "
        "start: keep hints and feedback to a few sentences"
    )


def shown_text(text: str, limit: int = MAX_TEXT) -> str:
    """A text as the app shows it: cut after `limit` characters, at a space when one is near."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ", limit - 200)
    return (cut[:space] if space > 0 else cut).rstrip() + SHOWN_MARK
