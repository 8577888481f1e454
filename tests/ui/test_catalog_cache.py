"""The library is not read and checked again at each start when no file changed, and a changed,
added or just-written file is always read: each load runs in a fresh process, as `tutor` does."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from ui_home import CHECKOUT, LESSON_FILE

LOAD = """
import json, sys
from tutor.paths import ProjectPaths
from tutor.ui.catalog import load_catalog
from pathlib import Path
catalog = load_catalog(ProjectPaths(Path(sys.argv[1])))
print(json.dumps({
    "entries": [[e.slug, e.title, e.item_count, e.problem] for e in catalog.entries],
    "prompts": [i.prompt for e in catalog.entries if e.exercise_set for i in e.exercise_set.items],
    "problems": list(catalog.problems),
    "yaml read": "yaml" in sys.modules,
}))
"""
OLD_PROMPT = "Qui Vladimir Poutine rencontre-t-il pendant cette visite ?"
NEW_PROMPT = "Qui Vladimir Poutine voit-il pendant cette visite ?"


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "home"
    shutil.copytree(CHECKOUT / "content", root / "content")
    (root / "exercises").mkdir()
    shutil.copy(LESSON_FILE, root / "exercises" / LESSON_FILE.name)
    return root


def _age(root: Path, seconds: float) -> None:
    """Dates every file and folder of the project `seconds` back, as an installed library is."""
    when = time.time() - seconds
    for path in [root, *root.rglob("*")]:
        os.utime(path, (when, when))


def _load(root: Path, cache: Path) -> dict:
    env = {**os.environ, "TUTOR_CACHE_DIR": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", LOAD, str(root)],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(done.stdout)


def test_an_unchanged_library_is_not_read_again_and_a_changed_one_is(tmp_path: Path) -> None:
    root, cache = _project(tmp_path), tmp_path / "cache"
    _age(root, 600)
    first = _load(root, cache)
    assert first["yaml read"] and OLD_PROMPT in first["prompts"]
    second = _load(root, cache)
    assert not second["yaml read"], "the second start reads no lesson"
    assert {**second, "yaml read": True} == first

    lesson = root / "exercises" / LESSON_FILE.name
    lesson.write_text(lesson.read_text("utf-8").replace(OLD_PROMPT, NEW_PROMPT), "utf-8")
    _age(root, 300)
    edited = _load(root, cache)
    assert edited["yaml read"] and NEW_PROMPT in edited["prompts"]
    assert OLD_PROMPT not in edited["prompts"]

    shutil.copy(root / "content" / "psa-suppressions-emplois.txt", root / "content" / "z.txt")
    _age(root, 200)
    added = _load(root, cache)
    assert [e[0] for e in added["entries"]] == [e[0] for e in edited["entries"]] + ["z"]

    (root / "content" / "z.txt").unlink()
    _age(root, 100)
    assert _load(root, cache) == edited


def test_a_library_just_written_is_read_at_each_start(tmp_path: Path) -> None:
    """A file changed within the clock's tick could change again with the same date and size:
    such a library is not kept, and the next start reads it all again."""
    root, cache = _project(tmp_path), tmp_path / "cache"
    _age(root, 600)
    (root / "exercises" / LESSON_FILE.name).touch()
    assert _load(root, cache)["yaml read"]
    assert _load(root, cache)["yaml read"]
    assert not list(cache.glob("catalog-*"))
