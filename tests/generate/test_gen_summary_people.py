"""The summary question's keywords name the people the article is about, not one named in
passing: "Laurent Fabius" was a keyword of the contrôles-au-faciès summary for "le Conseil,
présidé par Laurent Fabius", his one mention (reading the shipped lessons, session 13)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from gold_facts import invented_article

from tutor.facts import ArticleFacts, Person
from tutor.generate.context import Context
from tutor.generate.open_questions import open_items
from tutor.glossary_files import shipped_glossary

pytestmark = pytest.mark.slow

BODY = (
    "Le Conseil constitutionnel a validé mardi la loi sur les contrôles d'identité. "
    "Le Conseil, présidé par Laurent Fabius, émet deux réserves. "
    "La ministre Claire Dumont a salué la décision. Pour Claire Dumont, la police "
    "doit respecter la loi. Les associations restent inquiètes."
)


def _summary_words(tmp_path: Path) -> list[str]:
    article, path = invented_article(tmp_path, BODY, "Les contrôles d'identité validés")
    people = [
        Person("Laurent Fabius", ("Fabius",), "président du Conseil constitutionnel"),
        Person("Claire Dumont", ("Dumont",), "ministre"),
    ]
    facts = ArticleFacts(path.name, article.title, "2017-01-25", people=people)
    ctx = Context(article, facts, shipped_glossary(), random.Random(0))
    (summary,) = [i for i in open_items(ctx) if str(i["id"]).startswith("resume")]
    return [str(k["word"]) for k in summary["keywords"]]  # type: ignore[attr-defined]


def test_a_person_named_once_in_passing_is_no_summary_keyword(tmp_path: Path) -> None:
    words = _summary_words(tmp_path)
    assert "Laurent Fabius" not in words, words
    assert "Claire Dumont" in words, words  # named twice: part of what happened
