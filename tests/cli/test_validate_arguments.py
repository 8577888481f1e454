"""`tutor validate` given a --content folder that is not there: one line, not one per file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.cli import main

REPO = Path(__file__).resolve().parents[2]


def test_a_missing_content_folder_is_said_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each file said "article '…' not found in …/nope", nine lines for the shipped lessons."""
    status = main(["validate", "--content", str(tmp_path / "nope"), str(REPO / "exercises")])
    out, err = capsys.readouterr()
    assert status == 1 and out == ""
    assert err == f"tutor validate: --content {tmp_path / 'nope'}: no such folder\n"
