"""The library's catalog kept between runs, so the app does not parse and check every lesson
again each time it starts (YAML, schema and rules take 100-200 ms for nine lessons).

A stored catalog is used only when nothing it was made from has changed: every file and folder
of content/ (hidden folders aside, as the library ignores them) and of exercises/, the tutor
modules and schemas that made it, Python and PyYAML, and the current folder (problems name
their files from it). Each is compared by size and modification time, like `make`. A file
changed less than `RACY_SECONDS` before the catalog was made could change again unseen within
the same clock tick, so such a catalog is not stored (git's "racily clean" rule). The file is a
pickle in the user's own cache folder (tutor/disk_cache.py), trusted as __pycache__ is.
"""

from __future__ import annotations

import os
import pickle
import sys
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from tutor import disk_cache

if TYPE_CHECKING:
    from tutor.paths import ProjectPaths
    from tutor.ui.catalog import Catalog

FORMAT = 1
RACY_SECONDS = 2.0

Stamp = tuple[str, int, int]
"""A file or folder, its size and its modification time in nanoseconds (-1, -1: missing)."""


def _stamp(path: str) -> Stamp:
    try:
        stat = os.stat(path)
    except OSError:
        return (path, -1, -1)
    return (path, stat.st_size, stat.st_mtime_ns)


def _tree(folder: Path, recursive: bool) -> list[Stamp]:
    """Every file and folder under `folder` (hidden folders left out when recursive)."""
    stamps = [_stamp(str(folder))]
    if recursive:
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            stamps += [_stamp(os.path.join(root, name)) for name in sorted(dirs + files)]
    else:
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            names = []
        stamps += [_stamp(os.path.join(folder, name)) for name in names]
    return stamps


def _code_files() -> list[str]:
    """The tutor modules loaded so far (those that made the catalog among them), the schemas,
    and PyYAML's parser."""
    files = sorted(
        module.__file__
        for name, module in list(sys.modules.items())
        if (name == "tutor" or name.startswith("tutor.")) and getattr(module, "__file__", None)
    )
    schemas = Path(__file__).resolve().parents[1] / "schema"
    files += sorted(str(p) for p in schemas.glob("*.json"))
    yaml = sys.modules.get("yaml")
    if yaml is not None and getattr(yaml, "__file__", None):
        files.append(str(yaml.__file__))
    return files


def _file_name(paths: ProjectPaths) -> str:
    where = f"{paths.content.resolve()}\n{paths.exercises.resolve()}\n{Path.cwd()}"
    # a name, not a proof: the stored catalog says which folders it is of, and `read` checks
    return f"catalog-{zlib.crc32(where.encode(errors='surrogatepass')):08x}"


class Snapshot(NamedTuple):
    """What a catalog is made from, taken before it is read."""

    where: str
    stamps: list[Stamp]
    taken: float


def snapshot(paths: ProjectPaths) -> Snapshot:
    where = f"{sys.version}\n{FORMAT}\n{paths.content.resolve()}\n{Path.cwd()}"
    stamps = _tree(paths.content, True) + _tree(paths.exercises, False)
    return Snapshot(where, stamps, time.time())


def read(paths: ProjectPaths) -> Catalog | None:
    """The catalog stored for these folders, or None when anything it was made from changed
    (or there is none, or it cannot be read)."""
    body = disk_cache.read(_file_name(paths))
    if body is None:
        return None
    try:
        where, stamps, code, catalog = pickle.loads(body)
    except Exception:  # a damaged or older file only means loading as usual
        return None
    now = snapshot(paths)
    if (where, stamps) != (now.where, now.stamps):
        return None
    if any(_stamp(file) != (file, size, mtime) for file, size, mtime in code):
        return None
    return catalog


def write(paths: ProjectPaths, before: Snapshot, catalog: Catalog) -> None:
    """Store `catalog`, made from what `before` saw; not when a file had changed too recently
    to tell a later change by its modification time."""
    code = [_stamp(file) for file in _code_files()]
    racy = (before.taken - RACY_SECONDS) * 1e9
    if any(mtime >= racy for _, _, mtime in before.stamps + code):
        return
    try:
        body = pickle.dumps((before.where, before.stamps, code, catalog), pickle.HIGHEST_PROTOCOL)
    except Exception:  # something in a catalog that cannot be stored: load as usual next time
        return
    disk_cache.write(_file_name(paths), body)
