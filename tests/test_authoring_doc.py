"""docs/authoring.md stays true: its item examples are items of the seed lesson and validate."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tutor.exercise_io import check_exercise_file
from tutor.yaml_source import parse_yaml

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "authoring.md"
SEED = REPO / "exercises" / "poutine-coree-du-nord.yaml"

BLOCKS = re.findall(r"```yaml\n(.*?)```", DOC.read_text("utf-8"), re.DOTALL)
ITEM_EXAMPLES = [b for b in BLOCKS if b.lstrip().startswith("- id:")]


def test_the_guide_shows_every_item_type() -> None:
    kinds = {parse_yaml(b).data[0]["type"] for b in ITEM_EXAMPLES}
    assert kinds == {
        "choice",
        "true_false",
        "speakers",
        "chronology",
        "date",
        "cloze",
        "terms",
        "open",
    }


@pytest.mark.parametrize("block", ITEM_EXAMPLES, ids=lambda b: b.split()[2])
def test_item_example_is_in_the_seed_and_valid(block: str, tmp_path: Path) -> None:
    (example,) = parse_yaml(block).data
    seed = parse_yaml(SEED.read_text("utf-8")).data
    assert example in seed["items"], f"{example['id']} differs from the seed file"
    header = SEED.read_text("utf-8").split("items:\n")[0]
    path = tmp_path / "example.yaml"
    path.write_text(header + "items:\n" + block, encoding="utf-8")
    result = check_exercise_file(path, REPO / "content")
    assert result.problems == ()


def test_the_file_header_example_matches_the_seed() -> None:
    header = next(b for b in BLOCKS if b.startswith("# yaml-language-server"))
    seed_text = SEED.read_text("utf-8")
    for line in header.splitlines():
        if line.strip() and line.strip() != "...":
            assert line in seed_text, line


def test_the_glossary_example_reads_and_finds_plurals(tmp_path: Path) -> None:
    from tutor.glossary_files import read_glossary_file

    example = next(b for b in BLOCKS if b.startswith("# content/glossary.yaml"))
    path = tmp_path / "glossary.yaml"
    path.write_text(example, encoding="utf-8")
    glossary = read_glossary_file(path)
    assert not glossary.problems
    assert {"zone euro", "pointer du doigt"} <= {e.lemma for e in glossary}
    vol = glossary.get("vol")  # the example of a word with several senses
    assert vol.definition_for(["le", "avion", "décoller"]) == vol.senses[0].definition
    assert vol.definition_for(["un", "cambriolage"]) == vol.senses[1].definition
    assert vol.definition_for(["la", "nuit"]) is None
    found = glossary.find_in("Les ministres des zones euro et dollar.")
    assert [m.form for m in found] == ["zones euro"]
