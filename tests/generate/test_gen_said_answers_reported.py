"""An open question "Que dit X ? Expliquez avec vos mots." shows an example answer in X's words
told in reported speech, never X's words as quoted (session 22 audit). The Rio-Paris lesson asked
"Que dit Robert Soulas ?" and gave as the example answer « Selon Robert Soulas, « Le BEA nous a
affirmé que ces Flight Directors … » »: the quotation itself, which a learner asked to explain
it in their own words is told not to copy. When the words cannot be told in reported speech
("nous", two sentences), the question asks about other words, or is not made."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from gold_facts import ROOT, generated_lessons

pytestmark = pytest.mark.slow

RIO = ROOT / "content/rio-paris-rapport-bea.txt"
QUOTED_ANSWER = re.compile(r"^Selon [^«]*, « ")


@pytest.mark.parametrize("seed", range(2))
def test_the_example_answer_is_no_quotation(tmp_path: Path, seed: int) -> None:
    shutil.copy(RIO, tmp_path / RIO.name)
    ((_, _, doc),) = generated_lessons(tmp_path, seed)
    said = [i for i in doc["items"] if i["type"] == "open" and i["id"].startswith("avis")]
    for item in said:
        assert not QUOTED_ANSWER.match(str(item["model_answer"])), item["model_answer"]
        assert "BEA nous a affirmé" not in str(item["model_answer"])
