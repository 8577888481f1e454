"""Exercise files: YAML <-> model, JSON Schema validation, and checks against the article.

Every problem is reported as `file:line:column: severity: field: message`, so a teacher can go
straight to the line. Loading never raises anything but ExerciseFileError.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from tutor.article_changes import body_change, title_change
from tutor.content import ArticleError, list_articles, load_article
from tutor.model import (
    AccentPolicy,
    AnswerPolicy,
    Article,
    Choice,
    Chronology,
    ChronologyEvent,
    Cloze,
    DateQuestion,
    ExerciseSet,
    Item,
    Keyword,
    OpenQuestion,
    PartOfSpeech,
    QuotePair,
    Skill,
    SpeakerMatch,
    TermMatch,
    TermPair,
    TrueFalse,
    Truth,
    with_gap_marks,
)
from tutor.reference_marks import without_reference_marks
from tutor.schema_check import conforms
from tutor.yaml_source import (
    PathKey,
    Position,
    YamlDocument,
    YamlProblem,
    read_yaml_file,
)

EXERCISE_SUFFIXES = (".yaml", ".yml")
MAX_NAME_BYTES = 255
"""The longest file name Linux, macOS and Windows file systems take."""


@dataclass(frozen=True)
class Problem:
    """One finding about an exercise file; warnings do not make a file invalid."""

    file: Path
    position: Position
    message: str
    field: str = ""
    severity: str = "error"

    def __str__(self) -> str:
        where = f"{self.file}:{self.position.line}:{self.position.column}"
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{where}: {self.severity}: {what}"


class ExerciseFileError(Exception):
    """An exercise file that cannot be used; `problems` says why, with positions."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class CheckResult:
    """What checking one file gives: the loaded set when it is usable, and every problem found."""

    path: Path
    exercise_set: ExerciseSet | None
    problems: tuple[Problem, ...]
    article: Article | None = None

    @property
    def ok(self) -> bool:
        return self.exercise_set is not None and not any(
            p.severity == "error" for p in self.problems
        )


@cache
def exercise_schema() -> dict[str, Any]:
    """The JSON Schema of exercise files, shipped inside the package."""
    text = resources.files("tutor.schema").joinpath("exercise.schema.json").read_text("utf-8")
    return json.loads(text)


def field_name(path: PathKey) -> str:
    """`items[3].options[0]` from ("items", 3, "options", 0)."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _schema_problems(file: Path, doc: YamlDocument) -> list[Problem]:
    """The file's schema violations, none for a file the fast check passes: jsonschema, which
    explains what is wrong (and takes longer to import than the library takes to read), is
    loaded only for a file that may be invalid."""
    if conforms(doc.data, exercise_schema()):
        return []
    from tutor.exercise_messages import schema_findings

    problems = []
    for path, message, at_key in schema_findings(doc.data, exercise_schema()):
        position = doc.position(path, prefer_key=at_key)
        problems.append(Problem(file, position, message, field_name(path)))
    return sorted(problems, key=lambda p: (p.position.line, p.position.column))


def _current_hash_note(data: object, content_dir: Path) -> str:
    """The article's hash, to quote when the file's own hash is missing or malformed."""
    ref = data.get("article") if isinstance(data, dict) else None
    relative = ref.get("path") if isinstance(ref, dict) else None
    if not isinstance(relative, str):
        return ""
    article_file = resolve_article_path(content_dir, relative)
    if article_file is None or not article_file.is_file():
        return ""
    try:
        return f"; the article's current hash is {load_article(article_file).text_hash}"
    except ArticleError:
        return ""


_PLAIN_QUOTES = str.maketrans({"’": "'", "‘": "'", "«": '"', "»": '"', "“": '"', "”": '"'})
_SPACES = re.compile(r"\s+")


def normalise_for_search(text: str) -> str:
    """Text as compared when looking for an evidence sentence: typography and spacing ignored,
    and a wiki's note marks, which the article's body leaves out ("a cabré[1]")."""
    text = unicodedata.normalize("NFC", without_reference_marks(text)).translate(_PLAIN_QUOTES)
    return _SPACES.sub(" ", text).strip().casefold()


def resolve_article_path(content_dir: Path, relative: str) -> Path | None:
    """The article file inside `content_dir`, or None when the path would leave that folder
    or can name no file (see `_unusable_name`)."""
    if _unusable_name(relative):
        return None
    base = content_dir.resolve()
    try:
        candidate = (base / relative).resolve()
    except (OSError, ValueError):  # a link loop, a path past the system's length
        return None
    return candidate if candidate.is_relative_to(base) else None


def _policy(raw: dict[str, Any], defaults: dict[str, Any]) -> AnswerPolicy:
    return AnswerPolicy(
        accents=AccentPolicy(raw.get("accents", defaults.get("accents", "warn"))),
        typos=bool(raw.get("typos", defaults.get("typos", True))),
    )


def _truth(value: object) -> Truth:
    if value is True:
        return Truth.TRUE
    if value is False:
        return Truth.FALSE
    return Truth.NOT_GIVEN


def item_from_dict(raw: dict[str, Any], defaults: dict[str, Any] | None = None) -> Item:
    """Build the model item from a schema-valid mapping, applying the file's defaults."""
    defaults = defaults or {}
    common: dict[str, Any] = {
        "id": raw["id"],
        "skill": Skill(raw["skill"]),
        "prompt": raw["prompt"].strip(),
        "evidence": raw["evidence"].strip(),
        "points": float(raw.get("points", defaults.get("points", 1))),
        "feedback": (raw.get("feedback") or "").strip(),
        "hint": raw.get("hint"),
        "hint_cost": float(raw.get("hint_cost", defaults.get("hint_cost", 0))),
        "policy": _policy(raw, defaults),
    }
    kind = raw["type"]
    if kind == "choice":
        return Choice(**common, options=tuple(raw["options"]), answer=raw["answer"])
    if kind == "true_false":
        return TrueFalse(
            **common,
            statement=raw["statement"],
            answer=_truth(raw["answer"]),
            justify=bool(raw.get("justify", False)),
            other_evidence=tuple(e.strip() for e in raw.get("other_evidence", ())),
        )
    if kind == "speakers":
        pairs = tuple(
            QuotePair(p["quote"], p["speaker"], p.get("reported") is True) for p in raw["pairs"]
        )
        return SpeakerMatch(**common, pairs=pairs, distractors=tuple(raw.get("distractors", ())))
    if kind == "chronology":
        events = tuple(ChronologyEvent(e["text"], e.get("date")) for e in raw["events"])
        return Chronology(**common, events=events)
    if kind == "date":
        return DateQuestion(
            **common,
            answer=raw["answer"],
            value=raw.get("value"),
            accept=tuple(raw.get("accept", ())),
        )
    if kind == "cloze":
        return Cloze(
            **common,
            text=with_gap_marks(raw["text"]),
            answer=raw["answer"],
            accept=tuple(raw.get("accept", ())),
            bank=tuple(raw.get("bank", ())),
            answer_pos=PartOfSpeech(raw["answer_pos"]) if "answer_pos" in raw else None,
        )
    if kind == "terms":
        return TermMatch(
            **common, pairs=tuple(TermPair(p["term"], p["definition"]) for p in raw["pairs"])
        )
    if kind == "open":
        keywords = tuple(
            Keyword(k) if isinstance(k, str) else Keyword(k["word"], tuple(k.get("accept", ())))
            for k in raw["keywords"]
        )
        return OpenQuestion(
            **common,
            keywords=keywords,
            min_keywords=int(raw.get("min_keywords", 1)),
            model_answer=raw.get("model_answer", ""),
        )
    raise ValueError(f"unknown item type {kind!r}")  # unreachable after schema validation


def _rules_problems(file: Path, doc: YamlDocument, article: Article | None) -> list[Problem]:
    """Checks the schema cannot express: ids, answers among options, evidence in the article."""
    from tutor.exercise_rules import NOT_A_NUMBER, item_rule_problems, not_a_number_paths
    from tutor.text_limits import long_text_message, long_texts

    problems = [
        Problem(file, doc.position(path), NOT_A_NUMBER, field_name(path))
        for path in not_a_number_paths(doc.data)
    ]
    seen_ids: dict[str, int] = {}
    body = normalise_for_search(article.body) if article else None
    defaults = doc.data.get("defaults", {})
    for index, raw in enumerate(doc.data["items"]):
        base: PathKey = ("items", index)
        item_id = raw["id"]
        if item_id in seen_ids:
            problems.append(
                Problem(
                    file,
                    doc.position((*base, "id")),
                    f"id '{item_id}' is already used by items[{seen_ids[item_id]}] "
                    f"(line {doc.position(('items', seen_ids[item_id], 'id')).line}); "
                    "give each item its own id",
                    field_name((*base, "id")),
                )
            )
        else:
            seen_ids[item_id] = index
        problems += [
            Problem(file, doc.position(path), long_text_message(text), field_name(path), "warning")
            for path, text in long_texts(raw, base)
        ]
        rules = item_rule_problems(raw, body, normalise_for_search, defaults=defaults)
        for rel_path, message, severity in rules:
            path = (*base, *rel_path)
            problems.append(Problem(file, doc.position(path), message, field_name(path), severity))
    return problems


def _article_problems(
    file: Path, doc: YamlDocument, content_dir: Path
) -> tuple[Article | None, list[Problem]]:
    ref = doc.data["article"]
    where = doc.position(("article", "path"))
    unusable = _unusable_name(ref["path"])
    if unusable:
        return None, [Problem(file, where, unusable, "article.path")]
    article_file = resolve_article_path(content_dir, ref["path"])
    if article_file is None:
        msg = f"'{ref['path']}' leaves the content folder; give a path inside {content_dir}"
        return None, [Problem(file, where, msg, "article.path")]
    if not article_file.is_file():
        names = [p.relative_to(content_dir).as_posix() for p in list_articles(content_dir)]
        close = difflib.get_close_matches(ref["path"], names, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        msg = f"article '{ref['path']}' not found in {content_dir}{hint}"
        return None, [Problem(file, where, msg, "article.path")]
    try:
        article = load_article(article_file)
    except ArticleError as err:
        return None, [Problem(file, where, f"the article cannot be read: {err}", "article.path")]
    shown = _article_shown(article_file, content_dir)
    changes = [body_change(doc.data, article), title_change(doc.data, article, shown)]
    return article, [
        Problem(file, doc.position(path), message, field_name(path), "warning")
        for path, message in filter(None, changes)
    ]


def _unusable_name(relative: str) -> str | None:
    """Why a path can name no file at all (the system refuses it before looking): a NUL
    character, or a name longer than file systems allow."""
    if "\0" in relative:
        return "the path holds a NUL character (\\0); write the article's file name"
    if any(len(part.encode("utf-8")) > MAX_NAME_BYTES for part in relative.split("/")):
        return (
            f"a name in this path is longer than {MAX_NAME_BYTES} bytes, more than a file "
            "name can be; write the article's file name"
        )
    return None


def _article_shown(article_file: Path, content_dir: Path) -> str:
    """The article's file as a teacher types it: relative to the current folder when inside it."""
    try:
        return article_file.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        try:
            return article_file.relative_to(content_dir.resolve().parent).as_posix()
        except ValueError:
            return article_file.as_posix()


def check_exercise_file(path: Path, content_dir: Path) -> CheckResult:
    """Everything `tutor validate` says about one file; never raises."""
    try:
        doc = read_yaml_file(path)
    except YamlProblem as problem:
        return CheckResult(path, None, (Problem(path, problem.position, problem.message),))
    if doc.data is None:
        msg = "the file is empty; see docs/authoring.md for the format"
        return CheckResult(path, None, (Problem(path, Position(1, 1), msg),))
    schema_problems = _schema_problems(path, doc)
    if schema_problems:
        note = _current_hash_note(doc.data, content_dir)
        schema_problems = [
            Problem(p.file, p.position, p.message + note, p.field, p.severity)
            if note and (p.field == "article.hash" or "'hash'" in p.message)
            else p
            for p in schema_problems
        ]
        return CheckResult(path, None, tuple(schema_problems))
    article, problems = _article_problems(path, doc, content_dir)
    problems += _rules_problems(path, doc, article)
    problems += [
        Problem(path, at, message, field_name(where), "warning")
        for where, at, message in doc.text_warnings
    ]
    defaults = doc.data.get("defaults", {})
    items = tuple(item_from_dict(raw, defaults) for raw in doc.data["items"])
    exercise_set = ExerciseSet(
        path=path,
        article_path=doc.data["article"]["path"],
        article_hash=doc.data["article"]["hash"],
        items=items,
        title=doc.data.get("title"),
    )
    ordered = sorted(problems, key=lambda p: (p.position.line, p.position.column))
    return CheckResult(path, exercise_set, tuple(ordered), article)


def load_exercise_set(path: Path, content_dir: Path) -> ExerciseSet:
    """The exercise set of a valid file; raises ExerciseFileError listing the errors otherwise.

    Warnings (a changed article) do not stop loading: the learner can still practise.
    """
    result = check_exercise_file(path, content_dir)
    if not result.ok or result.exercise_set is None:
        raise ExerciseFileError([p for p in result.problems if p.severity == "error"])
    return result.exercise_set


def exercise_files(folder: Path) -> list[Path]:
    """The exercise files of a folder, sorted by name."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in EXERCISE_SUFFIXES)
