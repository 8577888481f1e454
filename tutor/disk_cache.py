"""Files derived from tutor's data and kept between runs, so a fresh process reads them instead
of deriving them again (like Python's own __pycache__).

A cache file is named after what it was made from (a data file's size and modification time, a
format version), so a changed source is never read through a stale file. Everything here fails
silently: an unwritable or unreadable cache only means the slow way. `TUTOR_CACHE_DIR` moves the
folder; an empty value turns the cache off.
"""

from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path

MAGIC = b"tutor-cache-1\n"


def cache_dir() -> Path | None:
    """The user's cache folder for tutor (not created here); None when turned off."""
    configured = os.environ.get("TUTOR_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    if sys.platform == "win32":  # pragma: no cover - platform-specific
        import platformdirs

        return Path(platformdirs.user_cache_dir("tutor", appauthor=False))
    if sys.platform == "darwin":  # pragma: no cover - platform-specific
        return Path.home() / "Library" / "Caches" / "tutor"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tutor"


def source_tag(path: Path) -> str:
    """What identifies a source file's version: its size and modification time."""
    stat = path.stat()
    return f"{stat.st_size}-{stat.st_mtime_ns}"


def read(name: str) -> memoryview | None:
    """The content stored under `name`, or None when absent, unreadable or damaged."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        data = (folder / name).read_bytes()
    except OSError:
        return None
    head = len(MAGIC) + 4
    if len(data) < head or not data.startswith(MAGIC):
        return None
    body = memoryview(data)[head:]
    if zlib.crc32(body).to_bytes(4, "little") != data[len(MAGIC) : head]:
        return None
    return body


def write(name: str, body: bytes, stale_prefix: str | None = None) -> None:
    """Store `body` under `name` (atomically: readers see the old file or the new one), and
    remove older files whose names start with `stale_prefix`."""
    import tempfile

    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(MAGIC + zlib.crc32(body).to_bytes(4, "little") + body)
            os.replace(tmp, folder / name)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        if stale_prefix:
            for old in folder.glob(f"{stale_prefix}*"):
                if old.name != name:
                    old.unlink(missing_ok=True)
    except OSError:
        return
