"""Whole exercise files from the facts of the shipped articles: valid, varied, reproducible."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml
from gold_facts import CONTENT, gold_article, gold_stems

from tutor.exercise_io import check_exercise_file
from tutor.exercise_writer import dump_exercise_document
from tutor.facts import ArticleFacts
from tutor.generate import generate_document
from tutor.generate.document import items_hash
from tutor.model import Article


def _write(doc: dict, folder: Path, name: str) -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(dump_exercise_document(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize("stem", gold_stems())
def test_every_shipped_article_gives_a_valid_varied_file(stem, tmp_path):
    article, facts = gold_article(stem)
    doc = generate_document(article, facts, seed=0, content_dir=CONTENT)
    result = check_exercise_file(_write(doc, tmp_path, stem), CONTENT)
    assert result.ok, [str(p) for p in result.problems]
    assert not result.problems
    skills = Counter(i["skill"] for i in doc["items"])
    words = len(article.body.split())
    if words >= 300:
        assert len(doc["items"]) >= 12
    expected = {"comprehension", "speakers", "vocabulary"}
    if any(d.value[:1].isdigit() and d.start > 20 for d in facts.dates):  # not the dateline
        expected.add("dates")
    assert expected <= set(skills)
    ids = [i["id"] for i in doc["items"]]
    assert len(ids) == len(set(ids))
    assert doc["article"] == {
        "path": article.path.name,
        "hash": article.text_hash,
        "title": article.title,  # so that tutor validate notes a retitled article
    }
    assert doc["generated"]["by"] == "tutor generate"


def test_the_same_seed_gives_the_same_file(poutine, poutine_facts):
    first = dump_exercise_document(generate_document(poutine, poutine_facts, seed=7))
    again = dump_exercise_document(generate_document(poutine, poutine_facts, seed=7))
    assert first == again


def test_items_hash_survives_the_yaml_round_trip(poutine, poutine_facts):
    doc = generate_document(poutine, poutine_facts, seed=3)
    loaded = yaml.safe_load(dump_exercise_document(doc))
    assert items_hash(loaded["items"]) == doc["generated"]["items_hash"]
    assert loaded["generated"]["seed"] == 3


def test_ids_are_stable_and_say_what_the_item_is_about(poutine, poutine_facts):
    ids = [i["id"] for i in generate_document(poutine, poutine_facts)["items"]]
    assert "date-mars" in ids and "date-juillet-2000" in ids
    # John Kirby is the answer of a "Qui a dit": "Qui est" asks about his interlocutors
    assert "qui-est-iouri-ouchakov" in ids and "qui-est-john-kirby" not in ids


def test_facts_with_nothing_in_them_still_give_a_small_valid_file(tmp_path):
    article, facts = gold_article("rio-paris-rapport-bea")
    bare = ArticleFacts(facts.path, facts.title, facts.published)
    doc = generate_document(article, bare, content_dir=CONTENT)
    assert 1 <= len(doc["items"]) < 12
    assert check_exercise_file(_write(doc, tmp_path, "rio"), CONTENT).ok


def test_a_one_sentence_article_gives_a_valid_file(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    path = content / "court.txt"
    path.write_text("Un titre\n\nLe gouvernement a démissionné hier soir.\n", encoding="utf-8")
    from tutor.content import load_article

    article: Article = load_article(path)
    doc = generate_document(
        article, ArticleFacts("court.txt", "Un titre", None), content_dir=content
    )
    assert doc["article"]["path"] == "court.txt"
    assert check_exercise_file(_write(doc, tmp_path, "court"), content).ok


def test_a_sentence_cut_at_a_comma_is_quoted_whole(tmp_path):
    from gold_facts import context_for

    from tutor.content import parse_article

    body = "Titre\n\nLa fermeture est prévue d'ici à 2014, représentant 3 000 emplois. Fin."
    article = parse_article(body, tmp_path / "a.txt")
    ctx = context_for(article, ArticleFacts("a.txt", "Titre", None))
    whole = "La fermeture est prévue d'ici à 2014, représentant 3 000 emplois."
    assert ctx.evidence("La fermeture est prévue d'ici à 2014,") == whole
    assert ctx.evidence("représentant 3 000 emplois.") == whole
    assert ctx.evidence("Fin.") == "Fin."
    assert ctx.evidence("Une phrase absente.") is None
