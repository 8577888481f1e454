"""Exercise files as tutor writes them: readable YAML with the schema comment editors use for
completion, replaced atomically. Reading and checking them is exercise_io's job."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from tutor.atomic_files import write_atomically
from tutor.yaml_source import plain_text_is_safe

SCHEMA_COMMENT_START = "# yaml-language-server: $schema="
SCHEMA_COMMENT = SCHEMA_COMMENT_START + "../tutor/schema/exercise.schema.json"
"""The schema comment of a file in the project's exercises/ folder; `schema_comment` gives the
one of a file in any folder."""


class _BlockDumper(yaml.SafeDumper):
    """Writes long French sentences readably: no line folding, multi-line text as blocks."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # quoted when some YAML reader would take the bare text for a number, date or boolean;
    # double quotes keep the unusual line breaks that other styles would fold into spaces
    if any(c in value for c in "\r\x85\u2028\u2029"):
        style: str | None = '"'
    elif "\n" in value:
        style = "|"
    else:
        style = None if plain_text_is_safe(value) else '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _represent_str)


def exercise_schema_file() -> Path:
    """The exercise schema tutor ships (package data), where it is on this machine."""
    return Path(__file__).resolve().parent / "schema" / "exercise.schema.json"


def schema_comment(folder: Path | None = None) -> str:
    """The comment that tells an editor where the exercise schema is, for a file in `folder`:
    the path from that folder to the shipped schema, or its absolute path when there is no
    relative one (another drive); the exercises/ folder's comment when no folder is given."""
    if folder is None:
        return SCHEMA_COMMENT
    schema = exercise_schema_file()
    try:
        where = Path(os.path.relpath(schema, Path(folder).resolve())).as_posix()
    except ValueError:  # on Windows, a folder on another drive than tutor's
        where = schema.as_posix()
    return SCHEMA_COMMENT_START + where


def without_schema_comment(text: str) -> str:
    """The text of an exercise file without its first line when that is a schema comment: where
    the schema is depends on the file's folder, not on what the file says (a generated file
    moved to another folder is not an edited one)."""
    if text.startswith(SCHEMA_COMMENT_START):
        return text.partition("\n")[2]
    return text


def dump_exercise_document(document: dict[str, Any], folder: Path | None = None) -> str:
    """YAML text of an exercise document, with the schema comment editors use for completion
    (`schema_comment` for a file in `folder`)."""
    body = yaml.dump(
        document,
        Dumper=_BlockDumper,
        allow_unicode=True,
        sort_keys=False,
        width=10_000,
        default_flow_style=False,
    )
    return f"{schema_comment(folder)}\n{body}"


def write_text_atomically(path: Path, text: str) -> None:
    """Replace a file's content so that readers see the old or the new file, never half of one;
    the file keeps its permissions, and a new one is readable by others (0644), like any saved
    document a teacher shares."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, text.encode("utf-8"))
