"""A cloze gap typed as a longer line of underscores ('________', as on paper) is one gap: it
was counted as two gaps, or showed the learner the underscores left after the first three."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.cli import main
from tutor.exercise_io import load_exercise_set
from tutor.model import GAP, Cloze

REPO = Path(__file__).resolve().parents[2]
LESSON = """format: 1
article:
  path: poutine-coree-du-nord.md
  hash: "sha256:78159cdc5d59b892"
items:
  - id: cloze-allie
    type: cloze
    skill: vocabulary
    prompt: "Complétez."
    text: "De l’autre côté, la Russie est un {gap} crucial pour la Corée du Nord."
    answer: "allié"
    evidence: "De l’autre côté, la Russie est un allié crucial pour la Corée du Nord."
"""


@pytest.mark.parametrize("gap", ["____", "_____", "______", "__________"])
def test_a_long_gap_is_one_gap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], gap: str
) -> None:
    """'______' gave 'a cloze text has exactly one gap ___' of a text with one gap; '_____'
    was valid and the learner read 'la Russie est un [   ] __ crucial'."""
    (tmp_path / "exercises").mkdir()
    path = tmp_path / "exercises" / "gap.yaml"
    path.write_text(LESSON.format(gap=gap), "utf-8")
    status = main(["validate", "--content", str(REPO / "content"), str(path)])
    out, _ = capsys.readouterr()
    assert status == 0 and out == ""
    item = load_exercise_set(path, REPO / "content").items[0]
    assert isinstance(item, Cloze)
    assert item.text == f"De l’autre côté, la Russie est un {GAP} crucial pour la Corée du Nord."


def test_two_gaps_are_still_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gap.yaml"
    path.write_text(LESSON.format(gap="_____ ___"), "utf-8")
    status = main(["validate", "--content", str(REPO / "content"), str(path)])
    out, _ = capsys.readouterr()
    assert status == 1
    assert "a cloze text has exactly one gap ___" in out
