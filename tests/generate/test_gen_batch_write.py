"""generate --all writes its files from a thread while the next articles are parsed: a file that
cannot be written is still reported for its own article, and the others are written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.exercise_io import check_exercise_file
from tutor.generate.batch import generate_many

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_an_unwritable_file_is_reported_and_the_others_are_written(tmp_path: Path) -> None:
    content = ROOT / "content"
    first, second = content / "poutine-coree-du-nord.md", content / "rio-paris-rapport-bea.txt"
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be", encoding="utf-8")
    good = tmp_path / "exercises" / "rio.yaml"
    jobs = [(first, blocked / "poutine.yaml"), (second, good)]
    outcomes = generate_many(jobs, content_dir=content)
    assert [o.article for o in outcomes] == [first, second]
    assert outcomes[0].result is None
    assert outcomes[0].error is not None and "cannot write the file" in outcomes[0].error
    assert outcomes[1].error is None and outcomes[1].result is not None
    assert check_exercise_file(good, content).ok
