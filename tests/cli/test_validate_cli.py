"""`tutor validate` on the broken files a teacher (or an attacker) writes: the right line, the
right message, exit status 1, never a traceback; a changed article alone only warns."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tutor.cli import main

REPO = Path(__file__).resolve().parents[2]
BROKEN = REPO / "tests" / "data" / "broken"
CONTENT = BROKEN / "content"

WITHOUT_HEADER = {"empty.yaml": ["1:1: error: the file is empty"]}
"""Files that cannot carry their expectation in a comment."""

EXPECT = re.compile(rb"^# expect: (\d+:\d+: (?:error|warning): .*)$", re.MULTILINE)


@dataclass(frozen=True)
class Expected:
    line: int
    column: int
    severity: str
    text: str

    def matches(self, printed: str, file: str) -> bool:
        prefix = f"{file}:{self.line}:{self.column}: {self.severity}: "
        return printed.startswith(prefix) and self.text in printed[len(prefix) :]


def expectations(path: Path) -> list[Expected]:
    """The `# expect: line:column: severity: text` comments of a broken file."""
    found = [m.decode("utf-8") for m in EXPECT.findall(path.read_bytes())]
    found = found or WITHOUT_HEADER.get(path.name, [])
    result = []
    for entry in found:
        where, severity, text = entry.split(": ", 2)
        line, column = where.split(":")
        result.append(Expected(int(line), int(column), severity, text))
    return result


BROKEN_FILES = sorted(BROKEN.glob("*.yaml"))


def test_every_broken_file_has_an_expectation() -> None:
    assert len(BROKEN_FILES) >= 45
    for path in BROKEN_FILES:
        assert expectations(path), f"{path.name} says nothing about what to expect"


@pytest.fixture(autouse=True)
def in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from the checkout, as a teacher does: files inside it are printed relative to it."""
    monkeypatch.chdir(REPO)


def shown(path: Path) -> str:
    """How `tutor validate` prints a file of the checkout when run from it."""
    return str(path.relative_to(REPO))


def run_in_process(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["validate", "--content", str(CONTENT), *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("path", BROKEN_FILES, ids=lambda p: p.name)
def test_broken_file_gives_its_message(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_in_process(capsys, str(path))
    printed = out.splitlines()
    wanted = expectations(path)
    for expected in wanted:
        assert any(expected.matches(line, shown(path)) for line in printed), (
            f"expected {expected} in:\n{out}"
        )
    assert len(printed) == len(wanted), f"unexpected extra problems:\n{out}"
    only_warnings = all(e.severity == "warning" for e in wanted)
    assert status == (0 if only_warnings else 1)
    assert "Traceback" not in out + err
    assert "could not be checked" not in out


def test_changed_article_alone_exits_zero_with_a_warning(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run_in_process(capsys, str(BROKEN / "article-changed-hash.yaml"))
    assert status == 0
    assert ": warning: article.hash: the article's text has changed" in out
    assert "1 file checked, 1 valid; 0 errors, 1 warning" in err


def test_whole_folder_reports_every_file_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_in_process(capsys, str(BROKEN))
    assert status == 1
    named = {line.split(":", 1)[0] for line in out.splitlines()}
    assert named == {shown(p) for p in BROKEN_FILES}
    assert f"{len(BROKEN_FILES)} files checked" in err


def test_quiet_prints_problems_only(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_in_process(capsys, "-q", str(BROKEN / "wrong-format.yaml"))
    assert status == 1
    assert out.count("\n") == 1
    assert err == ""


def test_missing_path_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, _ = run_in_process(capsys, str(tmp_path / "nope.yaml"))
    assert status == 1
    assert f"{tmp_path / 'nope.yaml'}:1:1: error: no such file or folder" in out


def test_a_50_mb_file_is_refused_quickly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Generated here (never committed); refused from its size, without parsing it."""
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.write(b"format: 1\nitems:\n")
        chunk = b"  - id: x\n" * 100_000
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(chunk)
    status, out, _ = run_in_process(capsys, str(big))
    assert status == 1
    assert re.search(r"big\.yaml:1:1: error: the file is 5\d MB; exercise files must stay", out)


def test_shipped_exercises_are_valid_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    """With no path, `tutor validate` checks exercises/ against content/ of the project."""
    status = main(["validate"])
    out, err = capsys.readouterr()
    assert status == 0, out
    assert out == ""
    assert "0 errors, 0 warnings" in err


SUBPROCESS_SUBSET = [
    "python-tag.yaml",
    "alias-bomb.yaml",
    "binary-junk.yaml",
    "latin1-encoding.yaml",
    "syntax-colon-in-text.yaml",
    "unknown-item-field.yaml",
    "article-path-escape.yaml",
    "article-changed-hash.yaml",
    "empty.yaml",
]


@pytest.mark.parametrize("name", SUBPROCESS_SUBSET)
def test_real_command_gives_the_message_and_status(name: str) -> None:
    path = BROKEN / name
    done = subprocess.run(
        [sys.executable, "-m", "tutor", "validate", "--content", str(CONTENT), shown(path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    wanted = expectations(path)
    for expected in wanted:
        assert any(expected.matches(line, shown(path)) for line in done.stdout.splitlines()), (
            done.stdout
        )
    assert done.returncode == (0 if name == "article-changed-hash.yaml" else 1)
    assert "Traceback" not in done.stdout + done.stderr


def test_files_outside_the_current_folder_keep_their_full_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    outside = tmp_path / "ex.yaml"
    outside.write_text("format: 2\n", encoding="utf-8")
    _, out, _ = run_in_process(capsys, str(outside))
    assert out.startswith(f"{outside}:")


def test_relative_paths_are_printed_as_given(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run_in_process(capsys, "tests/data/broken/wrong-format.yaml")
    assert out.startswith("tests/data/broken/wrong-format.yaml:2:9: error: format: must be 1")


def _classroom(tmp_path: Path, glossary: str) -> Path:
    """A content folder with the seed article and a teacher's glossary, and its lesson."""
    (tmp_path / "content").mkdir()
    (tmp_path / "exercises").mkdir()
    seed = "poutine-coree-du-nord"
    article = REPO / "content" / f"{seed}.md"
    (tmp_path / "content" / f"{seed}.md").write_bytes(article.read_bytes())
    lesson = REPO / "exercises" / f"{seed}.yaml"
    (tmp_path / "exercises" / f"{seed}.yaml").write_bytes(lesson.read_bytes())
    (tmp_path / "content" / "glossary.yaml").write_text(glossary, encoding="utf-8")
    return tmp_path


def test_a_teachers_glossary_mistake_is_reported_with_its_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home = _classroom(
        tmp_path,
        "zone euro:\n  pos: NOUN\n  definition: Les pays qui ont l'euro.\nsommet:\n  pos: NOUN\n",
    )
    status, out, _ = run_in_process(
        capsys, str(home / "exercises"), "--content", str(home / "content")
    )
    assert status == 1
    assert "glossary.yaml:4:1: error: 'sommet': the definition is missing" in out


def test_a_good_glossary_passes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    home = _classroom(tmp_path, "zone euro:\n  pos: NOUN\n  definition: Les pays de l'euro.\n")
    status, out, _ = run_in_process(
        capsys, str(home / "exercises"), "--content", str(home / "content")
    )
    assert status == 0
    assert out == ""


def test_a_mistake_in_a_glossary_sense_is_reported_with_its_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home = _classroom(
        tmp_path,
        "vol:\n  pos: NOUN\n  senses:\n"
        "    - definition: Le trajet d'un avion.\n      context: [avion, pilote]\n"
        "    - definition: Le fait de prendre ce qui est à un autre.\n      contexte: [voleur]\n",
    )
    status, out, _ = run_in_process(
        capsys, str(home / "exercises"), "--content", str(home / "content")
    )
    assert status == 1
    assert (
        "glossary.yaml:7:7: error: 'vol', sense 2: unknown field 'contexte' "
        "(use 'definition' and 'context')" in out
    )


def test_a_glossary_with_senses_passes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    home = _classroom(
        tmp_path,
        "vol:\n  pos: NOUN\n  senses:\n"
        "    - definition: Le trajet d'un avion.\n      context: [avion, pilote]\n"
        "    - definition: Le fait de prendre ce qui est à un autre.\n      context: [voleur]\n",
    )
    status, out, _ = run_in_process(
        capsys, str(home / "exercises"), "--content", str(home / "content")
    )
    assert (status, out) == (0, "")


def test_a_glossary_pos_that_is_no_part_of_speech_is_reported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """'NOMM' was taken silently, and word banks then knew nothing of the term's kind."""
    home = _classroom(
        tmp_path,
        "zone euro:\n  pos: NOMM\n  definition: Les pays qui ont l'euro.\n"
        "sommet:\n  pos: nom\n  definition: Une grande réunion de chefs d'État.\n",
    )
    status, out, _ = run_in_process(
        capsys, str(home / "exercises"), "--content", str(home / "content")
    )
    assert status == 1
    assert out.count("glossary.yaml") == 1  # 'nom' is the French for NOUN
    assert (
        "glossary.yaml:2:8: error: 'zone euro': pos 'NOMM' is not a part of speech; write "
        "NOUN, VERB, ADJ or ADV" in out
    )


def test_a_misspelt_glossary_field_points_at_it_with_the_right_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home = _classroom(tmp_path, "zone euro:\n  pos: NOUN\n  definiton: Les pays qui ont l'euro.\n")
    status, out, _ = run_in_process(
        capsys, str(home / "exercises"), "--content", str(home / "content")
    )
    assert status == 1
    assert (
        "glossary.yaml:3:3: error: 'zone euro': unknown field 'definiton'; did you mean "
        "'definition'?" in out
    )
