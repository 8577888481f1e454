"""A role whose form marks a gender (« président », « présidente ») tells it before a first
name does. The Tunisian lesson (term_corpus batch_y) asked « Quand Zine el-Abidine Ben Ali
a-t-elle quitté la Tunisie … ? »: « Zine » is listed as a woman's first name, and the
article's « président tunisien » was not heard. « le Premier ministre », the same for both,
still leaves the first name to tell (« Beata Szydło »)."""

from __future__ import annotations

import random
from pathlib import Path

from tutor.content import load_article
from tutor.facts import ArticleFacts, Person
from tutor.generate.context import Context
from tutor.glossary_files import shipped_glossary

ARTICLE = (
    Path(__file__).parents[1]
    / "extract"
    / "data"
    / "term_corpus"
    / "batch_y"
    / "tunisie-depart-ben-ali-interim.txt"
)


def _context(*people: Person) -> Context:
    article = load_article(ARTICLE)
    facts = ArticleFacts(str(ARTICLE), article.title, None, people=people)
    return Context(article, facts, shipped_glossary(), random.Random(0))


def test_a_president_is_a_man_whatever_his_first_name() -> None:
    ctx = _context(Person("Zine el-Abidine Ben Ali", role="président tunisien"))
    assert "zine el-abidine ben ali" in ctx.masculine_names
    assert "zine el-abidine ben ali" not in ctx.feminine_names


def test_a_presidente_is_a_woman_whatever_her_first_name() -> None:
    ctx = _context(Person("Jean Dupuis", role="présidente du conseil"))
    assert "jean dupuis" in ctx.feminine_names
    assert "jean dupuis" not in ctx.masculine_names


def test_a_role_the_same_for_both_leaves_the_first_name_to_tell() -> None:
    ctx = _context(Person("Beata Szydło", role="le Premier ministre"))
    assert "beata szydło" in ctx.feminine_names
    assert "beata szydło" not in ctx.masculine_names
