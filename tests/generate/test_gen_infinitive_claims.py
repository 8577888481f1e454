"""A vrai/faux statement "Selon X, …" is made of a clause X reported, never of an infinitive
X committed to: "La métropole a promis de les élargir d'ici à la fin de 2027" gave the false
statement "Selon Bernard Rioualen, les élargir d'ici à la fin de 2027.", which is no sentence.

The article was written for a teacher's walk-through of the tool (a tramway line in Brest).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tutor.exercise_io import check_exercise_file
from tutor.generate import generate_exercise_file

pytestmark = pytest.mark.slow

FOLDER = Path(__file__).parent / "data" / "teacher_walk"


def test_no_selon_statement_is_an_infinitive(tmp_path: Path) -> None:
    article = FOLDER / "brest-tramway-ligne-b.txt"
    out = tmp_path / "brest.yaml"
    generate_exercise_file(article, out, seed=0, content_dir=FOLDER)
    assert check_exercise_file(out, FOLDER).ok
    items = yaml.safe_load(out.read_text("utf-8"))["items"]
    selon = [i for i in items if i["type"] == "true_false" and i["statement"].startswith("Selon")]
    assert selon  # "Selon la métropole, la commission d'indemnisation a déjà versé …" stays
    for item in selon:
        clause = item["statement"].split(", ", 1)[1].rstrip(".")
        assert not re.search(rf"(?<!\w)(?:de|d['’])\s*{re.escape(clause[:20])}", item["evidence"])
    assert not any("les élargir" in str(i.get("statement", "")) for i in items)
