"""Checks that the later evaluation sets (tests/data/unseen2/, tests/data/unseen3/) load and
that every gold span is in its body.

The checks are those of the first unseen set, loaded from its test module by path: the test
folders are not packages, so it cannot be imported by name.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

DATA = Path(__file__).resolve().parent
SETS = [DATA / "unseen2", DATA / "unseen3"]
GOLD_FILES = [p for folder in SETS for p in sorted((folder / "gold").glob("*.yaml"))]
ARTICLES = [p for folder in SETS for p in sorted(folder.glob("*.txt"))]


def _first_set_checks() -> ModuleType:
    path = DATA / "unseen" / "test_unseen_gold.py"
    spec = importlib.util.spec_from_file_location("unseen_gold_checks", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CHECKS = _first_set_checks()


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_article_has_a_gold_file(folder: Path) -> None:
    articles = {p.stem for p in folder.glob("*.txt")}
    assert articles == {p.stem for p in (folder / "gold").glob("*.yaml")}
    assert len(articles) == 5


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_article_reads_like_a_dispatch(path: Path) -> None:
    CHECKS.test_article_reads_like_a_dispatch(path)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parents[1].name}/{p.stem}")
def test_gold_spans_are_in_the_body_in_order(path: Path) -> None:
    CHECKS.test_gold_spans_are_in_the_body_in_order(path)
