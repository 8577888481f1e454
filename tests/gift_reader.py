"""A strict reader of the GIFT subset `tutor export` writes, for tests.

It reads a file the way Moodle's importer does (question/format/gift/format.php: blank lines
between questions, `//` comment lines, backslash escapes, the first `{` and `}` around the
answers, a missing-word blank when text follows the `}`, `####` general feedback, the type told
from the answers), and fails on anything the writer should never emit: an unknown escape, a
second `{` or `}`, a question without a title or not in `[html]`, HTML other than `<br>`, a
multiple choice without exactly one right answer.

No GIFT parser on PyPI is kept up to date (pygiftparser 1.1 dates from 2017,
pygiftparserrgmf 0.0.5 from 2022), hence this one.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

ESCAPABLE = {
    ":": "\ue03a",
    "#": "\ue023",
    "=": "\ue03d",
    "{": "\ue07b",
    "}": "\ue07d",
    "~": "\ue07e",
}
"""Each escapable character and the placeholder it stands as while the question is read."""
_BACK = {v: k for k, v in ESCAPABLE.items()}
FORMATS = ("moodle", "html", "plain", "markdown")
_WEIGHT = re.compile(r"^%(-*[0-9]{1,2}\.?[0-9]*)%")
BLANK = "_____"


class GiftError(ValueError):
    """The text is not GIFT as `tutor export` writes it."""


@dataclass
class Answer:
    text: str
    fraction: float
    feedback: str = ""


@dataclass
class Question:
    title: str
    kind: str  # multichoice, shortanswer, match, essay, truefalse, numerical
    text: str
    text_format: str
    general_feedback: str = ""
    answers: list[Answer] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    category: str = ""


@dataclass
class GiftFile:
    questions: list[Question]
    categories: list[str]
    comments: list[str]


def _protect(text: str) -> str:
    """Escapes replaced by placeholders, `\\\\` by a backslash, `\\n` by a line break."""

    def one(match: re.Match[str]) -> str:
        char = match.group(1)
        if char == "\\":
            return "\\"
        if char == "n":
            return "\n"
        if char in ESCAPABLE:
            return ESCAPABLE[char]
        raise GiftError(f"unknown escape \\{char} in {text!r}")

    return re.sub(r"\\(.)", one, text, flags=re.DOTALL)


def _restore(text: str) -> str:
    return "".join(_BACK.get(c, c) for c in text)


def _format_and_text(text: str, default: str) -> tuple[str, str]:
    """Moodle's parse_text_with_format: a leading [format] of a known name, then the text."""
    if text.startswith("["):
        name = text[1 : text.find("]")]
        if name in FORMATS:
            return name, _restore(text[len(name) + 2 :]).strip()
    return default, _restore(text).strip()


def shown(part: str, text_format: str = "html") -> str:
    """What the learner reads of an `[html]` part: `<br>` as a line break, entities decoded;
    any other tag is an error (the writer must escape the article's own `<`)."""
    if text_format != "html":
        return part
    if re.search(r"<(?!br>)", part):
        raise GiftError(f"HTML other than <br> in {part!r}")
    return html.unescape(part.replace("<br>", "\n"))


def _split_feedback(answer: str) -> tuple[str, str]:
    text, _, feedback = answer.partition("#")
    return text.strip(), feedback.strip()


def _weight(answer: str, default: float) -> tuple[float, str]:
    match = _WEIGHT.match(answer)
    if match is None:
        return default, answer
    return float(match.group(1)) / 100, answer[match.end() :]


def _choices(answer_text: str, text_format: str) -> list[Answer]:
    parts = answer_text.replace("=", "~=").split("~")
    if parts[0].strip():
        raise GiftError(f"text before the first answer: {parts[0]!r}")
    answers = []
    for raw in (p.strip() for p in parts[1:]):
        if raw.startswith("="):
            fraction, raw = 1.0, raw[1:]
        else:
            fraction, raw = _weight(raw, 0.0)
        text, feedback = _split_feedback(raw)
        answers.append(Answer(_format_and_text(text, text_format)[1], fraction, _restore(feedback)))
    if len(answers) < 2 or sum(a.fraction == 1 for a in answers) != 1:
        raise GiftError(f"a multiple choice needs 2 answers, one right: {answer_text!r}")
    return answers


def _short_answers(answer_text: str, text_format: str) -> list[Answer]:
    parts = answer_text.split("=")
    if parts[0].strip():
        raise GiftError(f"text before the first answer: {parts[0]!r}")
    answers = []
    for raw in (p.strip() for p in parts[1:]):
        fraction, raw = _weight(raw, 1.0)
        text, feedback = _split_feedback(raw)
        answers.append(Answer(_format_and_text(text, text_format)[1], fraction, _restore(feedback)))
    if not answers:
        raise GiftError("a short answer without answers")
    return answers


def _pairs(answer_text: str, text_format: str) -> list[tuple[str, str]]:
    parts = answer_text.split("=")
    if parts[0].strip():
        raise GiftError(f"text before the first pair: {parts[0]!r}")
    pairs = []
    for raw in (p.strip() for p in parts[1:]):
        if "->" not in raw:
            raise GiftError(f"a matching answer without ->: {raw!r}")
        left, _, right = raw.partition("->")
        pairs.append((_format_and_text(left.strip(), text_format)[1], _restore(right).strip()))
    return pairs


def read_question(block: str, category: str = "") -> Question:
    """One question (comment lines already removed), read as Moodle's importer reads it."""
    text = _protect(block.strip())
    if not text.startswith("::"):
        raise GiftError(f"a question without a title: {block[:60]!r}")
    end = text.find("::", 2)
    if end < 0:
        raise GiftError(f"an unclosed title: {block[:60]!r}")
    title, text = _restore(text[2:end]), text[end + 2 :].strip()
    if text.count("{") != 1 or text.count("}") != 1 or text.find("{") > text.find("}"):
        raise GiftError(f"{title}: one {{ then one }} expected, in {block!r}")
    start, finish = text.find("{"), text.find("}")
    answer_text = text[start + 1 : finish].strip()
    # a missing-word question when text follows the answers
    after = "" if text.endswith("}") else BLANK + text[finish + 1 :]
    question_text = text[:start] + after
    general_feedback = ""
    if "####" in answer_text:
        cut = answer_text.rfind("####")
        general_feedback, answer_text = answer_text[cut + 4 :], answer_text[:cut].strip()
    text_format, question_text = _format_and_text(question_text, "moodle")
    if text_format != "html":
        raise GiftError(f"{title}: the question text is {text_format}, not [html]")
    question = Question(title, "", question_text, text_format, category=category)
    question.general_feedback = _format_and_text(general_feedback, text_format)[1]
    if answer_text == "":
        question.kind = "essay"
    elif answer_text.startswith("#"):
        question.kind = "numerical"
    elif "~" in answer_text:
        question.kind = "multichoice"
        question.answers = _choices(answer_text, text_format)
    elif "=" in answer_text and "->" in answer_text:
        question.kind = "match"
        question.pairs = _pairs(answer_text, text_format)
    elif answer_text.split("#")[0].strip() in ("T", "TRUE", "F", "FALSE"):
        question.kind = "truefalse"
    else:
        question.kind = "shortanswer"
        question.answers = _short_answers(answer_text, text_format)
    return question


def read_gift(text: str) -> GiftFile:
    """Every question of a GIFT file, with the category each falls in."""
    questions: list[Question] = []
    categories: list[str] = []
    comments: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")):
        kept = []
        for line in block.split("\n"):
            if line.strip().startswith("//"):
                comments.append(line.strip()[2:].strip())
            else:
                kept.append(line)
        body = "\n".join(kept).strip()
        if not body:
            continue
        if body.startswith("$CATEGORY:"):
            if "\n" in body or "\\" in body:
                raise GiftError(f"a category block with more than its line: {body!r}")
            categories.append(body[len("$CATEGORY:") :].strip())
            continue
        questions.append(read_question(body, categories[-1] if categories else ""))
    return GiftFile(questions, categories, comments)
