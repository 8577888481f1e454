"""Checks that the third unseen set loads and that every gold span is in its body.

The checks are those of the first unseen set, loaded from its test module by path: the test
folders are not packages, so it cannot be imported by name.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

UNSEEN3_DIR = Path(__file__).resolve().parent
GOLD_FILES = sorted((UNSEEN3_DIR / "gold").glob("*.yaml"))
ARTICLES = sorted(UNSEEN3_DIR.glob("*.txt"))


def _first_set_checks() -> ModuleType:
    path = UNSEEN3_DIR.parent / "unseen" / "test_unseen_gold.py"
    spec = importlib.util.spec_from_file_location("unseen_gold_checks", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CHECKS = _first_set_checks()


def test_every_article_has_a_gold_file() -> None:
    assert {p.stem for p in ARTICLES} == {p.stem for p in GOLD_FILES}
    assert len(ARTICLES) == 5


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_article_reads_like_a_dispatch(path: Path) -> None:
    CHECKS.test_article_reads_like_a_dispatch(path)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_spans_are_in_the_body_in_order(path: Path) -> None:
    CHECKS.test_gold_spans_are_in_the_body_in_order(path)
