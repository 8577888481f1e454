"""Writing files: no overwrite of a teacher's edits, refusals with clear messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import CONTENT, gold_article

from tutor.exercise_io import check_exercise_file
from tutor.generate import generate_document
from tutor.generate.run import (
    EditedFileError,
    GenerationError,
    ensure_replaceable,
    read_article,
    write_document,
)


def _generate(path: Path, seed: int = 0) -> None:
    article, facts = gold_article("poutine-coree-du-nord")
    doc = generate_document(article, facts, seed=seed, content_dir=CONTENT)
    replaced = ensure_replaceable(path, force=False)
    write_document(doc, article, path, replaced, ())


def test_a_generated_file_is_valid_and_can_be_regenerated(tmp_path):
    out = tmp_path / "exercises" / "poutine.yaml"
    _generate(out)
    assert check_exercise_file(out, CONTENT).ok
    _generate(out, seed=1)  # unedited: simply replaced
    assert "seed: 1" in out.read_text(encoding="utf-8")


def test_an_edited_file_is_never_overwritten_without_force(tmp_path):
    out = tmp_path / "poutine.yaml"
    _generate(out)
    edited = out.read_text(encoding="utf-8").replace("Associez chaque", "Reliez chaque", 1)
    out.write_text(edited, encoding="utf-8")
    with pytest.raises(EditedFileError, match=r"edited since it was generated.*--force"):
        _generate(out)
    assert out.read_text(encoding="utf-8") == edited
    assert ensure_replaceable(out, force=True) is True


@pytest.mark.parametrize(
    "edit",
    [
        lambda text: text.replace("\nitems:\n", "\n# à revoir avec la classe\nitems:\n", 1),
        lambda text: text.replace("accents: warn", "accents: strict", 1),
        lambda text: text.replace("title: ", "title: Ma leçon — ", 1),
    ],
    ids=["a comment", "a setting", "the title"],
)
def test_an_edit_outside_the_items_is_kept_too(tmp_path, edit):
    # the items are the same, but the teacher's comment or setting would be lost
    out = tmp_path / "poutine.yaml"
    _generate(out)
    edited = edit(out.read_text(encoding="utf-8"))
    out.write_text(edited, encoding="utf-8")
    with pytest.raises(EditedFileError, match="edited since it was generated"):
        _generate(out)
    assert out.read_text(encoding="utf-8") == edited


def test_a_file_from_before_content_hashes_is_judged_on_its_items(tmp_path):
    out = tmp_path / "poutine.yaml"
    _generate(out)
    text = out.read_text(encoding="utf-8")
    older = "".join(line for line in text.splitlines(True) if "content_hash" not in line)
    out.write_text(older, encoding="utf-8")
    assert ensure_replaceable(out, force=False) is True  # unedited: replaced
    out.write_text(older.replace("Associez chaque", "Reliez chaque", 1), encoding="utf-8")
    with pytest.raises(EditedFileError, match="edited since it was generated"):
        ensure_replaceable(out, force=False)


def test_a_hand_written_file_is_not_overwritten(tmp_path):
    out = tmp_path / "mine.yaml"
    out.write_text("format: 1\nitems: []\n", encoding="utf-8")
    with pytest.raises(EditedFileError, match="not written by tutor generate"):
        ensure_replaceable(out, force=False)
    out.write_text("{{{ not yaml", encoding="utf-8")
    with pytest.raises(EditedFileError):
        ensure_replaceable(out, force=False)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("Titre\n\n" + "The government resigned last night after the vote. " * 20, "French"),
        ("Titre\n\n" + "Le gouvernement a démissionné. " * 40_000, "characters"),
    ],
)
def test_bad_articles_are_refused_with_a_message(tmp_path, text, message):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GenerationError, match=message):
        read_article(path)


def test_a_missing_article_is_a_message(tmp_path):
    with pytest.raises(GenerationError, match="no such article"):
        read_article(tmp_path / "absent.txt")


def test_an_item_breaking_the_format_is_left_out_not_written(tmp_path):
    article, facts = gold_article("poutine-coree-du-nord")
    doc = generate_document(article, facts, content_dir=CONTENT)
    doc["items"][0]["evidence"] = "Une phrase qui n'est pas dans l'article."
    doc["items"][1]["prompt"] = " "
    out = tmp_path / "poutine.yaml"
    result = write_document(doc, article, out, False, ())
    assert result.items == len(doc["items"]) - 2
    assert len(result.warnings) == 2 and "left out" in result.warnings[0]
    assert check_exercise_file(out, CONTENT).ok


def test_the_final_check_refuses_what_the_schema_refuses():
    import copy

    import jsonschema

    from tutor.exercise_io import exercise_schema, normalise_for_search
    from tutor.generate.check import item_problems

    article, facts = gold_article("poutine-coree-du-nord")
    doc = generate_document(article, facts, content_dir=CONTENT)
    body = normalise_for_search(article.body)
    mutations = {
        "true_false": lambda i: i.update(options=["a", "b", "c"]),
        "choice": lambda i: i.update(options=i["options"][:2]),
        "date": lambda i: i.update(value="mars"),
        "chronology": lambda i: i.update(events=i["events"][:2]),
        "cloze": lambda i: i.update(bank=[i["answer"], i["answer"]]),
        "speakers": lambda i: i.update(pairs=i["pairs"][:1]),
        "terms": lambda i: i["pairs"][0].update(definition=" "),
        "open": lambda i: i.update(keywords=[]),
    }
    validator = jsonschema.Draft202012Validator(exercise_schema())
    seen = set()
    for item in doc["items"]:
        assert item_problems(item, body) == []
        mutate = mutations.get(item["type"])
        if mutate is None or item["type"] in seen:
            continue
        seen.add(item["type"])
        broken = copy.deepcopy(item)
        mutate(broken)
        assert list(validator.iter_errors({**doc, "items": [broken]})), item["type"]
        assert item_problems(broken, body), item["type"]
    assert len(seen) >= 6
