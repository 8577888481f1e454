"""GIFT syntax (Moodle's plain-text quiz format): escaping, and the layout of one question, as
Moodle's importer (question/format/gift/format.php) reads them.

What the importer does, and so what the text written here guards against:
- `~ = # { } :` have a meaning anywhere in a question, and a backslash escapes them (`\\~`);
  `\\\\` is a backslash and `\\n` a line break. A blank line ends the question.
- The answers are between the first `{` and the first `}`; text after the `}` makes it a
  missing-word question, with `_____` where the answers were.
- A part that starts with `[html]`, `[moodle]`, `[plain]` or `[markdown]` is in that text format;
  the question text's format is also its answers' and feedbacks'. Questions here are `[html]`,
  so the article's text shows exactly as it is (a `<` stays a `<`).
- Short answers and the right side of a matching pair are plain text whatever the format (a
  short answer is compared with what the learner typed; `*` is a wildcard there unless
  written `\\*`); an answer starting with `%50%` would be read as half the points.
- `->` cannot be escaped: it splits a matching pair at its first occurrence, and any `->` among
  the answers makes the question a matching one.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

TEXT_FORMAT = "html"
BLANK = "_____"
"""The gap Moodle shows in a missing-word question."""
MATCH_ARROW = "->"

_ESCAPES = str.maketrans(
    {
        "\\": "\\\\",
        "~": "\\~",
        "=": "\\=",
        "#": "\\#",
        "{": "\\{",
        "}": "\\}",
        ":": "\\:",
        "\n": "\\n",
        "\r": "",
    }
)
_WEIGHT = re.compile(r"%-*[0-9]{1,2}\.?[0-9]*%")
"""An answer weight as the importer finds it at the start of an answer (`%50%`)."""
_LINE_BREAKS = re.compile(r"\s*\n\s*")


def escape(text: str) -> str:
    """A text with GIFT's special characters escaped; a line break becomes `\\n`."""
    return text.translate(_ESCAPES)


def _html_body(text: str) -> str:
    """A text as GIFT `[html]` text: HTML's `& < >` escaped, line breaks as `<br>`, then
    GIFT's characters."""
    return escape(_LINE_BREAKS.sub("<br>", html.escape(text.strip(), quote=False)))


def html_part(text: str) -> str:
    """An answer or a feedback as `[html]` text. One opening with `[` gets its format written
    out, so `[plain] ...` in an article is not read as a format."""
    part = _html_body(text)
    return f"[{TEXT_FORMAT}]{part}" if part.startswith("[") else part


def plain_part(text: str) -> str:
    """A short answer or the right side of a matching pair: plain text on one line."""
    return escape(" ".join(text.split()))


def choice_answers(options: Iterable[str], right: str) -> tuple[str, ...]:
    """The answer lines of a multiple-choice question (the right option marked `=`)."""
    lines = []
    for option in options:
        part = html_part(option)
        if option == right:
            lines.append(f"={part}")
        else:
            # a wrong option's weight is read from its start: "%12% des voix" would score
            lines.append(f"~%0%{part}" if _WEIGHT.match(part) else f"~{part}")
    return tuple(lines)


def short_answers(forms: Iterable[str]) -> tuple[str, ...]:
    """The answer lines of a short-answer question, every form worth full points; the same
    form twice is written once, and a `*` is the character, not Moodle's wildcard."""
    lines: list[str] = []
    for form in forms:
        part = plain_part(form.replace("*", "\\*"))
        if part.startswith("["):
            part = f"[{TEXT_FORMAT}]{part}"  # the importer strips a format from an answer
        line = f"=%100%{part}" if _WEIGHT.match(part) else f"={part}"
        if part and line not in lines:
            lines.append(line)
    return tuple(lines)


def match_answers(pairs: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """The lines of a matching question: each left text (shown) with its right one (chosen
    from a list). The left side is HTML, so its `>` are written `&gt;` and no `->` is left."""
    return tuple(f"={html_part(left)} {MATCH_ARROW} {plain_part(right)}" for left, right in pairs)


@dataclass(frozen=True)
class GiftQuestion:
    """One question of a GIFT file.

    `text` is the question text (plain text, made HTML here); `answers` are lines built by
    the functions above (none for an essay); `after`, when not None, is the text after the
    gap of a missing-word question, whose answers then stand where the gap is.
    """

    title: str
    text: str
    answers: tuple[str, ...]
    general_feedback: str = ""
    after: str | None = None

    def render(self) -> str:
        """The question as it is written in the file, ending with a line break."""
        text = _html_body(self.text)
        closing = "}"
        if self.after is not None:
            # the gap keeps the spaces around it: "l'{...}" and "{...}." as the sentence has
            # them, and a line break before it (a sentence that opens with the gap)
            space = self.text[len(self.text.rstrip()) :]
            text += "<br>" if "\n" in space else " " if space else ""
            if self.after.strip():
                closing += (" " if self.after[0].isspace() else "") + _html_body(self.after)
            else:
                text += BLANK  # the importer puts no blank before a closing `}`
        lines = [f"::{escape(self.title)}::[{TEXT_FORMAT}]{text}{{"]
        lines += [f"\t{answer}" for answer in self.answers]
        if self.general_feedback.strip():
            lines.append(f"\t####{html_part(self.general_feedback)}")
        lines.append(closing)
        return "\n".join(lines) + "\n"


def comment_lines(lines: Iterable[str]) -> str:
    """`// ` comment lines (Moodle skips them), one per text line given."""
    return "".join(f"// {' '.join(line.split())}\n" for line in lines)


def category_line(path: Iterable[str]) -> str:
    """A `$CATEGORY:` line putting the questions after it in this category path. Moodle reads
    the line before any escape is undone, so names are written as they are, with a `/` inside
    a name doubled (Moodle's escape in category paths) and backslashes left out."""
    names = [" ".join(name.replace("\\", " ").replace("/", "//").split()) for name in path]
    return f"$CATEGORY: {'/'.join(names)}\n"
