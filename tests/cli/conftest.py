"""The CLI tests share the readers of tests/ (gift_reader.py) and a teacher's empty project."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


@pytest.fixture
def classroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A teacher's project folder with empty content/ and exercises/, the commands run from it."""
    home = tmp_path / "classe"
    (home / "content").mkdir(parents=True)
    (home / "exercises").mkdir()
    monkeypatch.delenv("TUTOR_HOME", raising=False)
    monkeypatch.chdir(home)
    return home
