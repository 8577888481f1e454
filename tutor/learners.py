"""Where learners' progress files live, what they are called, and who used the app last.

The folder is, in order: an explicit `--progress-dir`, $TUTOR_PROGRESS_DIR, or the user's data
directory (`platformdirs.user_data_dir("tutor")/progress`). A file is named after its learner,
made safe: "Zoé Martin" -> "Zoé Martin.yaml", "../x" -> "x.yaml".
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import yaml

from tutor.atomic_files import write_atomically
from tutor.progress_file import LOOK_BYTES, YAML_READ_ERRORS, SafeLoader, looks_like_progress

ENV_PROGRESS_DIR = "TUTOR_PROGRESS_DIR"
LAST_LEARNER_FILE = "last-learner.txt"
MAX_NAME = 64
"""Characters kept of a name in its file name (at most 256 bytes of UTF-8)."""

_SEPARATORS = re.compile(r"[/\\:|]")
_DROPPED = re.compile(r'[<>"?*]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_CORRUPT_COPY = re.compile(r"\.corrupt-[0-9TZ]+$")


def progress_dir(override: str | Path | None = None) -> Path:
    """The folder of progress files: `override`, else $TUTOR_PROGRESS_DIR, else the user's
    data directory."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_PROGRESS_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("tutor")) / "progress"


def sanitise_name(name: str) -> str:
    """A file-name-safe form of a learner's name that still reads as the name.

    No path separators or characters Windows refuses, no control or invisible characters, no
    "..", no leading dot, at most MAX_NAME characters; an empty result becomes "learner".
    """
    text = unicodedata.normalize("NFC", name)
    text = "".join(
        " " if c.isspace() else c for c in text if unicodedata.category(c)[0] != "C" or c.isspace()
    )
    text = _DROPPED.sub("", _SEPARATORS.sub("-", text))
    text = re.sub(r"\.{2,}", ".", text)
    text = " ".join(text.split())
    text = text.strip(". -")[:MAX_NAME].rstrip(". -")
    if not text:
        return "learner"
    return text + "_" if _RESERVED.match(text) else text


def learner_file(folder: Path, name: str) -> Path:
    """The progress file of a learner in a folder: "<name>.yaml", else "<name> (2).yaml" … when
    that file is someone else's (a teacher's notes.yaml for a learner who typed "notes"), which
    must not be moved aside as a damaged record."""
    stem = sanitise_name(name)
    path = folder / f"{stem}.yaml"
    number = 2
    while path.is_file() and not starts_like_progress(path):
        path = folder / f"{stem} ({number}).yaml"
        number += 1
    return path


@dataclass(frozen=True)
class LearnerEntry:
    """A progress file found in a folder and the learner name written in it."""

    name: str
    path: Path


def _header_name(path: Path) -> str | None:
    """The `learner:` field, read from the file's first lines only (files can be large)."""
    lines: list[str] = []
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            for _ in range(30):
                line = handle.readline()
                if not line or line.startswith("attempts:"):
                    break
                lines.append(line)
    except OSError:
        return None
    try:
        header = yaml.load("".join(lines), Loader=SafeLoader)
    except YAML_READ_ERRORS:
        return None
    name = header.get("learner") if isinstance(header, dict) else None
    return name if isinstance(name, str) and name.strip() else None


def is_progress_file(path: Path) -> bool:
    """Whether a path looks like a learner's file: not a corrupt copy, lock or temporary, and
    its start is a progress file's (see `looks_like_progress`), not a teacher's notes.yaml."""
    return is_progress_candidate(path) and starts_like_progress(path)


def is_progress_candidate(path: Path) -> bool:
    """A .yaml file of the folder that may be a learner's (not a corrupt copy, lock or
    temporary); `is_progress_file` also reads its start."""
    return (
        path.suffix == ".yaml"
        and not path.name.startswith(".")
        and not _CORRUPT_COPY.search(path.stem)
        and path.is_file()
    )


def starts_like_progress(path: Path) -> bool:
    """Whether a file's first bytes are a progress file's (unreadable ones count: the reader
    says what is wrong)."""
    try:
        with open(path, "rb") as handle:
            return looks_like_progress(handle.read(LOOK_BYTES))
    except OSError:
        return True  # unreadable: say so where it is opened, as before


def list_learners(folder: Path) -> list[LearnerEntry]:
    """The learners with a progress file in the folder, by name."""
    if not folder.is_dir():
        return []
    entries = [
        LearnerEntry(_header_name(path) or path.stem, path)
        for path in folder.iterdir()
        if is_progress_file(path)
    ]
    return sorted(entries, key=lambda e: e.name.casefold())


def _loose(name: str) -> str:
    decomposed = unicodedata.normalize("NFD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def find_learner(folder: Path, name: str) -> LearnerEntry | None:
    """The learner a typed name means: the exact file, else the one name equal to it without
    case and accents ("zoe martin" finds "Zoé Martin")."""
    exact = learner_file(folder, name)
    if exact.is_file():
        return LearnerEntry(_header_name(exact) or exact.stem, exact)
    matches = loose_matches(folder, name)
    return matches[0] if len(matches) == 1 else None


def loose_matches(folder: Path, name: str) -> list[LearnerEntry]:
    """The learners whose name or file name equals `name` without case and accents: more than
    one ("zoe" for Zoé and zoe) means the name must be typed as written."""
    wanted = _loose(name)
    return [e for e in list_learners(folder) if wanted in (_loose(e.name), _loose(e.path.stem))]


def remember_last_learner(folder: Path, name: str) -> None:
    """Note who used the app last, so it can offer them first next time."""
    folder.mkdir(parents=True, exist_ok=True)
    write_atomically(folder / LAST_LEARNER_FILE, (name.strip() + "\n").encode("utf-8"))


def last_learner(folder: Path) -> str | None:
    """Who used the app last in this folder, if anyone did."""
    try:
        text = (folder / LAST_LEARNER_FILE).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    name = text.strip().splitlines()[0].strip() if text.strip() else ""
    return name or None


def _last_article_file(folder: Path, learner: str) -> Path:
    return folder / f".{learner_file(folder, learner).stem}.last-article"


def remember_last_article(folder: Path, learner: str, article: str) -> None:
    """Note the article (its file stem) a learner opened last, so the library starts on it.

    Kept beside the learner's progress file, not in it: the progress file is append-only.
    """
    folder.mkdir(parents=True, exist_ok=True)
    write_atomically(_last_article_file(folder, learner), (article.strip() + "\n").encode("utf-8"))


def last_article(folder: Path, learner: str) -> str | None:
    """The article a learner opened last, if they opened one."""
    try:
        text = _last_article_file(folder, learner).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return text.strip() or None
