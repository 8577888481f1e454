"""A glossary entry written in capitals ("REP", "SEM", "SPA") is an acronym: it defines the
acronym in an article, never an ordinary word that folds to the same letters ("un spa", "rep",
"sem"), which would get the acronym's definition."""

from __future__ import annotations

from pathlib import Path

from tutor.glossary_files import load_glossary, shipped_glossary


def _found(text: str, content_dir: Path | None = None) -> dict[str, str]:
    glossary = load_glossary(content_dir) if content_dir else shipped_glossary()
    return {m.form: m.entry.lemma for m in glossary.find_in(text)}


def test_an_acronym_matches_only_in_capitals() -> None:
    found = _found("La SEM du port et le REP du quartier ; sem, rep, Sem et Rep n'en sont pas.")
    assert found.get("SEM") == "SEM" and found.get("REP") == "REP"
    assert not {"sem", "rep", "Sem", "Rep"} & found.keys()


def test_a_word_and_an_acronym_of_the_same_letters_keep_their_own_definitions() -> None:
    glossary = shipped_glossary()
    found = {m.form: m.entry for m in glossary.find_in("La SPA a ouvert un spa pour chiens.")}
    assert "association" in found["SPA"].definition
    assert "bains" in found["spa"].definition
    assert "association" in glossary.get("SPA").definition  # type: ignore[union-attr]
    assert glossary.get("sem") is None and glossary.get("rep") is None
    assert "SEM" in glossary and "sem" not in glossary


def test_a_teachers_acronym_matches_only_in_capitals(tmp_path: Path) -> None:
    (tmp_path / "glossary.yaml").write_text(
        "ZQV: La zone de quiétude verte, où la chasse est interdite.\n", encoding="utf-8"
    )
    found = _found("La ZQV protège les oiseaux ; « zqv » n'en est pas une.", tmp_path)
    assert found.get("ZQV") == "ZQV" and "zqv" not in found
