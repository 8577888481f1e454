"""The shipped glossary and a teacher's additions."""

from __future__ import annotations

from pathlib import Path

import yaml

from tutor.glossary_files import load_glossary, shipped_glossary

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"


def test_shipped_glossary_is_large_and_clean():
    glossary = shipped_glossary()
    assert len(glossary) >= 150
    assert not glossary.problems
    for term in ("partenariat stratégique", "biens à double usage", "contrôle d'identité"):
        assert glossary.get(term) is not None, term
    assert glossary.get("question prioritaire de constitutionnalité") is not None
    assert glossary.get("base industrielle de défense") is not None


def test_definitions_never_use_the_word_they_define():
    for entry in shipped_glossary():
        if " " not in entry.lemma and len(entry.lemma) > 4:
            for definition in entry.definitions:
                assert entry.lemma.casefold() not in definition.casefold(), entry.lemma


def test_key_terms_of_the_shipped_articles_are_defined():
    missing = []
    for gold in sorted(GOLD.glob("*.yaml")):
        for term in yaml.safe_load(gold.read_text(encoding="utf-8"))["terms"]:
            if shipped_glossary().get(term["lemma"]) is None:
                missing.append(term["lemma"])
    assert not missing


def test_plural_forms_find_their_entry():
    glossary = shipped_glossary()
    assert glossary.get("munitions") is not None
    assert glossary.get("missiles balistiques") is glossary.get("missile balistique")


def test_a_teacher_file_adds_and_overrides_entries(tmp_path):
    (tmp_path / "glossary.yaml").write_text(
        "veto: Le pouvoir de dire non tout seul.\n"
        "sous-marin:\n  pos: nom\n  definition: Un bateau qui va sous l'eau.\n",
        encoding="utf-8",
    )
    glossary = load_glossary(tmp_path)
    assert glossary.get("veto").definition == "Le pouvoir de dire non tout seul."
    assert glossary.get("sous-marin").pos == "NOUN"
    assert glossary.get("sanction") is not None
    assert not glossary.problems


def test_a_bad_teacher_file_is_reported_with_its_line_and_the_shipped_one_is_used(tmp_path):
    (tmp_path / "glossary.yaml").write_text(
        "veto: Le pouvoir de dire non.\nbrouillon:\n  defintion: oups\nvide:\n", encoding="utf-8"
    )
    glossary = load_glossary(tmp_path)
    messages = [str(p) for p in glossary.problems]
    # the misspelt field's own line, with the name it should have
    assert any(
        ":3:" in m and "unknown field 'defintion'; did you mean 'definition'?" in m
        for m in messages
    )
    assert any(":4:" in m and "'vide'" in m for m in messages)
    assert glossary.get("veto").definition == "Le pouvoir de dire non."
    assert glossary.get("sanction") is not None
    (tmp_path / "glossary.yaml").write_text("veto: [unclosed\n", encoding="utf-8")
    broken = load_glossary(tmp_path)
    assert broken.problems and "glossary.yaml:" in str(broken.problems[0])
    assert broken.get("veto") == shipped_glossary().get("veto")


def test_glossary_finds_terms_in_a_text():
    found = shipped_glossary().find_in("Un accord de partenariat stratégique et des sanctions.")
    assert {m.entry.lemma for m in found} >= {"partenariat stratégique", "sanction"}
