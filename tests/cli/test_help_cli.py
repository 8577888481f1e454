"""`tutor --help` as a teacher reads it first: what to type for the common tasks, and which
folders the commands work on (nothing said where content/ and exercises/ were looked for)."""

from __future__ import annotations

import pytest

from tutor.cli import SUBCOMMANDS, main


def _help(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as stop:
        main([*args, "--help"])
    assert stop.value.code == 0
    return capsys.readouterr().out


def test_top_level_help_gives_examples_and_the_folders(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help(capsys)
    assert "tutor generate content/my-article.txt" in out
    assert "tutor validate" in out and "tutor report" in out
    assert "TUTOR_HOME" in out and "TUTOR_PROGRESS_DIR" in out
    for name in SUBCOMMANDS:
        assert name in out


@pytest.mark.parametrize("command", sorted(SUBCOMMANDS))
def test_every_command_has_its_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    out = _help(capsys, command)
    assert out.startswith(f"usage: tutor {command}")
    assert SUBCOMMANDS[command] in out
