"""French typography on screen: no-break spaces that hold when a line wraps, and quotations
that never put « » inside « »."""

from __future__ import annotations

import re

from tutor import messages as msg

NO_BREAK_SPACE = "\u00a0"
NO_BREAK_SPACES = "\u00a0\u202f\u2007\u2060"
"""No-break space, narrow no-break space, figure space and word joiner: never a line break."""

GLUED_WORD = re.compile(rf"[^\S{NO_BREAK_SPACES}]*[\S{NO_BREAK_SPACES}]+[^\S{NO_BREAK_SPACES}]*")
"""A word for line wrapping, with the words it is glued to by no-break spaces."""

_SPACE_BEFORE = re.compile(r"[ \t]+([:;!?»%])")
_AFTER_OPENING = re.compile(r"«[ \t\u00a0\u202f]*")
_BEFORE_CLOSING = re.compile(r"[ \t\u00a0\u202f]*»")
_DIGIT_GROUP_SPACE = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
"""The space of "8 000" or "3 600": a line break there reads as two numbers."""
_SIGN_SPACE = re.compile(r"(?<![^\s(])([-–−+]) (?=\d)")
"""The space of "- 33 %": "(-" ended a line of the PSA article, "33 %" began the next."""
_SPACE_BEFORE_MARK = re.compile(r"[ \t](?=[:;!?»%])")
_SPACE_AFTER_OPENING = re.compile(r"(?<=«)[ \t]")
_QUOTED_SENTENCE_END = re.compile(r"([.!?…][\u00a0\u202f]?»)\.")
"""« ... phrase. ». : a quotation that ends a sentence with its own point takes no second one."""


def keep_no_break_spaces() -> None:
    """Make the app's line wrapping respect no-break spaces.

    Textual wraps text with rich's `divide_line`, whose word pattern (`\\s*\\S+\\s*`) counts
    U+00A0 as a space like any other (rich issue #4196, open): a closing » or a `:` could still
    start a line on its own, whatever tutor/messages puts before it. The pattern is a module
    global read at each call, so swapping it is enough; only the app process uses rich.
    """
    import rich._wrap

    rich._wrap.re_word = GLUED_WORD


def glue_numbers(text: str) -> str:
    """The text with its numbers' digit groups held together ("3 600" never wraps as "3" and
    "600"), and a sign with its number ("- 33 %"); the same length, so offsets into the text
    still hold."""
    return _SIGN_SPACE.sub(r"\1" + NO_BREAK_SPACE, _DIGIT_GROUP_SPACE.sub(NO_BREAK_SPACE, text))


def hold_together(text: str) -> str:
    """An article's own text as shown: the spaces it has around « », before : ; ! ? % and
    inside numbers become no-break ones, so "deux «" never ends a line; nothing is added or
    removed, so offsets into the text (key terms, the proof) still hold."""
    text = _SPACE_BEFORE_MARK.sub(NO_BREAK_SPACE, glue_numbers(text))
    return _SPACE_AFTER_OPENING.sub(NO_BREAK_SPACE, text)


def french_spacing(text: str) -> str:
    """A text with no-break spaces where French wants them: before : ; ! ? % and » and after
    «, and inside numbers, so none of them is left alone at the start or the end of a line.
    Spaces the text does not have are not added, except inside « ». A quoted sentence that
    ends the text's own sentence keeps one point: « ... soutenir la Corée du Nord. »"""
    text = _SPACE_BEFORE.sub(NO_BREAK_SPACE + r"\1", text)
    text = _AFTER_OPENING.sub("«" + NO_BREAK_SPACE, text)
    text = _BEFORE_CLOSING.sub(NO_BREAK_SPACE + "»", text)
    return _QUOTED_SENTENCE_END.sub(r"\1", glue_numbers(text))


def quote(text: str) -> str:
    """A text between « », as French quotes inside a sentence: its own « » become “ ” (French
    nests quotations that way, never « « » »), and the marks are glued to the words. A quotation
    the text opens without closing (a sentence cut at its « … ! ») is closed."""
    # imported here: the learner picker, the app's first screen, quotes nothing
    from tutor.verdict import nested_quotes

    return msg.QUOTED.format(text=french_spacing(nested_quotes(text)))
